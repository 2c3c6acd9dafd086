#!/usr/bin/env node
// The `disproportionality` command (built to dist/cli.js): runs runCli with the process's streams.
import { packageRoot } from "./packageRoot.js";
import { runCli } from "./runCli.js";

const { version } = packageRoot();

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
}, version);
