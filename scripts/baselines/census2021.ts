import type { EmbeddedGroup } from "../../src/_internal/embeddedTable.js";
import { count, readCsv, type CsvFile } from "./csv.js";
import { checkParents, columnsAfter, GWENT_LAS, sumParts, wide, type BuiltTable, type Cells, type Column } from "./tables.js";

const CODE = "geography code";

/** Short names of the five Census 2021 high-level ethnic groups, by their published labels. */
export const ETHNIC_PARENTS: Readonly<Record<string, string>> = {
  "Asian, Asian British or Asian Welsh": "Asian",
  "Black, Black British, Black Welsh, Caribbean or African": "Black",
  "Mixed or Multiple ethnic groups": "Mixed",
  White: "White",
  "Other ethnic group": "Other",
};

const SEXES = ["Female", "Male"] as const;

/** Reads every Census 2021 table and builds the embedded tables, keyed by dimension. */
export function census2021(dataDir: string): { files: CsvFile[]; tables: Record<string, BuiltTable> } {
  const read = (file: string) => readCsv(dataDir, `census/${file}`);
  const ts009 = read("census2021_ts009_usual_residents_by_sex_LA_wales.csv");
  const ts008 = read("census2021_ts008_sex_LA_wales.csv");
  const ts007a = read("census2021_ts007a_age_5yr_bands_LA_wales.csv");
  const ts021 = read("census2021_ts021_ethnic_group_LA_wales.csv");
  const bySex = read("census2021_ethnic_group_19cat_by_sex_LA_ons_rounded5.csv");
  const ts030 = read("census2021_ts030_religion_LA_wales.csv");
  const ts038 = read("census2021_ts038_disability_7cat_LA_wales.csv");
  const ts077 = read("census2021_ts077_sexual_orientation_LA_wales_healthyr.csv");
  const ts033 = read("census2021_ts033_welsh_speaking_ability_LA_wales.csv");
  const ts032 = read("census2021_ts032_welsh_language_skills_LA_wales.csv");
  const gender = read("census2021_rm_gender_identity7_by_sexual_orientation4_LA_wales.csv");

  const t = (source: string, groups: readonly EmbeddedGroup[], cells: Cells): BuiltTable => ({ census: 2021, source, groups, cells });
  const groupsOf = (columns: readonly Column[]) => columns.map((c) => c.group);

  const total: Column[] = [{ column: "total_population", group: { group: "All usual residents" } }];
  const sex = columnsAfter(ts008, "Sex: ", ["Sex: All persons; measures: Value"]).map((c) => ({
    column: c.column,
    group: { group: c.group.group.replace(/; measures: Value$/, "") },
  }));
  const age = columnsAfter(ts007a, "Age: ", ["Age: Total"]).map((c) => ({ column: c.column, group: { ...c.group, ages: agesOf(c.group.group) } }));
  const ethnic = ethnicColumns(ts021);
  const religion = columnsAfter(ts030, "Religion: ", ["Religion: Total: All usual residents"]);
  const disability = hierarchy(ts038, "Disability: ", "Disability: Total: All usual residents");
  const speaking = columnsAfter(ts033, "Welsh speaking ability: ", [ts033.header[1] as string]);
  const skills = columnsAfter(ts032, "Welsh language skills: ", [ts032.header[1] as string]).map((c) => ({
    column: c.column,
    group: { ...c.group, categories: { group: c.group.group.startsWith("Can speak") ? "Can speak Welsh" : "Cannot speak Welsh" } },
  }));
  const detailedSex = ethnicBySex(bySex, ethnic.detailed);
  const parentsBySex = parentsInOrder(ethnic.detailed).flatMap((parent) =>
    SEXES.map((s) => ({
      group: { group: `${parent} (${s})`, categories: { ethnicity: parent, sex: s } },
      parts: detailedSex.groups.flatMap((g, i) => (g.categories?.["group"] === parent && g.categories?.["sex"] === s ? [i] : [])),
    })),
  );
  const genderIdentity = genderIdentityTables(gender);

  const ethnicCells = { parents: wide(ts021, CODE, ETHNIC_TOTAL, ethnic.parents), detailed: wide(ts021, CODE, ETHNIC_TOTAL, ethnic.detailed) };
  checkParents(ts021.file, groupsOf(ethnic.parents), ethnicCells.parents, groupsOf(ethnic.detailed), ethnicCells.detailed);
  const disabilityCells = { parents: wide(ts038, CODE, disability.total, disability.parents), children: wide(ts038, CODE, disability.total, disability.children) };
  checkParents(ts038.file, groupsOf(disability.parents), disabilityCells.parents, groupsOf(disability.children), disabilityCells.children);

  const tables: Record<string, BuiltTable> = {
    total: t("ts009", groupsOf(total), wide(ts009, "ltla21_code", "total_population", total)),
    sex: t("ts008", groupsOf(sex), wide(ts008, CODE, "Sex: All persons; measures: Value", sex)),
    age: t("ts007a", groupsOf(age), wide(ts007a, CODE, "Age: Total", age)),
    ethnicity: t("ts021", groupsOf(ethnic.parents), ethnicCells.parents),
    "ethnicity-detailed": t("ts021", groupsOf(ethnic.detailed), ethnicCells.detailed),
    "ethnicity-sex": t(
      "ethnicSex",
      parentsBySex.map((p) => p.group),
      sumParts(detailedSex.cells, parentsBySex.map((p) => p.parts), (row) => row[0] as number),
    ),
    "ethnicity-detailed-sex": t("ethnicSex", detailedSex.groups, detailedSex.cells),
    religion: t("ts030", groupsOf(religion), wide(ts030, CODE, "Religion: Total: All usual residents", religion)),
    disability: t("ts038", groupsOf(disability.parents), disabilityCells.parents),
    "disability-detailed": t("ts038", groupsOf(disability.children), disabilityCells.children),
    "sexual-orientation": t("ts077", ...longTable(ts077)),
    "welsh-language": t("ts033", groupsOf(speaking), wide(ts033, CODE, ts033.header[1] as string, speaking)),
    "welsh-language-detailed": t("ts032", groupsOf(skills), wide(ts032, CODE, ts032.header[1] as string, skills)),
    "gender-identity": t("genderIdentity", genderIdentity.top.groups, genderIdentity.top.cells),
    "gender-identity-detailed": t("genderIdentity", genderIdentity.detailed.groups, genderIdentity.detailed.cells),
  };
  return { files: [ts009, ts008, ts007a, ts021, bySex, ts030, ts038, ts077, ts033, ts032, gender], tables };
}

