import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Benches run only with `vitest bench`; `vitest run` never picks them up.
    benchmark: { include: ["bench/**/*.bench.ts"] },
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results.json" }]] : ["default"],
  },
});
