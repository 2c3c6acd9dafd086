import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ArgumentError, directlyStandardisedRate, europeanStandardPopulation2013, rate } from "../../src/index.js";
import type { DirectlyStandardisedRateEstimate, StandardisationStratum } from "../../src/index.js";

fc.configureGlobal({ seed: 20261122, numRuns: 150 });

const strata = [
  { count: 12, population: 25000, standard: 30000 },
  { count: 40, population: 30000, standard: 50000 },
  { count: 60, population: 10000, standard: 20000 },
];

/** PHE's testdata_big (895 events in 8970 people) on ESP 2013; see fixtures/README.md. */
const PHE_OBS = [127, 25, 18, 21, 12, 27, 48, 27, 29, 32, 32, 34, 45, 65, 38, 68, 74, 82, 91];
const PHE_POP = [636, 558, 609, 543, 384, 594, 669, 843, 660, 576, 606, 522, 426, 273, 300, 288, 153, 123, 207];
const pheBig = europeanStandardPopulation2013.map((band, i) => ({ count: PHE_OBS[i] ?? 0, population: PHE_POP[i] ?? 0, standard: band.population }));

function numbers(result: DirectlyStandardisedRateEstimate) {
  if (result.value === null) throw new Error(`withheld: ${result.status}`);
  return result;
}

