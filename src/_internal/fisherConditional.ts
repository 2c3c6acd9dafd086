import binomcoefln from "@stdlib/math-base-special-binomcoefln";
import { findRootBeyond } from "./findRoot.js";

/**
 * The conditional (noncentral hypergeometric) law of the top-left cell `a` of a 2×2 table
 * [[a, b], [c, d]] given its margins, as used by Fisher's exact test and R's `fisher.test`.
 */
export class ConditionalTable {
  readonly lo: number;
  readonly hi: number;
  readonly a: number;
  private readonly logWeights: number[];

  constructor(a: number, b: number, c: number, d: number) {
    const events = a + c;
    const nonEvents = b + d;
    const groupTotal = a + b;
    this.a = a;
    this.lo = Math.max(0, groupTotal - nonEvents);
    this.hi = Math.min(groupTotal, events);
    this.logWeights = [];
    for (let i = this.lo; i <= this.hi; i++) {
      this.logWeights.push(binomcoefln(events, i) + binomcoefln(nonEvents, groupTotal - i));
    }
  }

  /** Probabilities of each support point lo…hi when the odds ratio is e^logOddsRatio. */
  probabilities(logOddsRatio: number): number[] {
    const logs = this.logWeights.map((w, j) => w + (this.lo + j) * logOddsRatio);
    const top = logs.reduce((a, b) => (b > a ? b : a), -Infinity);
    const weights = logs.map((l) => Math.exp(l - top));
    const total = weights.reduce((sum, w) => sum + w, 0);
    return weights.map((w) => w / total);
  }

  /** P(A ≥ a) (upper) or P(A ≤ a) (lower) at the given log odds ratio. */
  tail(logOddsRatio: number, upper: boolean): number {
    const probabilities = this.probabilities(logOddsRatio);
    let sum = 0;
    probabilities.forEach((p, j) => {
      const i = this.lo + j;
      if (upper ? i >= this.a : i <= this.a) sum += p;
    });
    return sum;
  }

  /**
   * Fisher's conditional limits: the lower solves P(A ≥ a) = α/2 (0 when a is the smallest
   * possible value), the upper P(A ≤ a) = α/2 (∞ when a is the largest). Brent's method on the
   * log odds ratio to 1e-13.
   */
  limits(tailProbability: number, start: number): { lower: number; upper: number } {
    const solve = (upper: boolean) => {
      const f = (l: number) => this.tail(l, upper) - tailProbability;
      const atStart = f(start);
      // P(A ≥ a) rises with the odds ratio; P(A ≤ a) falls.
      const direction = (atStart > 0) === upper ? -1 : 1;
      return Math.exp(findRootBeyond(f, start, atStart, direction));
    };
    return {
      lower: this.a === this.lo ? 0 : solve(true),
      upper: this.a === this.hi ? Infinity : solve(false),
    };
  }

  /** Two-sided p-value for an odds ratio of e^logOddsRatio (1 by default): outcomes no more likely than a (R's relErr 1e-7). */
  pValue(logOddsRatio = 0): number {
    const probabilities = this.probabilities(logOddsRatio);
    const bound = (probabilities[this.a - this.lo] ?? 0) * (1 + 1e-7);
    return Math.min(1, probabilities.reduce((sum, p) => (p <= bound ? sum + p : sum), 0));
  }
}
