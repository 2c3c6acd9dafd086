import { defineConfig } from "tsup";

export default defineConfig({
  // cli: the `disproportionality` bin (package.json "bin"). countWorker: the worker that parallel counting starts from beside the node entry (not exported).
  entry: { index: "src/index.ts", csv: "src/csv/index.ts", node: "src/node/index.ts", arquero: "src/arquero/index.ts", duckdb: "src/duckdb/index.ts", countWorker: "src/_internal/countWorker.ts", cli: "src/cli/bin.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  // The ./node entry uses Node's built-ins; every other entry stays browser-safe. Optional peers stay external.
  external: [/^node:/, "arquero", "@duckdb/node-api"],
  tsconfig: "tsconfig.build.json",
});
