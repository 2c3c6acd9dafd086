import type { ColumnSpec } from "../csv/types.js";
import type { EthnicGroup, Sex } from "../types.js";
import { ageBand, coded, selfDefinedEthnicity, sex, text } from "./csvFields.js";
import { DISABILITY } from "./recordCodes.js";

/** Disability status: `"Unknown"` for "prefer not to say", "not known" and blanks. */
export type Disability = "Disabled" | "Not disabled" | "Unknown";

/** The protected characteristics of one person, as the force-defined schemas record them. */
export interface PersonFields {
  ethnicity: EthnicGroup;
  ethnicityDetailed: string | null;
  sex: Sex;
  age: number | null;
  ageBand: string;
  disability: Disability;
  religion: string | null;
  sexualOrientation: string | null;
}

/** Snake-case header names for a characteristic: each prefix joined to each stem (`victim_sex`, `victim_gender`). */
export function headerNames(prefixes: readonly string[], stems: readonly string[]): string[] {
  return stems.flatMap((stem) => prefixes.map((prefix) => (prefix ? `${prefix}_${stem}` : stem)));
}

/**
 * The columns of one person's characteristics, keyed `<field><Suffix>` (e.g. `victimEthnicity`
 * for field prefix `victim`), all optional, with headers such as `victim_ethnicity`.
 */
export function personColumns(field: string, prefixes: readonly string[]): Record<string, ColumnSpec> {
  const names = (...stems: string[]) => headerNames(prefixes, stems);
  const key = (name: string) => (field ? `${field}${name[0]?.toUpperCase()}${name.slice(1)}` : name);
  const optional = { optional: true };
  return {
    [key("ethnicity")]: selfDefinedEthnicity(names("ethnicity", "self_defined_ethnicity", "ethnicity_code", "ethnic_group"), optional),
    [key("sex")]: sex(names("sex", "gender"), optional),
    [key("age")]: ageBand(names("age", "age_band", "age_group", "age_range"), optional),
    [key("disability")]: coded(names("disability", "disabled", "disability_status"), DISABILITY, optional),
    [key("religion")]: text(names("religion", "religion_or_belief", "faith"), optional),
    [key("sexualOrientation")]: text(names("sexual_orientation", "sexuality"), optional),
  };
}

/** The names of a role's person fields (`victimEthnicity` …; the plain names for no role), worked out once per role. */
const roleNames = new Map<string, Readonly<Record<keyof PersonFields, string>>>();

function namesOf(role: string): Readonly<Record<keyof PersonFields, string>> {
  let names = roleNames.get(role);
  if (names === undefined) {
    const key = (name: string) => (role ? `${role}${name[0]?.toUpperCase()}${name.slice(1)}` : name);
    const fields: (keyof PersonFields)[] = ["ethnicity", "ethnicityDetailed", "sex", "age", "ageBand", "disability", "religion", "sexualOrientation"];
    names = Object.freeze(Object.fromEntries(fields.map((field) => [field, key(field)])) as Record<keyof PersonFields, string>);
    roleNames.set(role, names);
  }
  return names;
}

/** Reads the values of {@link personColumns} into {@link PersonFields}. */
export function personFields(values: Readonly<Record<string, unknown>>, field: string): PersonFields {
  const names = namesOf(field);
  const ethnicity = values[names.ethnicity] as { ethnicity: EthnicGroup; ethnicityDetailed: string | null };
  const age = values[names.age] as { ageBand: string; age: number | null };
  return {
    ethnicity: ethnicity.ethnicity,
    ethnicityDetailed: ethnicity.ethnicityDetailed,
    sex: (values[names.sex] as { sex: Sex }).sex,
    age: age.age,
    ageBand: age.ageBand,
    disability: values[names.disability] as Disability,
    religion: values[names.religion] as string | null,
    sexualOrientation: values[names.sexualOrientation] as string | null,
  };
}

/** {@link PersonFields} with their names prefixed by a role: `victimEthnicity`, `victimSex`, … */
export type RoleFields<P extends string> = { [K in keyof PersonFields as `${P}${Capitalize<K>}`]: PersonFields[K] };

/** Reads the values of {@link personColumns} for a role into {@link RoleFields}. */
export function roleFields<P extends string>(values: Readonly<Record<string, unknown>>, role: P): RoleFields<P> {
  const names = namesOf(role);
  const person = personFields(values, role);
  const fields: Record<string, unknown> = {};
  for (const field in person) fields[names[field as keyof PersonFields]] = person[field as keyof PersonFields];
  return fields as RoleFields<P>;
}
