import { zForLevel } from "./quantiles.js";

/** Sen's slope and its rank-based interval. */
export interface SenSlope {
  /** The median of the pairwise slopes. */
  readonly slope: number;
  /** The lower limit. */
  readonly lower: number;
  /** The upper limit. */
  readonly upper: number;
}

/** Rounds half to even, as numpy's `round`. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * The median of the slopes (x_j − x_i)/(t_j − t_i), i < j, with the interval of Sen (1968, eq. 2.6)
 * exactly as `scipy.stats.theilslopes`: C = z·√Var(S), lower = sorted slope at 0-based index
 * round((N − C)/2) − 1 and upper at round((N + C)/2), rounding half to even, clipped to [0, N − 1].
 * Times must be strictly increasing (no ties in t), so Var(S) is the Mann–Kendall variance.
 */
export function senSlope(values: readonly number[], times: readonly number[], variance: number, level: number): SenSlope {
  const slopes: number[] = [];
  for (let i = 0; i < values.length - 1; i++) {
    for (let j = i + 1; j < values.length; j++) {
      slopes.push(((values[j] as number) - (values[i] as number)) / ((times[j] as number) - (times[i] as number)));
    }
  }
  slopes.sort((a, b) => a - b);
  const count = slopes.length;
  const half = Math.floor(count / 2);
  const slope = count % 2 === 1 ? (slopes[half] as number) : ((slopes[half - 1] as number) + (slopes[half] as number)) / 2;
  const c = zForLevel(level) * Math.sqrt(variance);
  const upperIndex = Math.min(roundHalfEven((count + c) / 2), count - 1);
  const lowerIndex = Math.max(roundHalfEven((count - c) / 2) - 1, 0);
  return { slope, lower: slopes[lowerIndex] as number, upper: slopes[upperIndex] as number };
}