describe("directlyStandardisedRate", () => {
  it("reproduces PHE's published DSR for testdata_big: 10430.25 (9717.71, 11178.94) per 100,000", () => {
    const r = numbers(directlyStandardisedRate(pheBig));
    expect(r).toMatchObject({ method: "dobson", status: "ok", per: 100000, count: 895, population: 8970, level: 0.95 });
    expect(r.value).toBeCloseTo(10430.247991469423, 8);
    expect(r.lower).toBeCloseTo(9717.709067985681, 8);
    expect(r.upper).toBeCloseTo(11178.94091547925, 8);
  });

  it("uses Σ(w·x/n)/Σw × per, 100,000 by default, and echoes the bands", () => {
    const r = numbers(directlyStandardisedRate(strata));
    const expected = ((12 / 25000) * 30000 + (40 / 30000) * 50000 + (60 / 10000) * 20000) / 100000;
    expect(r.value).toBeCloseTo(expected * 100000, 10);
    expect(r.strata).toEqual(strata);
    expect(r.strata[0]).not.toBe(strata[0]);
    expect(directlyStandardisedRate(strata, { per: 1000 }).value).toBeCloseTo(expected * 1000, 12);
  });

  it("does not depend on the scale of the standard weights", () => {
    const scaled = strata.map((s) => ({ ...s, standard: s.standard / 1000 }));
    for (const method of ["dobson", "gamma"] as const) {
      const a = numbers(directlyStandardisedRate(strata, { method }));
      const b = numbers(directlyStandardisedRate(scaled, { method }));
      for (const key of ["value", "lower", "upper"] as const) expect(b[key]).toBeCloseTo(a[key], 9);
    }
  });

  it("with one band, Dobson's limits are Byar's limits of the crude rate", () => {
    const r = numbers(directlyStandardisedRate([{ count: 65, population: 100000, standard: 1 }]));
    const crude = rate(65, 100000, { per: 100000, method: "byar" });
    expect(r.lower).toBeCloseTo(crude.lower, 9);
    expect(r.upper).toBeCloseTo(crude.upper, 9);
  });

  describe("small counts", () => {
    it("withholds the Dobson rate below 10 events (PHE), and computes it from 10", () => {
      const nine = directlyStandardisedRate([{ count: 4, population: 900, standard: 1 }, { count: 5, population: 800, standard: 2 }]);
      expect(nine).toMatchObject({ status: "small-count", value: null, lower: null, upper: null, count: 9, population: 1700, method: "dobson" });
      const ten = directlyStandardisedRate([{ count: 5, population: 900, standard: 1 }, { count: 5, population: 800, standard: 2 }]);
      expect(ten.status).toBe("ok");
      expect(ten.value).toBeGreaterThan(0);
    });

    it("treats no events as a small count under Dobson", () => {
      const r = directlyStandardisedRate([{ count: 0, population: 900, standard: 1 }]);
      expect(r).toMatchObject({ status: "small-count", value: null, count: 0 });
    });

    it("never withholds the gamma rate; with no events the value and lower limit are 0", () => {
      const three = numbers(directlyStandardisedRate([{ count: 3, population: 900, standard: 1 }], { method: "gamma" }));
      expect(three.status).toBe("ok");
      const zero = numbers(directlyStandardisedRate([{ count: 0, population: 900, standard: 1 }, { count: 0, population: 100, standard: 1 }], { method: "gamma", per: 1 }));
      expect(zero).toMatchObject({ status: "zero-count", value: 0, lower: 0 });
      // Shape 1, scale wₘ = max(wᵢ/nᵢ)/Σw = 0.005: upper = −0.005·ln(0.025).
      expect(zero.upper).toBeCloseTo(-0.005 * Math.log(0.025), 14);
    });
  });

  describe("edge cases", () => {
    it("withholds the rate when a weighted band has no population, and ignores unweighted ones", () => {
      const empty = directlyStandardisedRate([{ count: 0, population: 0, standard: 1 }, ...strata]);
      expect(empty).toMatchObject({ status: "empty-band", value: null, lower: null, upper: null });
      const ignored = directlyStandardisedRate([{ count: 0, population: 0, standard: 0 }, ...strata]);
      expect(ignored.value).toBe(directlyStandardisedRate(strata).value);
    });

    it("leaves bands with standard weight 0 out of the count and population", () => {
      const r = directlyStandardisedRate([{ count: 50, population: 1000, standard: 0 }, ...strata]);
      expect(r).toMatchObject({ count: 112, population: 65000 });
      expect(r.value).toBe(directlyStandardisedRate(strata).value);
    });

    it("truncates a negative Dobson lower limit to 0 (a few events with very large weights)", () => {
      const r = numbers(directlyStandardisedRate([{ count: 9, population: 10000, standard: 1000 }, { count: 1, population: 10, standard: 1000 }]));
      expect(r.lower).toBe(0);
      expect(r.value).toBeCloseTo(5045, 9);
    });

    it("accepts non-integer counts", () => {
      expect(directlyStandardisedRate([{ count: 10.5, population: 1000, standard: 1 }]).status).toBe("ok");
    });

    it("stays accurate when the gamma shape is in the tens of thousands (stdlib's quantile is not)", () => {
      const big = europeanStandardPopulation2013.map((band) => ({ count: 2000, population: 200000, standard: band.population }));
      const r = numbers(directlyStandardisedRate(big, { method: "gamma", per: 1 }));
      // epitools::ageadjust.direct(rep(2000, 19), rep(200000, 19), stdpop = esp2013): shape 34188.
      // stdlib's gamma quantile would give an upper limit of 0.0101066777 (4.7e-6 relative too high).
      expect(r.value).toBeCloseTo(0.01, 15);
      expect(Math.abs(r.lower / 0.009894276054018547 - 1)).toBeLessThan(1e-12);
      expect(Math.abs(r.upper / 0.010106630250855508 - 1)).toBeLessThan(1e-12);
    });
  });

  it("returns frozen results, bands included", () => {
    const r = directlyStandardisedRate(strata);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.strata)).toBe(true);
    expect(Object.isFrozen(r.strata[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(directlyStandardisedRate([{ count: 1, population: 9, standard: 1 }])))).toMatchObject({ value: null });
  });

  describe("invalid input", () => {
    it.each([
      [() => directlyStandardisedRate([]), /directlyStandardisedRate: strata must be a non-empty array of objects; received an array of length 0/],
      [() => directlyStandardisedRate("x" as never), /strata must be a non-empty array of objects; received "x"/],
      [() => directlyStandardisedRate([null] as never), /strata\[0\] must be an object; received null/],
      [() => directlyStandardisedRate([{ count: -1, population: 10, standard: 1 }]), /strata\[0\].count must not be negative; received -1/],
      [() => directlyStandardisedRate([{ count: 1, population: 10 }] as never), /strata\[0\].standard must be a finite number; received undefined/],
      [() => directlyStandardisedRate([{ count: 1, population: NaN, standard: 1 }]), /strata\[0\].population must be a finite number; received NaN/],
      [() => directlyStandardisedRate([...strata, { count: 2, population: 0, standard: 1 }]), /strata\[3\].population must be greater than 0 where the count is positive; received 0/],
      [() => directlyStandardisedRate([{ count: 1, population: 10, standard: 0 }]), /strata must have standard weights summing to more than 0; received an array of length 1 \(they sum to 0\)/],
      [() => directlyStandardisedRate(strata, { per: 0 }), /options.per must be greater than 0; received 0/],
      [() => directlyStandardisedRate(strata, { level: 95 }), /options.level must be a fraction strictly between 0 and 1; received 95 \(did you mean 0.95\?\)/],
      [() => directlyStandardisedRate(strata, { method: "byar" as never }), /options.method must be one of "dobson", "gamma"; received "byar"/],
      [() => directlyStandardisedRate(strata, 3 as never), /options must be an object or undefined/],
    ])("%#: throws ArgumentError", (call, message) => {
      expect(call).toThrow(ArgumentError);
      expect(call).toThrow(message);
    });
  });

  it("types value and limits as numbers once the status says they were reported", () => {
    const r = directlyStandardisedRate(strata);
    expectTypeOf(r.value).toEqualTypeOf<number | null>();
    if (r.status === "ok" || r.status === "zero-count") expectTypeOf(r.lower).toEqualTypeOf<number>();
    else expectTypeOf(r.lower).toEqualTypeOf<null>();
    expectTypeOf(r.method).toEqualTypeOf<"dobson" | "gamma">();
  });

  describe("properties", () => {
    const band = fc.record({
      count: fc.integer({ min: 0, max: 400 }),
      population: fc.double({ min: 1, max: 1e5, noNaN: true }),
      standard: fc.integer({ min: 1, max: 10000 }),
    });
    const bands = fc.array(band, { minLength: 1, maxLength: 19 });
    const level = fc.double({ min: 0.8, max: 0.999, noNaN: true });
    const EPS = 1e-9;

    it("lower ≤ value ≤ upper, and intervals nest as the level rises", () => {
      fc.assert(
        fc.property(bands, level, level, (input: StandardisationStratum[], a, b) => {
          const [low, high] = a < b ? [a, b] : [b, a];
          for (const method of ["dobson", "gamma"] as const) {
            const narrow = directlyStandardisedRate(input, { method, level: low });
            const wide = directlyStandardisedRate(input, { method, level: high });
            if (narrow.value === null || wide.value === null) {
              expect(narrow.status).toBe("small-count");
              continue;
            }
            expect(narrow.lower).toBeLessThanOrEqual(narrow.value * (1 + EPS));
            expect(narrow.value).toBeLessThanOrEqual(narrow.upper * (1 + EPS));
            expect(wide.lower).toBeLessThanOrEqual(narrow.lower * (1 + EPS) + 1e-15);
            expect(narrow.upper).toBeLessThanOrEqual(wide.upper * (1 + EPS));
          }
        }),
      );
    });
  });
});
