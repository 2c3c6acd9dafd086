import { resolveArea, GWENT_LOCAL_AUTHORITIES, type AreaDefinition } from "../_internal/areas.js";
import type { EmbeddedGroup } from "../_internal/embeddedTable.js";
import { freezeResult } from "../_internal/freeze.js";
import { GWENT_TABLES, gwentTable } from "../_internal/gwentTables.js";
import { checkOptions } from "../_internal/validate.js";
import { sumCells, type CellPart } from "../_internal/sumCells.js";
import type { EmbeddedTable } from "../_internal/embeddedTable.js";
import type { Baseline, BaselineGroup, BaselineSource, BaselineVintage } from "./types.js";

/** The dimensions each census (or estimate) offers; see {@link gwentPopulation} for their tables. */
export interface GwentDimensions {
  /** Census 2021 (and WIMD 2019 deprivation with mid-2020 estimates). */
  2021:
    | "total" | "sex" | "age" | "ethnicity" | "ethnicity-detailed" | "ethnicity-sex" | "ethnicity-detailed-sex"
    | "religion" | "disability" | "disability-detailed" | "sexual-orientation" | "welsh-language"
    | "welsh-language-detailed" | "gender-identity" | "gender-identity-detailed" | "deprivation";
  /** Census 2011 (QS201EW). */
  2011: "total" | "ethnicity" | "ethnicity-detailed";
  /** ONS mid-2020 estimates (before the Census 2021 rebasing). */
  "mid-2020": "total" | "deprivation";
}

/** A Gwent area name or code: the force, an LPA (codes of our own) or one of the five local authorities. */
export type GwentAreaName =
  | "Gwent" | "W15000002" | "East LPA" | "GWENT-EAST" | "West LPA" | "GWENT-WEST" | "Blaenau Gwent" | "W06000019"
  | "Caerphilly" | "W06000018" | "Monmouthshire" | "W06000021" | "Newport" | "W06000022" | "Torfaen" | "W06000020";

/** Options for {@link gwentPopulation}. */
export interface GwentPopulationOptions<C extends BaselineVintage = 2021> {
  /** `2021` (default), `2011` or `"mid-2020"`. */
  readonly census?: C;
  /** An area name or code, case-insensitive (default `"Gwent"`); see {@link gwentAreas}. */
  readonly area?: GwentAreaName | (string & {});
  /** The dimension (default `"ethnicity"`, or `"total"` for `"mid-2020"`, which has no ethnicity). */
  readonly by?: GwentDimensions[C];
}

const FN = "gwentPopulation";
// Every dimension the types promise must exist in the embedded data (a compile-time check).
GWENT_TABLES satisfies { [C in BaselineVintage]: Record<GwentDimensions[C], unknown> };

/**
 * The embedded population of a Gwent area by one dimension, from the published ONS and Welsh
 * Government tables, with the table's own total and its provenance.
 *
 * @remarks
 * Census 2021 dimensions (`census: 2021`, all usual residents unless stated):
 * `"total"` (TS009, one group "All usual residents"), `"sex"` (TS008), `"age"` (TS007A five-year
 * bands with `ages`), `"ethnicity"` (TS021: Asian, Black, Mixed, White, Other),
 * `"ethnicity-detailed"` (TS021's 19 groups, parent in `categories.group`), `"ethnicity-sex"` and
 * `"ethnicity-detailed-sex"` (ONS ethnic group by age and sex: rounded to 5, with suppressed cells
 * as `population: null, suppressed: true`; a five-group cell is the sum of its published
 * children and names any suppressed child in `suppressedParts`),
 * `"religion"` (TS030), `"disability"` and `"disability-detailed"` (TS038), `"sexual-orientation"`
 * (TS077, aged 16+), `"welsh-language"` (TS033) and `"welsh-language-detailed"` (TS032, aged 3+),
 * `"gender-identity"` and `"gender-identity-detailed"` (an ONS multivariate table summed over sexual
 * orientation, aged 16+: no longer accredited official statistics since September 2024) and
 * `"deprivation"` (WIMD 2019 all-Wales quintiles Q1 most deprived … Q5, populated with ONS mid-2020
 * estimates for 2011 LSOAs, so its `census` is `"mid-2020"`). Census 2011 (`census: 2011`): `"total"`,
 * `"ethnicity"` and `"ethnicity-detailed"` from QS201EW, the denominators of Home Office stop and search
 * rates up to 2021/22. Mid-2020 estimates (`census: "mid-2020"`): `"total"` and `"deprivation"`.
 *
 * Figures for the LPAs and Gwent add the local authorities' cells. Where a part of a sum was
 * suppressed, the sum adds the published parts and names the missing ones in `suppressedParts`
 * (they are small, so the population is a slight undercount); a sum with no published part is
 * suppressed. Census 2021 tables are perturbed separately, so totals differ a little between
 * dimensions: use each baseline's own `total`. Every caveat is in `source.notes`; docs/baselines.md
 * describes each table.
 *
 * @param options - `census` (default 2021), `area` (default `"Gwent"`), `by` (default `"ethnicity"`;
 *   `"total"` for `"mid-2020"`)
 * @returns a frozen {@link Baseline}
 * @throws {@link ArgumentError} for an unknown census, area or dimension, or a dimension the census
 *   lacks; the message lists the valid ones
 *
 * @example
 * ```ts
 * const gwent = gwentPopulation();
 * gwent.total // => 587686
 * gwent.groups.map((g) => g.group) // => ["Asian", "Black", "Mixed", "White", "Other"]
 * gwentPopulation({ by: "total" }).total // => 587655
 * gwentPopulation({ area: "newport", by: "religion" }).groups.find((g) => g.group === "Muslim")?.population // => 11280
 * gwentPopulation({ census: 2011, area: "East LPA" }).area.code // => "GWENT-EAST"
 * gwentPopulation({ census: 2011, by: "total" }).total // => 576754
 * gwentPopulation({ by: "deprivation" }).groups[0]?.population // => 162025
 * gwentPopulation({ by: "ethnicity-sex" }).groups[6]?.suppressedParts // => ["Roma (Female) in Blaenau Gwent", "Roma (Female) in Monmouthshire"]
 * ```
 */
