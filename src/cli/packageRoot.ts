import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The installed package's folder (where package.json, scrutiny.demo.json and data/ are), with its name and version. */
export function packageRoot(): { dir: string; name: string; version: string } {
  // dist/cli.js is one folder below package.json; src/cli/*.ts (tests) two.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const { name, version } = JSON.parse(readFileSync(file, "utf8")) as { name: string; version: string };
      if (name === "disproportionality") return { dir, name, version };
    }
    dir = dirname(dir);
  }
  throw new Error("the disproportionality package folder was not found above the command");
}
