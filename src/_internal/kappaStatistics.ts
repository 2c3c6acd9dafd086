/**
 * Cohen's kappa of a square table (rows one rater, columns the other) with the asymptotic
 * variances of Fleiss, Cohen & Everitt (1969): `variance` for the interval, `nullVariance` under
 * κ = 0 for the test. These are the formulas of statsmodels' `cohens_kappa` (simple kappa).
 * Needs n > 0 and expected agreement below 1.
 */
export function kappaStatistics(table: readonly (readonly number[])[]) {
  const k = table.length;
  const n = table.reduce((sum, row) => sum + row.reduce((s, x) => s + x, 0), 0);
  const p = table.map((row) => row.map((x) => x / n));
  const rows = p.map((row) => row.reduce((s, x) => s + x, 0));
  const cols = Array.from({ length: k }, (_, j) => p.reduce((s, row) => s + (row[j] as number), 0));
  const at = (i: number, j: number) => (p[i] as number[])[j] as number;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    observed += at(i, i);
    expected += (rows[i] as number) * (cols[i] as number);
  }
  const kappa = (observed - expected) / (1 - expected);
  let termA = 0;
  let termB = 0;
  let nullTerm = 0;
  for (let i = 0; i < k; i++) {
    const r = rows[i] as number;
    const c = cols[i] as number;
    termA += at(i, i) * (1 - (r + c) * (1 - kappa)) ** 2;
    nullTerm += r * c * (r + c);
    // Off-diagonal cells weigh (column total of the row's category + row total of the column's)².
    for (let j = 0; j < k; j++) if (j !== i) termB += at(i, j) * (c + (rows[j] as number)) ** 2;
  }
  const scale = (1 - expected) ** 2 * n;
  const variance = (termA + (1 - kappa) ** 2 * termB - (kappa - expected * (1 - kappa)) ** 2) / scale;
  const nullVariance = (expected + expected ** 2 - nullTerm) / scale;
  return { n, observed, expected, kappa, variance: Math.max(0, variance), nullVariance: Math.max(0, nullVariance) };
}
