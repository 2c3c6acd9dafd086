import { toMarkdown } from "../../report/toMarkdown.js";
import type { ScrutinyPack } from "../../report/scrutinyPackTypes.js";
import { displayTable, frontNotes } from "./packDocument.js";

/** The pack as one Markdown document: title, notes, then each section's summary, tables, notes and chart references. */
export function packMarkdown(pack: ScrutinyPack): string {
  const out: string[] = [`# ${pack.title}`, "", `${pack.area}: ${pack.period.current} against ${pack.period.baseline}. ${pack.package.name} ${pack.package.version}.`, ""];
  for (const note of frontNotes(pack)) out.push(`> ${note}`, ">");
  out.pop();
  out.push("");
  for (const section of pack.sections) {
    out.push(`## ${section.title}`, "", ...section.summary.flatMap((p) => [p, ""]));
    for (const chart of section.charts) out.push(`Chart: *${chart.spec.title}* — \`charts/${chart.id}.vl.json\`, data in table \`${chart.table}\`. ${chart.spec.description}`, "");
    for (const table of section.tables) {
      out.push(`### ${table.title}`, "", toMarkdown(displayTable(table)).trimEnd(), "");
      for (const note of table.notes) out.push(`- ${note}`);
      out.push(`- Data: \`tables/${table.id}.csv\``, "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
