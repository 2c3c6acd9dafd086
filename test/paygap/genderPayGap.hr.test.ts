import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { genderPayGap } from "../../src/index.js";
import { readExtract } from "../../src/node/index.js";
import type { HrRecord } from "../../src/csv/index.js";
import { SYNTHETIC, synthetic } from "../_helpers/synthetic.js";

// The synthetic HR sample (fixtures/synthetic/sample-hr.csv, 31 March 2024) through the adapter and
// genderPayGap, against the same figures computed here from a plain parse of the CSV: rows the
// generator recorded as bad (sample-hr.expected.json badRows) are skipped by line number; officers,
// staff and PCSOs in post on the snapshot date are the relevant employees. The quartiles are
// worked position by position: each ranked place carries its rate's share of men (reg. 13(2)).

const PAID = new Set(["police officer", "officer", "police staff", "staff", "pcso"]);

function fields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") out.push(field), (field = "");
    else field += ch;
  }
  out.push(field);
  return out;
}

const isoOf = (uk: string) => uk.split("/").reverse().join("-");
const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length / 2;
  return s.length % 2 ? (s[Math.floor(h)] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
}
const gapOf = (m: number, f: number) => ((m - f) / m) * 100;

function independent() {
  const { text, expected } = synthetic("hr");
  const bad = new Set(expected.badRows.map((r) => r.line));
  const [header, ...lines] = text.split(/\r?\n/);
  const col = Object.fromEntries(fields(header as string).map((name, i) => [name, i]));
  const people: { male: boolean; pay: number; full: boolean; bonus: number }[] = [];
  lines.forEach((line, i) => {
    if (line === "" || bad.has(i + 2)) return;
    const f = fields(line);
    const get = (name: string) => (f[col[name] as number] as string).trim();
    const snapshot = isoOf(get("snapshot_date"));
    if (!PAID.has(get("worker_type").toLowerCase()) || (get("leave_date") !== "" && get("leave_date") <= snapshot)) return;
    const sex = get("sex");
    if (sex !== "Male" && sex !== "Female") return;
    people.push({ male: sex === "Male", pay: Number(get("hourly_pay").replace(/[£,]/g, "")), full: get("full_pay") !== "N", bonus: Number(get("bonus") || 0) });
  });
  const men = people.filter((p) => p.male);
  const women = people.filter((p) => !p.male);
  const hourly = (ps: typeof people) => ps.filter((p) => p.full).map((p) => p.pay);
  const bonus = (ps: typeof people) => ps.filter((p) => p.bonus > 0).map((p) => p.bonus);
  // quartiles, position by position
  const ranked = people.filter((p) => p.full).sort((a, b) => a.pay - b.pay);
  const shareOfMen = new Map<number, number>();
  for (const p of ranked) shareOfMen.set(p.pay, 0);
  for (const [pay] of shareOfMen) {
    const at = ranked.filter((p) => p.pay === pay);
    shareOfMen.set(pay, at.filter((p) => p.male).length / at.length);
  }
  const n = ranked.length;
  const q = Math.floor(n / 4);
  const extra = [[0, 0, 0, 0], [1, 0, 0, 0], [1, 0, 1, 0], [1, 1, 1, 0]][n % 4] as number[];
  const sizes = extra.map((e) => q + e);
  const male = [0, 0, 0, 0];
  let position = 0;
  sizes.forEach((size, band) => {
    for (let k = 0; k < size; k++) male[band]! += shareOfMen.get((ranked[position++] as (typeof ranked)[number]).pay) as number;
  });
  return {
    meanHourlyGap: gapOf(meanOf(hourly(men)), meanOf(hourly(women))),
    medianHourlyGap: gapOf(medianOf(hourly(men)), medianOf(hourly(women))),
    meanBonusGap: gapOf(meanOf(bonus(men)), meanOf(bonus(women))),
    medianBonusGap: gapOf(medianOf(bonus(men)), medianOf(bonus(women))),
    bonusProportions: { male: (bonus(men).length / men.length) * 100, female: (bonus(women).length / women.length) * 100 },
    femaleInBand: sizes.map((size, band) => ((size - (male[band] as number)) / size) * 100),
    relevant: { male: men.length, female: women.length },
    fullPay: { male: hourly(men).length, female: hourly(women).length },
  };
}

const inPost = (r: HrRecord) => ["officer", "staff", "pcso"].includes(r.workerType) && (r.leaveDate === null || r.snapshotDate === null || r.leaveDate > r.snapshotDate);

describe("genderPayGap on the synthetic HR sample", () => {
  it("matches a plain-CSV computation of the same figures", async () => {
    const { records } = await readExtract<HrRecord>(join(SYNTHETIC, "sample-hr.csv"), "hr");
    const employees = records.filter(inPost);
    const gap = genderPayGap(employees, { employer: "public", snapshotDate: "2024-03-31" });
    const want = independent();
    expect(gap.counts.relevant).toEqual(want.relevant);
    expect(gap.counts.fullPay).toEqual(want.fullPay);
    for (const key of ["meanHourlyGap", "medianHourlyGap", "meanBonusGap", "medianBonusGap"] as const) {
      expect(gap[key], key).toBeCloseTo(want[key], 9);
    }
    expect(gap.bonusProportions.male).toBeCloseTo(want.bonusProportions.male, 9);
    expect(gap.bonusProportions.female).toBeCloseTo(want.bonusProportions.female, 9);
    const female = [gap.quartiles.lower.female, gap.quartiles.lowerMiddle.female, gap.quartiles.upperMiddle.female, gap.quartiles.upper.female];
    female.forEach((share, band) => expect(share).toBeCloseTo(want.femaleInBand[band] as number, 9));
    // the sample is public-sector, in post on 31 March 2024, with three people of unknown sex
    expect(gap.regulation).toBe("SI 2017/353");
    expect(gap.counts.excluded.unknown + gap.counts.relevant.male + gap.counts.relevant.female + gap.counts.excluded.unpaid + gap.counts.excluded.other).toBe(employees.length);
    expect(gap.statuses).toEqual({ meanHourlyGap: "ok", medianHourlyGap: "ok", meanBonusGap: "ok", medianBonusGap: "ok", bonusProportions: "ok", quartiles: "ok" });
  });

  it("takes HR records as they come: unpaid specials and volunteers are counted, not used", async () => {
    const { records } = await readExtract<HrRecord>(join(SYNTHETIC, "sample-hr.csv"), "hr");
    const all = genderPayGap(records);
    const unpaid = records.filter((r) => r.hourlyPay === null && r.fullPay !== false).length;
    expect(unpaid).toBeGreaterThan(0);
    expect(all.counts.excluded.unpaid).toBe(unpaid);
    expect(all.issues.map((i) => i.kind)).toContain("unpaid-excluded");
  });
});