const ETHNIC_TOTAL = "Ethnic group: Total: All usual residents";

function parentsInOrder(detailed: readonly Column[]): string[] {
  return [...new Set(detailed.map((c) => c.group.categories?.["group"] as string))];
}

/** "Aged 4 years and under" → 0–4, "Aged 5 to 9 years" → 5–9, "Aged 85 years and over" → 85–null. */
export function agesOf(label: string): { from: number; to: number | null } {
  const under = /^Aged (\d+) years and under$/.exec(label);
  if (under) return { from: 0, to: Number(under[1]) };
  const band = /^Aged (\d+) to (\d+) years$/.exec(label);
  if (band) return { from: Number(band[1]), to: Number(band[2]) };
  const over = /^Aged (\d+) years and over$/.exec(label);
  if (over) return { from: Number(over[1]), to: null };
  throw new Error(`Unrecognised age band ${JSON.stringify(label)}`);
}

/** TS021's five parents (one colon after the topic) and 19 children (two), labelled without prefixes. */
function ethnicColumns(csv: CsvFile): { parents: Column[]; detailed: Column[] } {
  const parents: Column[] = [];
  const detailed: Column[] = [];
  for (const column of csv.header) {
    if (!column.startsWith("Ethnic group: ") || column === ETHNIC_TOTAL) continue;
    const [parent, child, ...rest] = column.slice("Ethnic group: ".length).split(": ");
    const short = ETHNIC_PARENTS[parent as string];
    if (!short || rest.length > 0) throw new Error(`${csv.file}: unexpected column ${JSON.stringify(column)}`);
    if (child === undefined) parents.push({ column, group: { group: short } });
    else detailed.push({ column, group: { group: child, categories: { group: short } } });
  }
  if (parents.length !== 5 || detailed.length !== 19) throw new Error(`${csv.file}: expected 5 + 19 ethnic groups`);
  return { parents, detailed };
}

/** A two-level table such as TS038: parents "Topic: Parent" and children "Topic: Parent: Child". */
function hierarchy(csv: CsvFile, prefix: string, total: string) {
  const parents: Column[] = [];
  const children: Column[] = [];
  for (const column of csv.header) {
    if (!column.startsWith(prefix) || column === total) continue;
    const [parent, child] = column.slice(prefix.length).split(": ");
    if (child === undefined) parents.push({ column, group: { group: parent as string } });
    else children.push({ column, group: { group: child, categories: { group: parent as string } } });
  }
  return { total, parents, children };
}

