// Writes docs/notebooks/gwent-walkthrough.ipynb, a Deno Jupyter notebook, from the cells below
// (without outputs). To save it with its outputs, run it in Deno's kernel — never in CI:
//   npm run build                      # the notebook imports the built package from dist/
//   deno jupyter --install             # once: registers the Deno kernel
//   jupyter nbconvert --to notebook --execute --inplace docs/notebooks/gwent-walkthrough.ipynb
// The same steps as a plain script: examples/stop-search-walkthrough.ts (run by the test suite).
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const markdown = (text: string) => ({ cell_type: "markdown", metadata: {}, source: lines(text) });
const code = (text: string) => ({ cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: lines(text) });
function lines(text: string): string[] {
  const all = text.trim().split("\n");
  return all.map((line, i) => (i < all.length - 1 ? `${line}\n` : line));
}

const cells = [
  markdown(`# Stop and search in Gwent: a walk-through

This notebook runs in Deno's Jupyter kernel (\`deno jupyter\`). It reads the real Gwent
data.police.uk stop-and-search files bundled with the package (April 2019 to March 2022; August 2019
is missing), builds the disproportionality table and its forest plot, charts the quarterly
Black/White ratio, and shows the pay quartiles of a **synthetic** HR extract (invented records, no
real workforce). Result tables and charts display themselves: they implement the Jupyter display
protocol.

Contains public sector information licensed under the Open Government Licence v3.0 (data.police.uk,
Gwent Police; Office for National Statistics).

In a project that installs the package, import from \`"npm:disproportionality"\` and
\`"npm:disproportionality/node"\`; here, inside the repository, the built files are imported (run
\`npm run build\` first).`),
  code(`import { chartView, disproportionality, forestPlotSpec, genderPayGap, gwentPopulation, payQuartilesSpec, resultTable, spc, spcChartSpec } from "../../dist/index.js";
import { countExtract, readExtract } from "../../dist/node.js";
import { fromArquero, toArquero } from "../../dist/arquero.js";
import * as aq from "arquero";`),
  markdown(`## 1. Count searches without keeping the records

\`countExtract\` reads every file in the folder and counts rows by the fields asked for. Every
rejected row would be in \`rejects\`, with its file, line, column and reason.`),
  code(`const { counts, summary } = await countExtract("../../data/police-uk/stop-search", "police-uk-stop-search", { by: ["financialYear", "quarter", "ethnicity"], threads: 1 });
console.log(\`\${summary.rowsRead} rows read from \${summary.files} files: \${summary.accepted} accepted, \${summary.rejected} rejected\`);`),
  code(`const sum = (keep) => {
  const byGroup = {};
  for (const row of counts) if (keep(row)) byGroup[row.ethnicity] = (byGroup[row.ethnicity] ?? 0) + row.count;
  return byGroup;
};
const searches = sum((row) => row.financialYear === "2019/20");
searches`),
  markdown(`## 2. The disproportionality table, 2019/20, against Census 2011

Rates per 1,000 residents of each group with exact intervals, and each group's rate divided by the
White rate. Searches of unknown ethnicity are left out of the rates and reported as a share.`),
  code(`const table = disproportionality(searches, gwentPopulation({ census: 2011 }));
resultTable(table, { title: "Stop and search by ethnicity, Gwent, 2019/20 (Census 2011)" })`),
  code(`console.log(\`Unknown ethnicity: \${(table.unknown.share * 100).toFixed(1)}% of searches\`);
const black = table.sensitivity.find((s) => s.group === "Black");
console.log(\`Black/White ratio if every unknown search were White: \${black.lowest.ratio.toFixed(2)}; if every one were Black: \${black.highest.ratio.toFixed(2)}\`);`),
  markdown(`## 3. The forest plot`),
  code(`chartView(forestPlotSpec(table))`),
  markdown(`## 4. The quarterly Black/White ratio on an SPC chart

Each quarter's ratio against the Census 2021 populations, on an XmR chart with a log scale and the
NHS Making Data Count rules.`),
  code(`const population = gwentPopulation();
const popOf = (group) => population.groups.find((g) => g.group === group).population;
const quarters = [...new Set(counts.map((row) => row.quarter))].sort();
const ratios = quarters.map((q) => {
  const c = sum((row) => row.quarter === q);
  return (c.Black / popOf("Black")) / (c.White / popOf("White"));
});
const chart = spc(ratios, { scale: "log" });
chartView(spcChartSpec(chart, { periods: quarters, title: "Black/White stop-and-search ratio by quarter, Gwent" }))`),
  markdown(`## 5. Pay quartiles of a synthetic HR extract

**Synthetic data**: these records were generated for testing and describe no real workforce.`),
  code(`const hr = await readExtract("../../data/synthetic/hr.csv", "hr");
const snapshot = "2024-03-31";
const employees = hr.records
  .filter((r) => r.workerType !== "special" && r.workerType !== "volunteer")
  .filter((r) => r.leaveDate === null || r.leaveDate > snapshot)
  .map((r) => ({ sex: r.sex, hourlyPay: r.hourlyPay, fullPay: r.fullPay ?? true, bonus: r.bonus ?? 0 }));
const gap = genderPayGap(employees, { employer: "public", snapshotDate: snapshot });
resultTable(gap, { title: "Gender pay gap, synthetic HR extract, 31 March 2024" })`),
  code(`chartView(payQuartilesSpec(gap))`),
  markdown(`## 6. In and out of arquero

Analysts who already work in arquero move in and out in one call: \`fromArquero\` turns a table of
counts (or records) into the library's inputs, \`toArquero\` turns any result into a tidy table.`),
  code(`const searchTable = aq.from(counts).filter((d) => d.financialYear === "2021/22");
const counts2122 = fromArquero(searchTable, { group: "ethnicity", count: "count" });
const result = disproportionality(counts2122, gwentPopulation());
void toArquero(result).select("group", "count", "rate", "ratio", "ratioLower", "ratioUpper").print();`),
];

const notebook = {
  cells: cells.map((cell, i) => ({ id: `cell-${i + 1}`, ...cell })),
  metadata: { kernelspec: { display_name: "Deno", language: "typescript", name: "deno" }, language_info: { name: "typescript" } },
  nbformat: 4,
  nbformat_minor: 5,
};
/** The notebook without outputs (the test compares the saved notebook's cells with these). */
export const NOTEBOOK = notebook;

if (process.argv[1] === import.meta.filename) {
  writeFileSync(join(import.meta.dirname, "..", "docs", "notebooks", "gwent-walkthrough.ipynb"), `${JSON.stringify(notebook, null, 1)}\n`);
}
