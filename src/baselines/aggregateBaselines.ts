import { checkBaseline } from "../_internal/checkBaseline.js";
import { checkOptions, checkRecord } from "../_internal/validate.js";
import { freezeResult } from "../_internal/freeze.js";
import { sumCells } from "../_internal/sumCells.js";
import { ArgumentError } from "../errors.js";
import type { AreaRef, Baseline, BaselineGroup } from "./types.js";

/** Options for {@link aggregateBaselines}. */
export interface AggregateOptions {
  /** The combined area's code and name. */
  readonly area: AreaRef;
}

const FN = "aggregateBaselines";

/**
 * Adds the baselines of several areas into one for the combined area (e.g. local authorities
 * into a policing area), group by group.
 *
 * @remarks
 * Every baseline must have the same census, dimension and groups in the same order. Where a
 * group is suppressed in some areas, the sum adds the published cells and names the missing ones
 * in `suppressedParts`; it is suppressed only if no area published it. The
 * total is the sum of the tables' own totals. The source is the first baseline's, with a note
 * naming the areas summed.
 *
 * @param baselines - two or more baselines of the same table
 * @param options - `area`: the combined area's `{ code, name }`
 * @returns a frozen {@link Baseline}
 * @throws {@link ArgumentError} for fewer than one baseline, or baselines of different tables
 *
 * @example
 * ```ts
 * const a = baselineFromCensusCsv("geography code,Sex: All persons,Sex: Female,Sex: Male\nA,10,6,4");
 * const b = baselineFromCensusCsv("geography code,Sex: All persons,Sex: Female,Sex: Male\nB,20,9,11");
 * const both = aggregateBaselines([a, b], { area: { code: "AB", name: "A and B" } });
 * both.groups.map((g) => g.population) // => [15, 15]
 * both.total // => 30
 * ```
 */
export function aggregateBaselines(baselines: readonly Baseline[], options: AggregateOptions): Baseline {
  const opts = checkOptions(FN, options);
  const area = checkRecord(FN, "options.area", opts.area);
  if (typeof area["code"] !== "string" || typeof area["name"] !== "string") {
    throw new ArgumentError(FN, "options.area", "must have a string code and name", opts.area);
  }
  if (!Array.isArray(baselines) || baselines.length === 0) throw new ArgumentError(FN, "baselines", "must be a non-empty array", baselines);
  const [first, ...rest] = baselines.map((b, i) => checkBaseline(FN, `baselines[${i}]`, b));
  const base = first as Baseline;
  const labels = base.groups.map((g) => g.group).join("\u0000");
  rest.forEach((b, i) => {
    if (b.census !== base.census || b.dimension !== base.dimension || b.groups.map((g) => g.group).join("\u0000") !== labels) {
      throw new ArgumentError(FN, `baselines[${i + 1}]`, `must have the census, dimension and groups of baselines[0] (${base.census} ${base.dimension})`, b.area.code);
    }
  });
  const groups: BaselineGroup[] = base.groups.map((g, j) => {
    const cells = baselines.map((b) => {
      const cell = b.groups[j] as BaselineGroup;
      return { population: cell.population, label: `${cell.group} in ${b.area.name}`, suppressedParts: cell.suppressedParts?.map((p) => `${p} in ${b.area.name}`) };
    });
    const { suppressedParts: _drop, ...rest } = g;
    return { ...rest, ...sumCells(cells) };
  });
  const note = `Summed from ${baselines.map((b) => `${b.area.name} (${b.area.code})`).join(", ")}`;
  return freezeResult({
    area: { code: area["code"], name: area["name"] },
    census: base.census,
    dimension: base.dimension,
    groups,
    total: baselines.reduce((s, b) => s + b.total, 0),
    source: { ...base.source, notes: [...base.source.notes, note] },
  });
}
