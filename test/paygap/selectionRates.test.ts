import { describe, expect, it } from "vitest";
import { decisionStages, gwentPopulation, oddsRatio, selectionRates } from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const message = thrownMessage;

describe("selectionRates", () => {
  const pipeline = [
    { stage: "Applied", counts: { White: 400, Asian: 40, Black: 30, Unknown: 20 } },
    { stage: "Shortlisted", counts: { White: 100, Asian: 16, Black: 6, Unknown: 5 } },
    { stage: "Appointed", counts: { White: 50, Asian: 4, Black: 3, Unknown: 1 } },
  ];

  it("compares each step with its highest-rate group, and the whole pipeline with the first stage", () => {
    const result = selectionRates(pipeline);
    expect(result.referenceRule).toBe("highest-rate");
    expect(result.groups).toEqual(["White", "Asian", "Black"]);
    expect(result.stages.map((s) => s.reference)).toEqual([null, "Asian", "White"]);
    expect(result.stages[0]?.rows.every((r) => r.status === "first-stage" && r.flag === "not-assessed")).toBe(true);
    const shortlisted = result.stages[1]?.rows ?? [];
    expect(shortlisted.map((r) => [r.group, r.status, r.flag])).toEqual([["White", "ok", "adverse-impact"], ["Asian", "reference", "not-assessed"], ["Black", "ok", "adverse-impact"]]);
    expect(shortlisted[0]?.ratio?.value).toBeCloseTo(0.25 / 0.4, 12);
    expect(result.overall).toMatchObject({ stage: "Appointed", previousStage: "Applied", reference: "White" });
    expect(result.overall.rows.map((r) => r.rate?.value)).toEqual([50 / 400, 4 / 40, 3 / 30]);
    expect(result.stages[2]?.unknown).toEqual({ count: 1, total: 58, share: 1 / 58 });
  });

  it("reuses the decision-stage rates and ratios with a fixed reference, adding Fisher's p and the flag", () => {
    const fixed = selectionRates(pipeline, { reference: "white" });
    const chain = decisionStages(pipeline);
    expect(fixed.referenceRule).toBe("fixed");
    fixed.stages.slice(1).forEach((step, k) => {
      expect(step.reference).toBe("White");
      step.rows.forEach((row, i) => {
        const rri = chain.stages[k + 1]?.rows[i];
        expect(row.rate).toEqual(rri?.rate);
        expect(row.ratio).toEqual(rri?.ratio);
        expect(row.status).toBe(rri?.status);
      });
    });
    const black = fixed.stages[1]?.rows[2];
    expect(black?.fisherP).toBe(oddsRatio({ events: 6, total: 30 }, { events: 100, total: 400 }).pValue);
  });

  it("does not flag a ratio of exactly 4/5, though (4/7) / (5/7) is 0.7999999999999999 in floating point", () => {
    const at = selectionRates([{ stage: "Applied", counts: { White: 7, Black: 7 } }, { stage: "Appointed", counts: { White: 5, Black: 4 } }]);
    const black = at.stages[1]?.rows[1];
    expect(black?.ratio?.value).toBeLessThan(0.8);
    expect(black?.flag).toBe("none");
    const below = selectionRates([{ stage: "Applied", counts: { White: 80, Black: 50 } }, { stage: "Appointed", counts: { White: 48, Black: 23 } }]);
    expect(below.stages[1]?.rows[1]?.flag).toBe("adverse-impact");
  });

  it("takes the first of equal highest rates, and gives statuses rather than NaN", () => {
    const result = selectionRates([
      { stage: "Eligible", counts: { Female: 30, Male: 60, Other: 0, Mixed: 5 } },
      { stage: "Promoted", counts: { Female: 6, Male: 12, Other: 0, Mixed: 6 } },
    ]);
    const rows = result.stages[1]?.rows ?? [];
    expect(result.stages[1]?.reference).toBe("Female");
    expect(rows.map((r) => r.status)).toEqual(["reference", "ok", "zero-denominator", "exceeds-denominator"]);
    expect(rows[1]?.ratio?.value).toBe(1);
    expect(rows[1]?.flag).toBe("none");
    expect(rows[2]).toMatchObject({ rate: null, ratio: null, fisherP: null, flag: "not-assessed" });
  });

  it("nobody selected: ratios undefined and not assessed; a fixed reference without a rate", () => {
    const none = selectionRates([{ stage: "Applied", counts: { White: 10, Asian: 5 } }, { stage: "Appointed", counts: { White: 0, Asian: 0 } }]);
    expect(none.stages[1]?.rows[1]).toMatchObject({ status: "ok", flag: "not-assessed", fisherP: 1 });
    expect(none.stages[1]?.rows[1]?.ratio?.status).toBe("undefined-ratio");
    const noRef = selectionRates([{ stage: "Applied", counts: { White: 0, Asian: 5 } }, { stage: "Appointed", counts: { White: 0, Asian: 2 } }], { reference: "White" });
    expect(noRef.stages[1]?.reference).toBeNull();
    expect(noRef.stages[1]?.rows.map((r) => r.status)).toEqual(["zero-denominator", "reference-unavailable"]);
  });

  it("is frozen and JSON-serialisable", () => {
    const result = selectionRates(pipeline);
    expect(Object.isFrozen(result.stages[1]?.rows[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("throws ArgumentError for invalid input", () => {
    expect(message(() => selectionRates([pipeline[0] as never]))).toBe("selectionRates: stages must be an array of at least two stages; received an array of length 1");
    expect(message(() => selectionRates([pipeline[0], { stage: " ", counts: {} }] as never))).toBe('selectionRates: stages[1].stage must be a non-empty string; received " "');
    expect(message(() => selectionRates([pipeline[0], 3] as never))).toBe("selectionRates: stages[1] must be { stage, counts }; received 3");
    expect(message(() => selectionRates([{ stage: "Population", counts: gwentPopulation() }, pipeline[0]] as never))).toBe(
      "selectionRates: stages[0].counts must be counts of people, not a population Baseline; received a value of type object",
    );
    expect(message(() => selectionRates([pipeline[0], { stage: "B", counts: { White: 2.5 } }] as never))).toBe('selectionRates: stages[1].counts["White"] must be a whole number; received 2.5');
    expect(message(() => selectionRates([pipeline[0], { stage: "B", counts: { White: -2 } }] as never))).toBe('selectionRates: stages[1].counts["White"] must not be negative; received -2');
    expect(message(() => selectionRates(pipeline, { reference: "Mixed" }))).toBe('selectionRates: options.reference must name one of the compared groups (White, Asian, Black); received "Mixed"');
    expect(message(() => selectionRates(pipeline, { method: "wald" as never }))).toBe('selectionRates: options.method must be one of "miettinen-nurminen", "koopman", "katz"; received "wald"');
    expect(message(() => selectionRates(pipeline, { level: 0 }))).toBe("selectionRates: options.level must be a fraction strictly between 0 and 1; received 0");
  });
});
