import { runCli } from "../../src/cli/runCli.js";

/** Runs the command line (version "9.8.7") with its output captured: the exit code, stdout and stderr. */
export async function runCliCaptured(argv: string[], isTTY = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    argv,
    {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      isTTY,
    },
    "9.8.7",
  );
  return { code, stdout, stderr };
}
