import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CHECK_HELP } from "../../src/cli/checkCommand.js";
import { runCliCaptured as run } from "../_helpers/runCliCaptured.js";
import { readExtract } from "../../src/node/readExtract.js";

const DEMO = join(import.meta.dirname, "..", "..", "data", "police-uk", "stop-search");
const HEADER = "Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing";
const GOOD = "Person search,2019-04-01T10:00:00+00:00,,,51.58,-2.99,Male,18-24,White - Irish,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,,";
const BAD_DATE = "Person search,not a date,,,,,Male,18-24,White - Irish,,,,,,";

let dir: string;
let bad: string;
let many: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cli-check-"));
  bad = join(dir, "bad.csv");
  // line 2 good, 3 bad date, 4 unrecognised ethnicity (kept), 5 short row, 6 blank, 7 good
  await writeFile(bad, [HEADER, GOOD, BAD_DATE, "Person search,2019-04-02T10:00:00+00:00,,,,,Male,18-24,Martian,,,,,,", "Vehicle search,2019-04-03T10:00:00+00:00,,", "", GOOD, ""].join("\n"));
  many = join(dir, "many.csv");
  await writeFile(many, [HEADER, ...Array.from({ length: 53 }, () => BAD_DATE), GOOD, ""].join("\n"));
});

