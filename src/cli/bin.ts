#!/usr/bin/env node
// The `disproportionality` command (built to dist/cli.js): runs runCli with the process's streams.
import { createRequire } from "node:module";
import { runCli } from "./runCli.js";

// dist/cli.js sits one folder below package.json.
const { version } = createRequire(import.meta.url)("../package.json") as { version: string };

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
}, version);
