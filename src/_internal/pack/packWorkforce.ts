import { genderPayGap, type GenderPayGapEmployee } from "../../paygap/genderPayGap.js";
import { representation, type RepresentationTable } from "../../paygap/representation.js";
import type { DisclosureRow } from "../../report/disclose.js";
import { payQuartilesSpec } from "../../report/payQuartilesSpec.js";
import type { PackChart, PackSection, PackTable } from "../../report/scrutinyPackTypes.js";
import type { PackContext, PackSource } from "./packContext.js";
import { fig, pct } from "./packRound.js";
import { packTable } from "./packTable.js";

type HrRecord = Readonly<Record<string, unknown>>;

/** The latest snapshot date among the records, and the people in post on it (started by then, not yet left). */
export function inPost(records: readonly HrRecord[]): { snapshot: string | null; people: HrRecord[] } {
  const dates = records.map((r) => r["snapshotDate"]).filter((d): d is string => typeof d === "string").sort();
  const snapshot = dates.at(-1) ?? null;
  if (snapshot === null) return { snapshot, people: [] };
  const people = records.filter((r) => r["snapshotDate"] === snapshot
    && (typeof r["startDate"] !== "string" || r["startDate"] <= snapshot)
    && (typeof r["leaveDate"] !== "string" || r["leaveDate"] > snapshot));
  return { snapshot, people };
}

/** The six statutory gender pay gap figures and the pay quartiles, with the quartile chart. */
export function payGapSection(ctx: PackContext, source: PackSource): PackSection {
  const { snapshot, people } = inPost(source.input.records);
  const title = `${ctx.t("section.payGap")}${snapshot ? `, ${snapshot}` : ""}`;
  // Special constables and volunteers are not employees (docs/paygap.md): they are in no pay figure.
  const employees = people.filter((r) => r["workerType"] !== "special" && r["workerType"] !== "volunteer").map((r) => ({ sex: r["sex"], hourlyPay: r["hourlyPay"], bonus: r["bonus"], fullPay: r["fullPay"] }) as GenderPayGapEmployee);
  const gap = genderPayGap(employees, { employer: "public", ...(snapshot ? { snapshotDate: snapshot } : {}) });
  const c = gap.counts;
  const metric = (name: string, heading: string, value: number | null, women: number, men: number): DisclosureRow => ({ metric: name, description: heading, value: fig(value), women, men });
  const metrics = packTable(ctx, {
    id: "gender-pay-gap", title,
    columns: [["metric", "col.metric"], ["description", "col.detail"], ["value", "col.value"], ["women", "col.women"], ["men", "col.men"]],
    rows: [
      metric("mean_hourly_gap", ctx.t("heading.meanPayGap"), gap.meanHourlyGap, c.fullPay.female, c.fullPay.male),
      metric("median_hourly_gap", ctx.t("heading.medianPayGap"), gap.medianHourlyGap, c.fullPay.female, c.fullPay.male),
      metric("mean_bonus_gap", ctx.t("heading.meanBonusGap"), gap.meanBonusGap, c.withBonus.female, c.withBonus.male),
      metric("median_bonus_gap", ctx.t("heading.medianBonusGap"), gap.medianBonusGap, c.withBonus.female, c.withBonus.male),
      metric("bonus_proportion_women", `${ctx.t("heading.bonusProportion")} (women, %)`, gap.bonusProportions.female, c.withBonus.female, c.withBonus.male),
      metric("bonus_proportion_men", `${ctx.t("heading.bonusProportion")} (men, %)`, gap.bonusProportions.male, c.withBonus.female, c.withBonus.male),
    ],
    counts: ["women", "men"], derived: { value: ["women", "men"] },
    notes: [
      "Gaps are the men's figure minus the women's, as a percentage of the men's (Equality Act 2010 (Specific Duties and Public Authorities) Regulations 2017). Counts: full-pay relevant employees for hourly gaps, bonus recipients for bonus gaps; for the bonus proportions, bonus recipients (the proportion is recipients ÷ relevant employees of that sex).",
      `${people.length} people in post on ${snapshot ?? "the snapshot date"}; ${c.excluded.other + c.excluded.unknown} of another or unknown sex and ${c.excluded.unpaid} unpaid are in no figure.`,
      ...gap.issues.map((i) => i.message),
    ],
    sources: [source],
  });
  const bands = ["lower", "lowerMiddle", "upperMiddle", "upper"] as const;
  const quartiles = packTable(ctx, {
    id: "pay-quartiles", title: `${ctx.t("heading.payQuartiles")}${snapshot ? `, ${snapshot}` : ""}`,
    columns: [["quartile", "Quartile"], ["women", "col.women"], ["men", "col.men"], ["women_pct", "Women (%)"], ["men_pct", "Men (%)"]],
    rows: bands.map((b) => ({
      quartile: ctx.t(`quartile.${b}`), women: Math.round(c.quartiles[b].female), men: Math.round(c.quartiles[b].male),
      women_pct: fig(gap.quartiles[b].female), men_pct: fig(gap.quartiles[b].male),
    })),
    counts: ["women", "men"], derived: { women_pct: ["women", "men"], men_pct: ["women", "men"] },
    notes: ["Full-pay relevant employees ranked by hourly pay and split into four equal bands; people on a rate shared across a boundary are split between bands, so counts are rounded."],
    sources: [source],
  });
  const charts: PackChart[] = quartiles.disclosed.suppressed.length === 0
    ? [{ id: "pay-quartiles", table: "pay-quartiles", spec: payQuartilesSpec(gap, { title: quartiles.table.title }) }] : [];
  return { id: "pay-gap", title, summary: ["The six statutory gender pay gap figures for the snapshot date."], tables: [metrics.table, quartiles.table], charts };
}

