import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { disproportionality, type Baseline, type DisproportionalityOptions, type GroupCount } from "../../src/index.js";
import { relativeDifference } from "../_helpers/closeTo.js";

// Whole tables computed in R (poisson.test, p.adjust, Byar's/exact rate limits, closed-form
// sensitivity ratios) by fixtures/generators/disproportionality.R; the same file's `cases` (each
// rate and ratio on its own) run in test/stats/reference.test.ts.

/** Relative tolerances from the issue: values 1e-9, limits and p-values 1e-6. */
const TOLERANCE = { value: 1e-9, limits: 1e-6, pValue: 1e-6 } as const;

type Num = number | null;
interface ExpectedScenario { groupCount: number; referenceCount: number; ratio: number; status: string }
interface ExpectedTable {
  name: string;
  call: string;
  args: [GroupCount[], Baseline, DisproportionalityOptions];
  expected: {
    reference: string;
    unknown: { count: number; total: number; share: number; knownShare: number };
    rows: {
      group: string; count: number; population: number; status: string; significant: boolean | null;
      rate: { value: number; lower: number; upper: number; method: string };
      ratio: { value: number; lower: number; upper: number; pValue: number; adjustedPValue: number; method: string; status: string } | null;
    }[];
    sensitivity: ({ group: string } & Record<"observed" | "proportional" | "lowest" | "highest", ExpectedScenario>)[];
  };
}

const revive = (_key: string, value: unknown) => (value === "Infinity" ? Infinity : value);
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "disproportionality.json"), "utf8"), revive) as {
  tool: string;
  tables: ExpectedTable[];
};

function close(actual: Num | undefined, expected: number, tolerance: number, what: string) {
  expect(typeof actual, what).toBe("number");
  const ok = relativeDifference(actual as number, expected) <= tolerance || Math.abs((actual as number) - expected) <= 1e-15;
  expect(ok, `${what}: actual ${String(actual)}, expected ${expected}`).toBe(true);
}

describe(`disproportionality against R (${fixture.tool}, fixtures/disproportionality.json)`, () => {
  it("has tables at the three levels, with small, zero and real counts", () => {
    expect(fixture.tables.length).toBeGreaterThanOrEqual(9);
    expect(new Set(fixture.tables.map((t) => t.args[2].level))).toEqual(new Set([0.9, 0.95, 0.998]));
  });

  it.each(fixture.tables.map((t) => [t.name, t] as const))("%s", (_name, table) => {
    const [counts, baseline, options] = table.args;
    const result = disproportionality(counts, baseline, options);
    const { expected } = table;
    expect(result.reference).toBe(expected.reference);
    expect(result.unknown.count).toBe(expected.unknown.count);
    expect(result.unknown.total).toBe(expected.unknown.total);
    close(result.unknown.share, expected.unknown.share, TOLERANCE.value, "unknown share");
    close(result.unknown.knownShare, expected.unknown.knownShare, TOLERANCE.value, "known share");
    expect(result.rows.map((r) => r.group)).toEqual(expected.rows.map((r) => r.group));
    expected.rows.forEach((want, i) => {
      const row = result.rows[i];
      const what = `${want.group} in ${table.call}`;
      expect(row, what).toMatchObject({ group: want.group, count: want.count, population: want.population, status: want.status, significant: want.significant });
      close(row?.rate?.value, want.rate.value, TOLERANCE.value, `rate of ${what}`);
      close(row?.rate?.lower, want.rate.lower, TOLERANCE.limits, `rate lower of ${what}`);
      close(row?.rate?.upper, want.rate.upper, TOLERANCE.limits, `rate upper of ${what}`);
      expect(row?.rate?.method, what).toBe(want.rate.method);
      if (want.ratio === null) return expect(row?.ratio, what).toBeNull();
      const ratio = row?.ratio;
      expect(ratio?.method, what).toBe(want.ratio.method);
      expect(ratio?.status, what).toBe(want.ratio.status);
      close(ratio?.value, want.ratio.value, TOLERANCE.value, `ratio of ${what}`);
      close(ratio?.lower, want.ratio.lower, TOLERANCE.limits, `ratio lower of ${what}`);
      close(ratio?.upper, want.ratio.upper, TOLERANCE.limits, `ratio upper of ${what}`);
      close(ratio?.pValue, want.ratio.pValue, TOLERANCE.pValue, `p-value of ${what}`);
      close(ratio?.adjustedPValue, want.ratio.adjustedPValue, TOLERANCE.pValue, `adjusted p-value of ${what}`);
    });
    expect(result.sensitivity.map((s) => s.group)).toEqual(expected.sensitivity.map((s) => s.group));
    expected.sensitivity.forEach((want, i) => {
      for (const scenario of ["observed", "proportional", "lowest", "highest"] as const) {
        const got = result.sensitivity[i]?.[scenario];
        const what = `${scenario} for ${want.group} in ${table.name}`;
        expect(got?.status, what).toBe(want[scenario].status);
        close(got?.groupCount, want[scenario].groupCount, TOLERANCE.value, `group count, ${what}`);
        close(got?.referenceCount, want[scenario].referenceCount, TOLERANCE.value, `reference count, ${what}`);
        close(got?.ratio, want[scenario].ratio, TOLERANCE.value, `ratio, ${what}`);
      }
    });
  });
});