describe("check on the demo data", () => {
  it("reads the 12,675 Gwent stop-search rows with no rejects and exits 0", async () => {
    const { code, stdout, stderr } = await run(["check", DEMO, "--schema", "police-uk-stop-search"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("  rows read    12,675\n  accepted     12,675\n  rejected     0 (0.00%)\n");
    expect(stdout).toContain("Reject ledger: no rejected rows\n");
    expect(stdout).toMatch(/^Checked 35 files as police-uk-stop-search\n/);
  });

  it("prints as JSON the same summary as readExtract", async () => {
    const { code, stdout } = await run(["check", DEMO, "-s", "police-uk-stop-search", "--json"]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    const { summary, rejects } = await readExtract(DEMO, "police-uk-stop-search");
    expect(parsed.summary).toEqual(JSON.parse(JSON.stringify(summary)));
    expect(parsed.rejects).toEqual(rejects);
    expect(parsed).toMatchObject({ command: "check", schema: "police-uk-stop-search", paths: [DEMO], rejectRate: 0, maxRejectRate: null, passed: true });
  });
});

describe("check on a file with bad rows", () => {
  it("prints the summary, the exact ledger lines and the unrecognised codes, and exits 0 without a maximum", async () => {
    const { code, stdout, stderr } = await run(["check", bad, "--schema", "police-uk-stop-search"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe([
      "Checked 1 file as police-uk-stop-search",
      "  rows read    5",
      "  accepted     3",
      "  rejected     2 (40.00%)",
      "  blank lines  1",
      "  encodings    utf-8 (1)",
      "",
      "Reject ledger (2 rows):",
      `  ${bad}:3  Date  not a date (iso, uk)  "not a date"`,
      `  ${bad}:5  -  expected 15 fields, found 4`,
      "",
      "Unrecognised codes (read as Unknown):",
      '  ethnicity: "Martian" ×1',
      "",
    ].join("\n"));
  });

  it("exits 3 when the reject rate is above --max-reject-rate, 0 when at or below it", async () => {
    const over = await run(["check", bad, "--schema", "police-uk-stop-search", "--max-reject-rate", "0.1"]);
    expect(over.code).toBe(3);
    expect(over.stderr).toBe("disproportionality check: 40.00% of rows rejected, above --max-reject-rate 0.1\n");
    expect(over.stdout).toContain("Reject ledger (2 rows):");
    expect((await run(["check", bad, "--schema", "police-uk-stop-search", "--max-reject-rate", "0.4"])).code).toBe(0);
    const json = await run(["check", bad, "--schema", "police-uk-stop-search", "--max-reject-rate", "0", "--json"]);
    expect(json.code).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ rejectRate: 0.4, maxRejectRate: 0, passed: false });
  });

  it("prints at most 50 ledger lines, then how many more (all of them in JSON)", async () => {
    const { stdout } = await run(["check", many, "--schema", "police-uk-stop-search"]);
    const ledger = stdout.split("\n").filter((l) => l.startsWith(`  ${many}:`));
    expect(ledger).toHaveLength(50);
    expect(ledger[49]).toBe(`  ${many}:51  Date  not a date (iso, uk)  "not a date"`);
    expect(stdout).toContain("Reject ledger (53 rows):");
    expect(stdout).toContain(`:51  Date  not a date (iso, uk)  "not a date"\n  … 3 more\n`);
    expect(JSON.parse((await run(["check", many, "--schema", "police-uk-stop-search", "--json"])).stdout).rejects).toHaveLength(53);
  });

  it("reads several paths together", async () => {
    const { stdout } = await run(["check", bad, many, "--schema", "police-uk-stop-search"]);
    expect(stdout).toMatch(/^Checked 2 files as police-uk-stop-search\n  rows read    59\n/);
  });
});

describe("progress", () => {
  it("draws a bar on stderr only when it is a terminal", async () => {
    const tty = await run(["check", bad, "--schema", "police-uk-stop-search"], true);
    expect(tty.stderr).toMatch(/^\rcheck \[#+\] 100%  5 rows/);
    expect(tty.stderr.endsWith("\r\x1b[2K")).toBe(true);
    expect(tty.stdout).toBe((await run(["check", bad, "--schema", "police-uk-stop-search"])).stdout);
    expect((await run(["check", bad, "--schema", "police-uk-stop-search"], false)).stderr).toBe("");
  });
});

describe("failures and usage errors", () => {
  it("exits 1 for an unknown schema, naming the schemas", async () => {
    const { code, stdout, stderr } = await run(["check", bad, "--schema", "nope"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe('disproportionality check: --schema must be one of "police-uk-stop-search", "police-uk-street", "police-uk-outcomes", "incidents", "custody", "hr", "gender-pay-gap-service"; received "nope"\n');
  });

  it("exits 1 for a missing path", async () => {
    const missing = join(dir, "missing.csv");
    const { code, stderr } = await run(["check", missing, "--schema", "police-uk-stop-search"]);
    expect(code).toBe(1);
    expect(stderr).toBe(`disproportionality check: PATH must name files or folders that exist; received ${JSON.stringify(missing)}\n`);
  });

  it.each([
    [["check", "--frob"], "disproportionality check: unknown option --frob\nRun \"disproportionality check --help\" for usage.\n"],
    [["--frob"], "disproportionality: unknown option --frob\nRun \"disproportionality --help\" for usage.\n"],
    [["frob"], "disproportionality: unknown command \"frob\"\nRun \"disproportionality --help\" for usage.\n"],
    [["check", "--schema", "police-uk-stop-search"], "disproportionality check: give at least one PATH (a CSV file or a folder)\nRun \"disproportionality check --help\" for usage.\n"],
    [["check", "x.csv"], "disproportionality check: --schema is required\nRun \"disproportionality check --help\" for usage.\n"],
    [["check", "x.csv", "--schema"], "disproportionality check: option '-s, --schema <value>' argument missing\nRun \"disproportionality check --help\" for usage.\n"],
    [["check", "x.csv", "-s", "hr", "--max-reject-rate", "5%"], "disproportionality check: --max-reject-rate must be a fraction from 0 to 1; received \"5%\"\nRun \"disproportionality check --help\" for usage.\n"],
    [["check", "x.csv", "-s", "hr", "--max-reject-rate", "1.5"], "disproportionality check: --max-reject-rate must be a fraction from 0 to 1; received \"1.5\"\nRun \"disproportionality check --help\" for usage.\n"],
    [["check", "x.csv", "-s", "hr", "--max-reject-rate", " "], "disproportionality check: --max-reject-rate must be a fraction from 0 to 1; received \" \"\nRun \"disproportionality check --help\" for usage.\n"],
  ])("exits 2 for %j", async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(message);
  });

  it("exits 2 with the usage on stderr when given no arguments", async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^Usage: disproportionality COMMAND \[options\]\n/);
  });
});

describe("help and version", () => {
  it("prints the top-level help on stdout and exits 0", async () => {
    for (const flag of ["--help", "-h"]) {
      const { code, stdout, stderr } = await run([flag]);
      expect(code).toBe(0);
      expect(stderr).toBe("");
      expect(stdout).toMatch(/^Usage: disproportionality COMMAND \[options\]\n/);
      expect(stdout).toContain("  check PATH... --schema SCHEMA ");
      expect(stdout).toContain("Exit codes: 0 ok, 1 failure, 2 usage error, 3 rejected rows above --max-reject-rate.");
    }
  });

  it("prints check's help, listing every schema", async () => {
    const { code, stdout } = await run(["check", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toBe(CHECK_HELP);
    expect(stdout).toMatch(/^Usage: disproportionality check PATH\.\.\. --schema SCHEMA/);
    expect(stdout).toContain("police-uk-stop-search, police-uk-street, police-uk-outcomes, incidents, custody, hr, gender-pay-gap-service");
    expect((await run(["check", "x.csv", "-h"])).stdout).toBe(CHECK_HELP);
  });

  it("prints the version it is given", async () => {
    expect(await run(["--version"])).toEqual({ code: 0, stdout: "9.8.7\n", stderr: "" });
    expect((await run(["-v"])).stdout).toBe("9.8.7\n");
  });
});
