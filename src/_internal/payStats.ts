/** The mean of a non-empty array, summed with Neumaier's compensation. */
export function mean(values: readonly number[]): number {
  let sum = 0;
  let compensation = 0;
  for (const v of values) {
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return (sum + compensation) / values.length;
}

/** The median of a non-empty array (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The sample variance (divisor n − 1) of an array of at least two values, about a given mean. */
export function sampleVariance(values: readonly number[], centre: number): number {
  let sum = 0;
  for (const v of values) sum += (v - centre) * (v - centre);
  return sum / (values.length - 1);
}
