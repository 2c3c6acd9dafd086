// Seeded coverage simulation: how often does each 95% interval contain the true value?
// Run with `npm run bench:coverage`. Writes bench/results/interval-coverage.json and replaces
// the table between the coverage markers in docs/methods/intervals.md. Not a test: it reports.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { proportion, rate, rateRatio, riskDifference, riskRatio } from "../src/index.js";
import { binomialDraw, poissonDraw, seededRandom } from "./_random.js";

const REPLICATES = Number(process.env["COVERAGE_REPLICATES"] ?? 50000);
const SEED = 20261122;
const LEVEL = 0.95;

interface Row {
  family: string;
  scenario: string;
  coverage: Record<string, number>;
}

function simulate<T>(draw: (random: () => number) => T, methods: Record<string, (sample: T) => boolean>, seed: number) {
  const random = seededRandom(seed);
  const hits = Object.fromEntries(Object.keys(methods).map((m) => [m, 0]));
  for (let i = 0; i < REPLICATES; i++) {
    const sample = draw(random);
    for (const [name, covers] of Object.entries(methods)) if (covers(sample)) hits[name]! += 1;
  }
  return Object.fromEntries(Object.entries(hits).map(([m, h]) => [m, h / REPLICATES]));
}

const contains = (x: { lower: number; upper: number }, truth: number) => x.lower <= truth && truth <= x.upper;
const rows: Row[] = [];
let seed = SEED;

for (const mean of [1, 2, 5, 10, 20, 50, 100, 200]) {
  const population = 1000;
  const truth = (mean / population) * 1000;
  const methods = Object.fromEntries(
    (["auto", "exact", "byar", "wald"] as const).map((method) => [method, (x: number) => contains(rate(x, population, { method, level: LEVEL }), truth)]),
  );
  rows.push({ family: "rate", scenario: `expected count ${mean}`, coverage: simulate((r) => poissonDraw(r, mean), methods, seed++) });
}

for (const [n, p] of [[20, 0.05], [20, 0.3], [100, 0.02], [100, 0.1], [100, 0.5], [500, 0.01]] as const) {
  const methods = Object.fromEntries(
    (["wilson", "exact", "jeffreys", "agresti-coull", "wald"] as const).map((method) => [method, (x: number) => contains(proportion(x, n, { method, level: LEVEL }), p)]),
  );
  rows.push({ family: "proportion", scenario: `n ${n}, p ${p}`, coverage: simulate((r) => binomialDraw(r, n, p), methods, seed++) });
}

for (const [mean0, ratio] of [[2, 1], [5, 1], [5, 3], [10, 2], [50, 1], [50, 2]] as const) {
  const methods = Object.fromEntries(
    (["exact", "mid-p", "wald"] as const).map((method) => [
      method,
      ([x1, x0]: [number, number]) => contains(rateRatio({ count: x1, population: 1000 }, { count: x0, population: 1000 }, { method, level: LEVEL }), ratio),
    ]),
  );
  const draw = (r: () => number): [number, number] => [poissonDraw(r, mean0 * ratio), poissonDraw(r, mean0)];
  rows.push({ family: "rateRatio", scenario: `reference mean ${mean0}, true ratio ${ratio}`, coverage: simulate(draw, methods, seed++) });
}

for (const [n, p0, ratio] of [[30, 0.1, 1], [30, 0.1, 3], [100, 0.05, 2], [100, 0.3, 1.5]] as const) {
  const group = (x: number) => ({ events: x, total: n });
  const methods = Object.fromEntries(
    (["miettinen-nurminen", "koopman", "katz"] as const).map((method) => [
      method,
      ([x1, x0]: [number, number]) => contains(riskRatio(group(x1), group(x0), { method, level: LEVEL }), ratio),
    ]),
  );
  const draw = (r: () => number): [number, number] => [binomialDraw(r, n, p0 * ratio), binomialDraw(r, n, p0)];
  rows.push({ family: "riskRatio", scenario: `n ${n} each, p₀ ${p0}, true ratio ${ratio}`, coverage: simulate(draw, methods, seed++) });
}

for (const [n, p1, p0] of [[30, 0.1, 0.1], [30, 0.3, 0.1], [100, 0.05, 0.02]] as const) {
  const group = (x: number) => ({ events: x, total: n });
  const methods = Object.fromEntries(
    (["newcombe", "wald"] as const).map((method) => [
      method,
      ([x1, x0]: [number, number]) => contains(riskDifference(group(x1), group(x0), { method, level: LEVEL }), p1 - p0),
    ]),
  );
  const draw = (r: () => number): [number, number] => [binomialDraw(r, n, p1), binomialDraw(r, n, p0)];
  rows.push({ family: "riskDifference", scenario: `n ${n} each, p₁ ${p1}, p₀ ${p0}`, coverage: simulate(draw, methods, seed++) });
}

const standardError = Math.sqrt((LEVEL * (1 - LEVEL)) / REPLICATES);
const table = [
  `Nominal level ${LEVEL}; ${REPLICATES.toLocaleString("en-GB")} seeded replicates per scenario (seed ${SEED}); Monte Carlo standard error ≈ ${standardError.toFixed(4)}.`,
  "Coverage is the share of replicates whose interval contains the true value; the method named is the one requested (fallbacks included).",
  "",
  ...["rate", "proportion", "rateRatio", "riskRatio", "riskDifference"].flatMap((family) => {
    const familyRows = rows.filter((r) => r.family === family);
    const methods = Object.keys(familyRows[0]!.coverage);
    return [
      `**${family}**`,
      "",
      `| scenario | ${methods.join(" | ")} |`,
      `|---|${methods.map(() => "---:").join("|")}|`,
      ...familyRows.map((r) => `| ${r.scenario} | ${methods.map((m) => r.coverage[m]!.toFixed(3)).join(" | ")} |`),
      "",
    ];
  }),
].join("\n");

const root = join(import.meta.dirname, "..");
writeFileSync(join(root, "bench", "results", "interval-coverage.json"), JSON.stringify({ level: LEVEL, replicates: REPLICATES, seed: SEED, rows }, null, 2) + "\n");
const docPath = join(root, "docs", "methods", "intervals.md");
const doc = readFileSync(docPath, "utf8");
const marked = /<!-- coverage:start -->[\s\S]*<!-- coverage:end -->/;
if (!marked.test(doc)) throw new Error("docs/methods/intervals.md lacks the coverage markers");
writeFileSync(docPath, doc.replace(marked, `<!-- coverage:start -->\n${table}\n<!-- coverage:end -->`));
console.log(table);
