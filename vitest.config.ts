import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("./src/", import.meta.url));

export default defineConfig({
  // examples/ import the package by name, as users do; in tests that name is the source.
  resolve: {
    alias: [
      { find: /^disproportionality$/, replacement: `${src}index.ts` },
      { find: /^disproportionality\/(csv|node|arquero|duckdb)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Benches run only with `vitest bench`; `vitest run` never picks them up.
    benchmark: { include: ["bench/**/*.bench.ts"] },
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results.json" }]] : ["default"],
  },
});
