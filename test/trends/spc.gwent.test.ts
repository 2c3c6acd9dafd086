import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gwentPopulation, spc } from "../../src/index.js";
import { countExtract } from "../../src/node/countExtract.js";
import { SHARED_DATA, sharedFile } from "../_helpers/sharedData.js";

// Worked example (docs/methods/spc.md): the quarterly Black/White stop-and-search ratio in Gwent,
// 2019/20–2021/22, from data.police.uk (self-defined ethnicity) against Census 2011, on an XmR chart
// of the log ratio. The quarter's exposure (population × 0.25 years) cancels in the ratio.

const FOLDER = "police-uk/gwent-stop-and-search-2019-04-to-2022-03";
const census2011 = gwentPopulation({ census: 2011 });
const population = (group: string) => census2011.groups.find((g) => g.group === group)?.population as number;
const london = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit" });

/** Black and White searches by financial quarter from a plain scan of the files (no quoted fields): Date → London month → quarter. */
function scanQuarters(): Map<string, { Black: number; White: number }> {
  const out = new Map<string, { Black: number; White: number }>();
  for (const file of readdirSync(join(SHARED_DATA, FOLDER)).sort()) {
    const [header, ...lines] = sharedFile(`${FOLDER}/${file}`).split(/\r?\n/).filter((l) => l !== "");
    const columns = (header as string).split(",");
    const [dateAt, ethnicityAt] = [columns.indexOf("Date"), columns.indexOf("Self-defined ethnicity")];
    for (const line of lines) {
      const fields = line.split(",");
      const label = fields[ethnicityAt] ?? "";
      const group = label.startsWith("White - ") ? "White" : label.startsWith("Black/African/Caribbean/Black British - ") ? "Black" : null;
      if (group === null) continue;
      const parts = london.formatToParts(new Date(fields[dateAt] as string));
      const year = Number(parts.find((p) => p.type === "year")?.value);
      const month = Number(parts.find((p) => p.type === "month")?.value);
      const start = month >= 4 ? year : year - 1;
      const quarter = `${start}/${String((start + 1) % 100).padStart(2, "0")} Q${Math.floor(((month + 8) % 12) / 3) + 1}`;
      const cell = out.get(quarter) ?? { Black: 0, White: 0 };
      cell[group] += 1;
      out.set(quarter, cell);
    }
  }
  return out;
}

describe("SPC of the quarterly Gwent Black/White stop-and-search ratio, 2019/20–2021/22", () => {
  it("charts twelve quarters whose log ratio stays within XmR limits (common cause)", async () => {
    const { counts, summary } = await countExtract(join(SHARED_DATA, FOLDER), "police-uk-stop-search", { by: ["quarter", "ethnicity"] });
    expect(summary.rejected).toBe(0);
    const scanned = scanQuarters();
    const quarters = [...scanned.keys()].sort();
    expect(quarters).toHaveLength(12);
    expect(quarters[0]).toBe("2019/20 Q1");
    expect(quarters[11]).toBe("2021/22 Q4");
    const count = (q: string, g: string) => counts.find((c) => c["quarter"] === q && c["ethnicity"] === g)?.count ?? 0;
    for (const q of quarters) expect({ Black: count(q, "Black"), White: count(q, "White") }, q).toEqual(scanned.get(q));
    // 2019/20 Q2 holds July and September only: the August 2019 file is missing. Its ratio is a
    // ratio of two months' searches, noisier but not biased by the gap.
    expect(readdirSync(join(SHARED_DATA, FOLDER)).some((f) => f.startsWith("2019-08"))).toBe(false);
    expect(scanned.get("2019/20 Q2")).toEqual({ Black: 7, White: 201 });

    const ratios = quarters.map((q) => (count(q, "Black") / population("Black")) / (count(q, "White") / population("White")));
    expect(ratios.map((r) => Number(r.toFixed(2)))).toEqual([11.46, 6.06, 7.24, 11.05, 8.77, 6.39, 5.74, 6.72, 6.18, 9.0, 5.14, 9.1]);

    // The XmR chart by hand on ln(ratio): centre = mean, limits centre ± 2.66 × mean |Δ ln ratio|.
    const logs = ratios.map(Math.log);
    const centre = logs.reduce((s, x) => s + x, 0) / logs.length;
    const mrBar = logs.slice(1).reduce((s, x, i) => s + Math.abs(x - (logs[i] as number)), 0) / (logs.length - 1);
    const chart = spc(ratios, { scale: "log", improvement: "decrease", target: 1 });
    expect(chart.mean).toBeCloseTo(Math.exp(centre), 12);
    expect(chart.upperLimit).toBeCloseTo(Math.exp(centre + 2.66 * mrBar), 11);
    expect(chart.lowerLimit).toBeCloseTo(Math.exp(centre - 2.66 * mrBar), 11);
    expect([chart.mean, chart.upperLimit, chart.lowerLimit].map((v) => Number(v.toFixed(2)))).toEqual([7.49, 18.07, 3.11]);
    expect(chart.segments[0]?.averageMovingRange).toBeCloseTo(0.331, 3);
    expect(chart.points.every((p) => p.rules.length === 0)).toBe(true);
    expect(chart.variation).toBe("common-cause");
    // Parity (ratio 1) lies below the lower limit: the process consistently fails to reach it.
    expect(chart.assurance).toBe("consistently-fails");
    // The same chart, drawn by hand on the logs.
    const onLogs = spc(logs, { improvement: "decrease" });
    expect(onLogs.upperLimit).toBeCloseTo(centre + 2.66 * mrBar, 12);
    expect(onLogs.points.map((p) => p.rules)).toEqual(chart.points.map((p) => p.rules));
    // Screening changes nothing here: no moving range reaches 3.267 × 0.331.
    const nhsr = spc(ratios, { scale: "log", preset: "nhsr-plotthedots" });
    expect(nhsr.segments[0]?.screenedMovingRanges).toBe(0);
    expect(nhsr.points.every((p) => p.rules.length === 0)).toBe(true);
  });
});