/** Rows of one representation table (a stratum), with its Unknown and All rows. */
function representationRows(t: RepresentationTable): DisclosureRow[] {
  const stratum = t.stratum ?? "All staff";
  return [
    ...t.rows.map((r) => ({
      stratum, group: r.group, count: r.count, share: pct(r.share?.value), share_lower: pct(r.share?.lower), share_upper: pct(r.share?.upper),
      population_share: pct(r.populationShare), ratio: fig(r.ratio?.value), ratio_lower: fig(r.ratio?.lower), ratio_upper: fig(r.ratio?.upper), status: r.status,
    })),
    { stratum, group: "Unknown", count: t.unknown.count, status: "excluded from shares" },
    { stratum, group: "All", count: t.unknown.total, status: "total" },
  ];
}

/** The workforce's ethnic mix, overall and by worker type, against the resident population. */
export function representationSection(ctx: PackContext, source: PackSource): PackSection {
  const population = ctx.population("ethnicity");
  const { snapshot, people } = inPost(source.input.records);
  const title = `${ctx.t("heading.workforceRepresentation")}${snapshot ? `, ${snapshot}` : ""}`;
  if (population === null) return { id: "representation", title, summary: ["No ethnicity baseline is available."], tables: [], charts: [] };
  const result = representation(people, population, { by: "ethnicity", within: "workerType", level: ctx.config.level });
  const ratio = ["share", "share_lower", "share_upper", "ratio", "ratio_lower", "ratio_upper"];
  const table: PackTable = packTable(ctx, {
    id: "workforce-representation", title,
    columns: [["stratum", "Worker type"], ["group", "col.group"], ["count", "col.count"], ["share", "col.share"], ["share_lower", "Share: lower limit"], ["share_upper", "Share: upper limit"],
      ["population_share", "Population share (%)"], ["ratio", "col.ratio"], ["ratio_lower", "Ratio: lower limit"], ["ratio_upper", "Ratio: upper limit"], ["status", "col.status"]],
    rows: [result.overall, ...result.strata].flatMap(representationRows),
    counts: ["count"], derived: Object.fromEntries(ratio.map((col) => [col, ["count"]])),
    totals: { by: ["stratum"], column: "group", value: "All" },
    notes: [
      `Share of staff of known ethnicity with ${Math.round(result.level * 100)}% Wilson intervals; ratio = share ÷ the group's share of ${result.area.name}'s residents (${result.populationBase}, Census ${result.census}). 1 means the workforce mirrors the population.`,
      "The comparator is all residents, not the working-age population: read ratios for groups with a young age profile with care.",
    ],
    sources: [source],
  }).table;
  return { id: "representation", title, summary: ["How far the workforce reflects the community it serves."], tables: [table], charts: [] };
}
