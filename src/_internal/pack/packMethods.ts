import type { DisclosureRow } from "../../report/disclose.js";
import type { PackSection, PackSourceProvenance, ScrutinyPack } from "../../report/scrutinyPackTypes.js";
import type { PackContext } from "./packContext.js";
import { PACK_DIGITS } from "./packRound.js";

/** A table that needs no disclosure control: provenance and methods, not counts of people. */
function plainTable(id: string, title: string, columns: readonly (readonly [string, string])[], rows: DisclosureRow[], notes: string[]) {
  return { id, title, columns: columns.map(([c]) => c), headings: columns.map(([, h]) => h), rows, display: {}, suppressed: 0, notes, sources: [], synthetic: false };
}

/** Methods and provenance: package version, every input file with its SHA-256 and rows, baselines with their sources, methods and levels. */
export function methodsSection(ctx: PackContext, pack: Pick<ScrutinyPack, "package" | "sources" | "baselines" | "disclosure" | "level">): PackSection {
  const files = pack.sources.flatMap((s: PackSourceProvenance) => s.files.map((f) => ({ source: s.name, schema: s.schema, synthetic: s.synthetic, period: s.period, path: f.path, sha256: f.sha256, bytes: f.bytes })));
  const reads = pack.sources.map((s) => ({ source: s.name, schema: s.schema, synthetic: s.synthetic, period: s.period, files: s.files.length, rows_read: s.summary.rowsRead, accepted: s.summary.accepted, rejected: s.summary.rejected }));
  const baselines = pack.baselines.map((b) => ({ dimension: b.dimension, census: b.census, area: b.area, table: b.source.table, title: b.source.title, publisher: b.source.publisher, released: b.source.released, licence: b.source.licence, attribution: b.source.attribution }));
  const methods = [
    { item: "Package", detail: `${pack.package.name} ${pack.package.version}` },
    { item: "Confidence level", detail: `${pack.level * 100}% for every interval` },
    { item: "Disclosure control", detail: pack.disclosure.rule },
    { item: "Rounding", detail: `Rates, ratios, limits, percentages and p-values to ${PACK_DIGITS} significant figures; counts exact.` },
    { item: "Rates and ratios", detail: "Rates per 1,000 and rate ratios against the reference group, with the interval methods each table's notes name; p-values adjusted for the number of groups compared." },
    { item: "Stages and outcomes", detail: "Proportions with Wilson intervals; ratios of proportions with Miettinen–Nurminen intervals." },
    { item: "Trends", detail: "XmR charts (NHS Making Data Count rules) of quarterly ratios on a log scale; change against the baseline by the ratio of two rate ratios." },
    { item: "Areas", detail: "Funnel limits as PHE/Fingertips (exact Poisson, 95% and 99.8%); slope and relative index of inequality as PHE (weighted least squares on ridits)." },
    { item: "Ethnicity", detail: "Self-defined ethnicity in five Census groups; not stated, blank and refused are Unknown, excluded from rates and reported as a share with the range of ratios they could give." },
  ];
  const col = (names: string[]) => names.map((n) => [n, n] as const);
  return {
    id: "methods",
    title: ctx.t("heading.methodsAndProvenance"),
    summary: ["Everything needed to reproduce these figures: the package version, every input file and its checksum, what reading it found, the population baselines and the methods."],
    tables: [
      plainTable("provenance-files", "Input files", col(["source", "schema", "synthetic", "period", "path", "sha256", "bytes"]), files, ["SHA-256 of each file's bytes, as read."]),
      plainTable("provenance-reads", "Rows read", col(["source", "schema", "synthetic", "period", "files", "rows_read", "accepted", "rejected"]), reads, ["rows_read = accepted + rejected; every rejected row is in the reader's reject ledger (run the check command to list them)."]),
      plainTable("provenance-baselines", "Population baselines", col(["dimension", "census", "area", "table", "title", "publisher", "released", "licence", "attribution"]), baselines, []),
      plainTable("methods", "Methods", [["item", "col.item"], ["detail", "col.detail"]].map(([c, h]) => [c as string, h && h in ctx.glossary.entries ? ctx.t(h) : (h as string)] as const), methods, []),
    ],
    charts: [],
  };
}
