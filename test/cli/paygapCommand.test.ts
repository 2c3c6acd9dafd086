import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PAYGAP_HELP } from "../../src/cli/paygapCommand.js";
import { runCliCaptured as run } from "../_helpers/runCliCaptured.js";
import { SHARED_DATA } from "../_helpers/sharedData.js";

const REPO = join(import.meta.dirname, "..", "..");
const HR = join(REPO, "data", "synthetic", "hr.csv");
const POLICE = join(SHARED_DATA, "gender-pay-gap", "gpg_employers_named_police_2017-18_to_2022-23_EXTRACT.csv");
const SERVICE_HEADER = "EmployerName,EmployerId,Address,PostCode,CompanyNumber,SicCodes,DiffMeanHourlyPercent,DiffMedianHourlyPercent,DiffMeanBonusPercent,DiffMedianBonusPercent,MaleBonusPercent,FemaleBonusPercent,MaleLowerQuartile,FemaleLowerQuartile,MaleLowerMiddleQuartile,FemaleLowerMiddleQuartile,MaleUpperMiddleQuartile,FemaleUpperMiddleQuartile,MaleTopQuartile,FemaleTopQuartile,CompanyLinkToGPGInfo,ResponsiblePerson,EmployerSize,CurrentName,SubmittedAfterTheDeadline,DueDate,DateSubmitted";

/** The CSV output as figure → the cells of each column. */
function csvFigures(stdout: string): { columns: string[]; figures: Record<string, string[]> } {
  const [header, ...lines] = stdout.trimEnd().split("\n");
  return { columns: (header as string).split(","), figures: Object.fromEntries(lines.map((l) => { const [k, ...v] = l.split(","); return [k as string, v]; })) };
}

let dir: string;
let twoSnapshots: string;
let oneEmployer: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cli-paygap-"));
  twoSnapshots = join(dir, "hr-two-snapshots.csv");
  await writeFile(twoSnapshots, [
    "employee_id,sex,hourly_pay,snapshot_date",
    "A1,Male,20,2023-03-31", "A2,Female,15,2023-03-31",
    "B1,Male,20,2024-03-31", "B2,Female,10,2024-03-31", "B3,Female,10,2024-03-31",
  ].join("\n"));
  oneEmployer = join(dir, "one-employer.csv");
  const row = (due: string, mean: string) => `"Example Constabulary","1","1 High St","NP20 1AA","","1","${mean}","12.9","-56.00","0","1.5","1.1","40","60","45","55","55","45","70","30","","","1000 to 4999","Example Constabulary","FALSE","${due}","2020/03/24 12:03:15"`;
  await writeFile(oneEmployer, `${[SERVICE_HEADER, row("31/03/2020 00:00:00", "8.7"), row("31/03/2021 00:00:00", "7.25")].join("\n")}\n`);
});