export function gwentPopulation<C extends BaselineVintage = 2021>(options?: GwentPopulationOptions<C>): Baseline {
  const opts = checkOptions(FN, options);
  const census = opts.census ?? 2021;
  const by = opts.by ?? (census === "mid-2020" ? "total" : "ethnicity");
  const table = gwentTable(FN, census, by);
  const area = resolveArea(FN, "options.area", opts.area ?? "Gwent");
  const lasOf = (code: string) => (area.localAuthorities.length > 1 ? ` in ${GWENT_LOCAL_AUTHORITIES[code as keyof typeof GWENT_LOCAL_AUTHORITIES]}` : "");
  // Each group is a sum of cells over the area's local authorities; a five-group × sex cell is
  // built from its detailed children so that a suppressed child can be named.
  const partsOf = (source: EmbeddedTable, indices: readonly number[]): CellPart[] =>
    area.localAuthorities.flatMap((code) =>
      indices.map((i) => ({ population: source.cells[code]?.[i + 1] ?? null, label: `${(source.groups[i] as EmbeddedGroup).group}${lasOf(code)}` })),
    );
  const detailed = by === "ethnicity-sex" ? GWENT_TABLES[2021]["ethnicity-detailed-sex"] : null;
  const groups = table.groups.map((group, i) => {
    const indices = detailed ? childrenOf(detailed, group) : [i];
    return toGroup(group, sumCells(partsOf(detailed ?? table, indices)));
  });
  const total = area.localAuthorities.reduce((sum, code) => sum + ((table.cells[code] as readonly (number | null)[])[0] as number), 0);
  return freezeResult({
    area: { code: area.code, name: area.name },
    census: table.census,
    dimension: by,
    groups,
    total,
    source: sourceFor(table.source, area),
  });
}

/** Indices of the detailed ethnic group × sex cells that make up a five-group × sex cell. */
function childrenOf(detailed: EmbeddedTable, parent: EmbeddedGroup): number[] {
  return detailed.groups.flatMap((child, j) =>
    child.categories?.["group"] === parent.categories?.["ethnicity"] && child.categories?.["sex"] === parent.categories?.["sex"] ? [j] : [],
  );
}

function toGroup({ group, categories, ages }: EmbeddedGroup, sum: Pick<BaselineGroup, "population" | "suppressed" | "suppressedParts">): BaselineGroup {
  return {
    group,
    ...sum,
    ...(categories ? { categories: { ...categories } } : {}),
    ...(ages ? { ages: { ...ages } } : {}),
  };
}

function sourceFor(source: BaselineSource, area: AreaDefinition): BaselineSource {
  const notes = [...source.notes];
  if (area.localAuthorities.length > 1) {
    const names = area.localAuthorities.map((code) => GWENT_LOCAL_AUTHORITIES[code as keyof typeof GWENT_LOCAL_AUTHORITIES]);
    notes.push(
      `${area.name} figures are sums of the local authority figures for ${names.slice(0, -1).join(", ")} and ${names.at(-1)}; where a local authority cell is suppressed, the sum adds the published cells and names the missing ones in suppressedParts`,
    );
  }
  if (area.kind === "local policing area") {
    notes.push(`${area.code} is this package's own code: Gwent's Local Policing Areas have no ONS code`);
  }
  return { ...source, notes };
}
