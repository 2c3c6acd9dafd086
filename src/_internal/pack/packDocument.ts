import type { PackTable, ScrutinyPack } from "../../report/scrutinyPackTypes.js";
import type { DisclosureRow } from "../../report/disclose.js";

/** A table's rows keyed by its display headings, label cells in the pack's language, for Markdown and HTML. */
export function displayTable(table: PackTable): { columns: string[]; rows: DisclosureRow[] } {
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => {
    const value = row[c] ?? null;
    return [table.headings[i] as string, typeof value === "string" ? (table.display[value] ?? value) : value];
  })));
  return { columns: [...table.headings], rows };
}

/** The front matter every report starts with: synthetic-data banner and warnings, in order. */
export function frontNotes(pack: ScrutinyPack): string[] {
  const notes: string[] = [];
  if (pack.synthetic) {
    const names = pack.sources.filter((s) => s.synthetic).map((s) => s.name).join(", ");
    notes.push(`SYNTHETIC DATA: the sources ${names} are synthetic (invented records for demonstration). Tables built from them are marked; they describe no real person or workforce.`);
  }
  notes.push(`Disclosure control: ${pack.disclosure.rule}`);
  notes.push("Contains public sector information licensed under the Open Government Licence v3.0 (data.police.uk; Office for National Statistics; Welsh Government).");
  return [...notes, ...pack.warnings];
}