/** The rounded ethnic group × sex cells, in TS021's order of groups, Female then Male within each. */
function ethnicBySex(csv: CsvFile, detailed: readonly Column[]): { groups: EmbeddedGroup[]; cells: Cells } {
  const groups = detailed.flatMap((c) =>
    SEXES.map((s) => ({ group: `${c.group.group} (${s})`, categories: { group: c.group.categories?.["group"] as string, ethnicity: c.group.group, sex: s } })),
  );
  const columns = detailed.map((c) => c.column.slice("Ethnic group: ".length));
  for (const column of columns) if (!csv.header.includes(column)) throw new Error(`${csv.file}: no column ${JSON.stringify(column)}`);
  const cells: Cells = {};
  for (const code of GWENT_LAS) {
    const rows = SEXES.map((s) => {
      const found = csv.rows.filter((r) => r["Geography Code"] === code && r["Sex"] === s);
      if (found.length !== 1) throw new Error(`${csv.file}: expected one ${s} row for ${code}`);
      return found[0] as Record<string, string>;
    });
    const values = columns.flatMap((column) =>
      rows.map((row) => {
        const text = (row[column] ?? "").trim();
        return text === "" || text === "c" ? null : count(csv, row, column);
      }),
    );
    cells[code] = [values.reduce<number>((a, b) => a + (b ?? 0), 0), ...values];
  }
  return { groups, cells };
}

/** A long table (area, total, category, n) such as the TS077 copy, in order of first appearance. */
function longTable(csv: CsvFile): [EmbeddedGroup[], Cells] {
  const labels = [...new Set(csv.rows.map((r) => r["sexual_orientation"] as string))];
  const cells: Cells = {};
  for (const code of GWENT_LAS) {
    const rows = csv.rows.filter((r) => r["ltla21_code"] === code);
    const totals = new Set(rows.map((r) => count(csv, r, "total_residents")));
    if (totals.size !== 1 || rows.length !== labels.length) throw new Error(`${csv.file}: inconsistent rows for ${code}`);
    const values = labels.map((label) => count(csv, rows.find((r) => r["sexual_orientation"] === label) as Record<string, string>, "n"));
    const total = [...totals][0] as number;
    if (values.reduce((a, b) => a + b, 0) !== total) throw new Error(`${csv.file}: ${code} categories do not sum to the total`);
    cells[code] = [total, ...values];
  }
  return [labels.map((group) => ({ group })), cells];
}

const SAME = "Gender identity the same as sex registered at birth";
const DIFFERENT = "Gender identity different from sex registered at birth";
const NOT_ANSWERED = "Not answered";

/** Gender identity (7 categories) summed over sexual orientation; top level: same, different, not answered. */
function genderIdentityTables(csv: CsvFile) {
  const identity = "Gender identity (7 categories)";
  const labels = [...new Set(csv.rows.map((r) => r[identity] as string))].filter((label) => label !== "Does not apply");
  const parentOf = (label: string) => (label === SAME || label === NOT_ANSWERED ? label : DIFFERENT);
  const cells: Cells = {};
  for (const code of GWENT_LAS) {
    const rows = csv.rows.filter((r) => r["Lower tier local authorities Code"] === code);
    const notApplicable = rows.filter((r) => r[identity] === "Does not apply").reduce((a, r) => a + count(csv, r, "Observation"), 0);
    if (notApplicable !== 0) throw new Error(`${csv.file}: ${code} has ${notApplicable} people in "Does not apply"`);
    const values = labels.map((label) => rows.filter((r) => r[identity] === label).reduce((a, r) => a + count(csv, r, "Observation"), 0));
    cells[code] = [values.reduce((a, b) => a + b, 0), ...values];
  }
  const detailed = { groups: labels.map((label) => ({ group: label, categories: { group: parentOf(label) } })), cells };
  const parents = [SAME, DIFFERENT, NOT_ANSWERED];
  const parts = parents.map((parent) => labels.flatMap((label, i) => (parentOf(label) === parent ? [i] : [])));
  const top = { groups: parents.map((group) => ({ group })), cells: sumParts(cells, parts, (row) => row[0] as number) };
  return { detailed, top };
}