describe("paygap on the synthetic Gwent-sized HR extract", () => {
  // The figures docs/paygap.md prints for this extract (31 March 2024 snapshot), asserted with an
  // independent computation of the mean gap in test/paygap/genderPayGap.synthetic.test.ts.
  it("prints the six figures to one decimal, with the snapshot found in the extract", async () => {
    const { code, stdout, stderr } = await run(["paygap", HR, "--schema", "hr"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(/^figure +2024-03-31$/);
    const value = (label: string) => lines.find((l) => l.startsWith(`${label} (%)`))?.split(/ +/).at(-1);
    expect(["mean hourly pay gap", "median hourly pay gap", "mean bonus gap", "median bonus gap"].map(value)).toEqual(["5.0", "6.2", "-19.7", "-33.3"]);
    expect(["men paid a bonus", "women paid a bonus"].map(value)).toEqual(["3.1", "2.7"]);
    expect(["lower quartile: women", "lower middle quartile: women", "upper middle quartile: women", "top quartile: women"].map(value)).toEqual(["57.2", "42.8", "45.5", "43.0"]);
    expect(["lower quartile: men", "top quartile: men"].map(value)).toEqual(["42.8", "57.0"]);
    expect(stdout).toContain("Read 1 file as hr: 2,413 rows read, 2,411 accepted, 2 rejected.\n");
    expect(stdout).toContain("on full pay: 1,042 men, 929 women.\n");
    expect(stdout).toContain("Note: 22 relevant employee(s) recorded as Other (0) or Unknown (22) sex are in no figure");
    expect(await run(["paygap", HR, "--schema", "hr", "--snapshot", "2024-03-31"])).toEqual({ code, stdout, stderr });
  });

  it("gives the mean hourly gap a direct computation from the CSV gives, unrounded in CSV and JSON", async () => {
    // Plain parse: officers, staff and PCSOs (and others not special or volunteer) in post on
    // 31 March 2024, men and women on full pay; the two planted bad rows skipped.
    const lines = readFileSync(HR, "utf8").split(/\r?\n/).slice(1).filter((l) => l !== "");
    const pay: Record<string, number[]> = { Male: [], Female: [] };
    for (const line of lines) {
      const f = line.replace(/"[^"]*"/g, "x").split(",");
      if (f.length !== 17 || !/^\d\d\/\d\d\/\d{4}$|^$/.test(f[13] as string)) continue;
      const [type, sex, hourly, full, left] = [f[1] as string, f[3] as string, f[10] as string, f[12] as string, f[14] as string];
      if (/special|volunteer/i.test(type) || (left !== "" && left <= "2024-03-31") || hourly === "" || full === "N" || !(sex in pay)) continue;
      pay[sex]?.push(Number(hourly.replace(/[£,]/g, "")));
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const direct = ((mean(pay["Male"] as number[]) - mean(pay["Female"] as number[])) / mean(pay["Male"] as number[])) * 100;
    expect([pay["Male"]?.length, pay["Female"]?.length]).toEqual([1042, 929]);
    const csv = csvFigures((await run(["paygap", HR, "-s", "hr", "--format", "csv"])).stdout);
    expect(csv.columns).toEqual(["figure", "2024-03-31"]);
    expect(Object.keys(csv.figures)).toHaveLength(14);
    expect(Number(csv.figures["mean_hourly_gap"]?.[0])).toBeCloseTo(direct, 10);
    const json = JSON.parse((await run(["paygap", HR, "-s", "hr", "--format", "json"])).stdout);
    expect(json.result.meanHourlyGap).toBeCloseTo(direct, 10);
    expect(json.reports[0].figures.mean_hourly_gap).toBe(json.result.meanHourlyGap);
    expect(json).toMatchObject({ command: "paygap", schema: "hr", read: { rowsRead: 2413, accepted: 2411, rejected: 2 }, result: { regulation: "SI 2017/353", snapshotDate: "2024-03-31" } });
  });

  it("writes Markdown with a caption and the notes", async () => {
    const { stdout } = await run(["paygap", HR, "-s", "hr", "--format", "markdown"]);
    expect(stdout).toMatch(/^Gender pay gap figures\n\n\| figure \| 2024-03-31 \|\n/);
    expect(stdout).toContain("| mean hourly pay gap (%) | 5.0 |\n");
    expect(stdout).toContain("\n\nRead 1 file as hr: 2,413 rows read");
  });

  it("needs --snapshot when the extract holds several snapshot dates, and keeps that date's records", async () => {
    expect(await run(["paygap", twoSnapshots, "-s", "hr"])).toEqual({
      code: 2, stdout: "",
      stderr: 'disproportionality paygap: the extract holds several snapshot dates (2023-03-31, 2024-03-31); pick one with --snapshot\nRun "disproportionality paygap --help" for usage.\n',
    });
    const csv = csvFigures((await run(["paygap", twoSnapshots, "-s", "hr", "--snapshot", "2024-03-31", "--format", "csv"])).stdout);
    expect(csv.figures["mean_hourly_gap"]).toEqual(["50"]); // (20 − 10) / 20
    const older = csvFigures((await run(["paygap", twoSnapshots, "-s", "hr", "--snapshot", "2023-03-31", "--format", "csv"])).stdout);
    expect(older.figures["mean_hourly_gap"]).toEqual(["25"]); // (20 − 15) / 20
    const none = await run(["paygap", twoSnapshots, "-s", "hr", "--snapshot", "2022-03-31"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('disproportionality paygap: --snapshot 2022-03-31 matches no record: the extract\'s snapshot dates are 2023-03-31, 2024-03-31\nRun "disproportionality paygap --help" for usage.\n');
  });
});

describe("paygap on GOV.UK gender pay gap service downloads", () => {
  it("prints one employer's reports, a column per reporting year, without --employer when the file holds one", async () => {
    const { code, stdout } = await run(["paygap", oneEmployer, "-s", "gender-pay-gap-service", "--format", "csv"]);
    expect(code).toBe(0);
    const csv = csvFigures(stdout);
    expect(csv.columns).toEqual(["figure", "2019-20", "2020-21"]);
    expect(csv.figures["mean_hourly_gap"]).toEqual(["8.7", "7.25"]);
    expect(csv.figures["mean_bonus_gap"]).toEqual(["-56", "-56"]);
    expect(csv.figures["female_top_quartile"]).toEqual(["30", "30"]);
    const text = await run(["paygap", oneEmployer, "-s", "gender-pay-gap-service", "--snapshot", "2020-03-31"]);
    expect(text.stdout.split("\n")[0]).toMatch(/^figure +2020-21$/);
    expect(text.stdout).toContain("Example Constabulary: 1 report as published on the GOV.UK gender pay gap service");
  });

  const shared = existsSync(POLICE) ? it : it.skip;
  shared("finds Gwent Police by name and prints the figures Python's csv module reads for each year", async () => {
    // fixtures/paygap/gender-pay-gap-service.json: the same file read by Python's csv module.
    const python = JSON.parse(readFileSync(join(REPO, "fixtures", "paygap", "gender-pay-gap-service.json"), "utf8")) as { files: { file: string; employers: Record<string, string | number | null>[] }[] };
    const gwent = python.files.find((f) => f.file.startsWith("gpg_employers_named_police"))?.employers.filter((e) => e["employerName"] === "Gwent Police") ?? [];
    expect(gwent).toHaveLength(6);
    for (const name of ["Gwent Police", "gwent"]) {
      const { code, stdout } = await run(["paygap", POLICE, "-s", "gender-pay-gap-service", "--employer", name, "--format", "csv"]);
      expect(code).toBe(0);
      const csv = csvFigures(stdout);
      expect(csv.columns.slice(1)).toEqual(gwent.map((e) => e["reportingYear"]));
      expect(csv.figures["mean_hourly_gap"]?.map(Number)).toEqual(gwent.map((e) => e["DiffMeanHourlyPercent"]));
      expect(csv.figures["median_bonus_gap"]?.map(Number)).toEqual(gwent.map((e) => e["DiffMedianBonusPercent"]));
      expect(csv.figures["female_top_quartile"]?.map(Number)).toEqual(gwent.map((e) => e["FemaleTopQuartile"]));
    }
  });

  shared("lists the matches of an ambiguous --employer, and asks for one when the file holds many", async () => {
    const ambiguous = await run(["paygap", POLICE, "-s", "gender-pay-gap-service", "--employer", "wales"]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/^disproportionality paygap: --employer "wales" matches \d+ employers: .*North Wales Police.*; .*South Wales Police.*\n/);
    const none = await run(["paygap", POLICE, "-s", "gender-pay-gap-service", "--employer", "Atlantis Constabulary"]);
    expect(none.stderr).toBe('disproportionality paygap: --employer "Atlantis Constabulary" matches no employer in the file\nRun "disproportionality paygap --help" for usage.\n');
    const many = await run(["paygap", POLICE, "-s", "gender-pay-gap-service"]);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/^disproportionality paygap: the file holds \d+ employers; pick one with --employer NAME\n/);
    const year = await run(["paygap", POLICE, "-s", "gender-pay-gap-service", "--employer", "gwent police", "--snapshot", "2010-03-31"]);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain("--snapshot 2010-03-31 (reporting year 2010-11) matches no report of Gwent Police: its reporting years are 2017-18, 2018-19, 2019-20, 2020-21, 2021-22, 2022-23\n");
  });
});

describe("help, progress, failures and usage errors", () => {
  it("prints --help and lists the command in the top-level help", async () => {
    expect(await run(["paygap", "--help"])).toEqual({ code: 0, stdout: PAYGAP_HELP, stderr: "" });
    expect((await run(["--help"])).stdout).toContain("  paygap PATH --schema SCHEMA");
  });

  it("draws a progress bar on stderr only when it is a terminal", async () => {
    const tty = await run(["paygap", twoSnapshots, "-s", "hr", "--snapshot", "2024-03-31"], true);
    expect(tty.stderr).toMatch(/^\rpaygap \[[#-]+\] +\d+%  \d+ rows/);
    expect(tty.stderr.endsWith("100%  5 rows\r\x1b[2K")).toBe(true);
    expect((await run(["paygap", twoSnapshots, "-s", "hr", "--snapshot", "2024-03-31"])).stderr).toBe("");
  });

  it("exits 1 for a missing path", async () => {
    const missing = join(dir, "missing.csv");
    expect(await run(["paygap", missing, "-s", "hr"])).toEqual({ code: 1, stdout: "", stderr: `disproportionality paygap: PATH must name files or folders that exist; received ${JSON.stringify(missing)}\n` });
  });

  const usage = (message: string) => `disproportionality paygap: ${message}\nRun "disproportionality paygap --help" for usage.\n`;
  it.each([
    [["--frob"], "unknown option --frob"],
    [["HR"], "give one PATH; received 2"],
    [["-s"], "option '-s, --schema <value>' argument missing"],
    [[], "--schema is required: hr or gender-pay-gap-service"],
    [["-s", "custody"], '--schema must be hr or gender-pay-gap-service; received "custody"'],
    [["-s", "hr", "--snapshot", "2024-02-30"], '--snapshot must be a calendar date written YYYY-MM-DD; received "2024-02-30"'],
    [["-s", "hr", "--snapshot", "31/03/2024"], '--snapshot must be a calendar date written YYYY-MM-DD; received "31/03/2024"'],
    [["-s", "hr", "--employer", "Gwent Police"], "--employer applies to --schema gender-pay-gap-service only"],
    [["-s", "hr", "--format", "xlsx"], '--format must be text, csv, markdown or json; received "xlsx"'],
  ])("exits 2 for %j", async (args, message) => {
    const { code, stdout, stderr } = await run(["paygap", HR, ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(usage(message));
  });

  it("exits 2 without a PATH", async () => {
    expect(await run(["paygap", "-s", "hr"])).toEqual({ code: 2, stdout: "", stderr: usage("give one PATH (a CSV file or a folder)") });
  });
});
