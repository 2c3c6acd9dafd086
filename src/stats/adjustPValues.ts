import { ArgumentError } from "../errors.js";
import { checkMethod, checkOptions } from "../_internal/validate.js";

/** Multiple-comparison adjustments. */
export type AdjustMethod = "holm" | "bh" | "bonferroni";

/** Options for {@link adjustPValues}. */
export interface AdjustPValuesOptions {
  /** The adjustment; defaults to `"holm"`. */
  readonly method?: AdjustMethod;
}

const METHODS: readonly AdjustMethod[] = ["holm", "bh", "bonferroni"];
const FN = "adjustPValues";

/**
 * Adjusts a family of p-values for multiple comparisons (as R's `p.adjust`), returning them in
 * the order given.
 *
 * @remarks
 * With m p-values sorted ascending as p₍₁₎ ≤ … ≤ p₍ₘ₎:
 * - `"holm"` (default; Holm 1979; controls the family-wise error rate):
 *   p̃₍ᵢ₎ = maxⱼ≤ᵢ min(1, (m − j + 1)p₍ⱼ₎).
 * - `"bh"` (Benjamini & Hochberg 1995; controls the false discovery rate):
 *   p̃₍ᵢ₎ = minⱼ≥ᵢ min(1, m·p₍ⱼ₎/j).
 * - `"bonferroni"`: min(1, m·p).
 *
 * References: Holm S (1979) Scand J Stat 6:65–70; Benjamini Y, Hochberg Y (1995) JRSS B
 * 57:289–300.
 *
 * @param pValues - the p-values, each in [0, 1]
 * @param options - `method` (default `"holm"`)
 * @returns a frozen array of adjusted p-values, in input order
 * @throws {@link ArgumentError} if `pValues` is not an array of numbers in [0, 1], or for an
 *   unknown method
 *
 * @example
 * ```ts
 * adjustPValues([0.01, 0.04, 0.03, 0.005]) // => [0.03, 0.06, 0.06, 0.02]
 * adjustPValues([0.01, 0.04, 0.03, 0.005], { method: "bh" }) // => [0.02, 0.04, 0.04, 0.02]
 * ```
 */
export function adjustPValues(pValues: readonly number[], options?: AdjustPValuesOptions): readonly number[] {
  const method = checkMethod(FN, checkOptions(FN, options).method, METHODS, "holm");
  if (!Array.isArray(pValues)) throw new ArgumentError(FN, "pValues", "must be an array of numbers", pValues);
  pValues.forEach((p, i) => {
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
      throw new ArgumentError(FN, `pValues[${i}]`, "must be a number from 0 to 1", p);
    }
  });
  const m = pValues.length;
  const adjusted = new Array<number>(m);
  // Indices sorted by p ascending; ties keep input order, as R's order() does.
  const order = pValues.map((_, i) => i).sort((i, j) => (pValues[i] as number) - (pValues[j] as number) || i - j);
  if (method === "bonferroni") {
    pValues.forEach((p, i) => (adjusted[i] = Math.min(1, m * p)));
  } else if (method === "holm") {
    let running = 0;
    order.forEach((index, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * (pValues[index] as number)));
      adjusted[index] = running;
    });
  } else {
    let running = 1;
    for (let rank = m - 1; rank >= 0; rank--) {
      const index = order[rank] as number;
      running = Math.min(running, (m * (pValues[index] as number)) / (rank + 1));
      adjusted[index] = running;
    }
  }
  return Object.freeze(adjusted);
}
