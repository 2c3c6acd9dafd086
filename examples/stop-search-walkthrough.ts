// The notebook's walk-through as a plain script (docs/notebooks/gwent-walkthrough.ipynb runs the same
// steps in Deno's Jupyter kernel): read the real Gwent stop-search files, build the disproportionality
// table and its forest plot, chart the quarterly Black/White ratio, and the pay quartiles of a
// synthetic HR extract.
import { join } from "node:path";
import { disproportionality, forestPlotSpec, genderPayGap, gwentPopulation, payQuartilesSpec, spc, spcChartSpec } from "disproportionality";
import type { HrRecord } from "disproportionality/csv";
import { countExtract, readExtract } from "disproportionality/node";

const data = join(import.meta.dirname, "..", "data");

// 1. Count searches by financial year, quarter and ethnicity, without keeping the records.
const { counts, summary } = await countExtract(join(data, "police-uk", "stop-search"), "police-uk-stop-search", { by: ["financialYear", "quarter", "ethnicity"] });
console.log(`Read ${summary.rowsRead} rows from ${summary.files} files; ${summary.rejected} rejected.`);

const sum = (keep: (row: (typeof counts)[number]) => boolean) => {
  const byGroup: Record<string, number> = {};
  for (const row of counts) if (keep(row)) byGroup[String(row["ethnicity"])] = (byGroup[String(row["ethnicity"])] ?? 0) + row.count;
  return byGroup;
};

// 2. The 2019/20 table against Census 2011, and its forest plot.
const searches = sum((row) => row["financialYear"] === "2019/20");
console.log("2019/20 searches:", searches);
const table = disproportionality(searches, gwentPopulation({ census: 2011 }));
const black = table.rows.find((row) => row.group === "Black");
console.log(`Black/White ratio ${black?.ratio?.value?.toFixed(2)} (${black?.ratio?.lower.toFixed(2)} to ${black?.ratio?.upper.toFixed(2)})`);
const forest = forestPlotSpec(table);
console.log(`Forest plot: ${forest.data.values.length} groups. ${forest.description}`);

// 3. The quarterly Black/White ratio on an XmR chart (log scale), against Census 2021.
const population = gwentPopulation();
const popOf = (group: string) => population.groups.find((g) => g.group === group)?.population ?? Number.NaN;
const quarters = [...new Set(counts.map((row) => String(row["quarter"])))].sort();
const ratios = quarters.map((q) => {
  const c = sum((row) => row["quarter"] === q);
  return ((c["Black"] ?? 0) / popOf("Black")) / ((c["White"] ?? 0) / popOf("White"));
});
const chart = spc(ratios, { scale: "log" });
console.log(`Quarterly Black/White ratio: ${quarters.length} quarters, geometric mean ${chart.mean.toFixed(2)}, ${chart.variation}.`);
const spcSpec = spcChartSpec(chart, { periods: quarters, title: "Black/White stop-and-search ratio by quarter, Gwent" });
console.log(`SPC chart: ${spcSpec.title}`);

// 4. Pay quartiles of the synthetic HR extract (invented records), on its snapshot date.
const hr = await readExtract<HrRecord>(join(data, "synthetic", "hr.csv"), "hr");
const snapshot = "2024-03-31";
const employees = hr.records
  .filter((r) => r.workerType !== "special" && r.workerType !== "volunteer") // not employees
  .filter((r) => r.leaveDate === null || r.leaveDate > snapshot) // in post on the snapshot date
  .map((r) => ({ sex: r.sex, hourlyPay: r.hourlyPay, fullPay: r.fullPay ?? true, bonus: r.bonus ?? 0 }));
const gap = genderPayGap(employees, { employer: "public", snapshotDate: snapshot });
console.log(`Synthetic HR: mean hourly gap ${gap.meanHourlyGap?.toFixed(1)}%, median ${gap.medianHourlyGap?.toFixed(1)}%.`);
const quartiles = payQuartilesSpec(gap);
console.log(`Pay quartiles chart: ${quartiles.title}`);
