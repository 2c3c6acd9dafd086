import { checkBaseline } from "../_internal/checkBaseline.js";
import { checkRecord } from "../_internal/validate.js";
import { freezeResult } from "../_internal/freeze.js";
import { sumCells, type CellPart } from "../_internal/sumCells.js";
import { ArgumentError } from "../errors.js";
import type { Baseline, BaselineGroup } from "./types.js";

const FN = "regroup";

/**
 * Merges a baseline's groups into new groups, e.g. the 19 detailed ethnic groups into five, or
 * a force's own grouping.
 *
 * @remarks
 * `mapping` names, for every group of the baseline, the group it joins; `null` drops a group
 * on purpose (it is then named in the source notes with its population, and the table's total
 * is kept, so shares stay shares of everyone). Every group must be mapped: nothing is lost
 * silently. New groups appear in the order of their first member. A merged group adds its
 * published members and names suppressed ones in `suppressedParts` (suppressed only if all are).
 *
 * @param baseline - the baseline to regroup
 * @param mapping - from each existing group label to a new label, or `null` to drop it
 * @returns a frozen {@link Baseline} with the new groups
 * @throws {@link ArgumentError} if a group is unmapped or the mapping names a group the baseline lacks
 *
 * @example
 * ```ts
 * const b = baselineFromCensusCsv("geography code,Religion: Total,Religion: Christian,Religion: Muslim,Religion: Sikh,Religion: Not answered\nA,100,60,25,5,10");
 * const r = regroup(b, { Christian: "Christian", Muslim: "Other religion", Sikh: "Other religion", "Not answered": null });
 * r.groups.map((g) => `${g.group} ${g.population}`) // => ["Christian 60", "Other religion 30"]
 * r.total // => 100
 * ```
 */
export function regroup(baseline: Baseline, mapping: Readonly<Record<string, string | null>>): Baseline {
  const b = checkBaseline(FN, "baseline", baseline);
  const map = checkRecord(FN, "mapping", mapping);
  const labels = new Set(b.groups.map((g) => g.group));
  const unknown = Object.keys(map).filter((k) => !labels.has(k));
  if (unknown.length > 0) throw new ArgumentError(FN, "mapping", `must only name groups of the baseline (${[...labels].join(", ")})`, unknown.join(", "));
  const unmapped = [...labels].filter((l) => !(l in map));
  if (unmapped.length > 0) throw new ArgumentError(FN, "mapping", "must map every group (use null to drop one on purpose)", unmapped.join(", "));
  const merged = new Map<string, CellPart[]>();
  const dropped: string[] = [];
  for (const g of b.groups) {
    const target = map[g.group];
    if (target === null) {
      dropped.push(`${g.group} (${g.population ?? "suppressed"})`);
      continue;
    }
    if (typeof target !== "string") throw new ArgumentError(FN, `mapping["${g.group}"]`, "must be a string or null", target);
    merged.set(target, [...(merged.get(target) ?? []), { population: g.population, label: g.group, suppressedParts: g.suppressedParts }]);
  }
  const groups: BaselineGroup[] = [...merged].map(([group, cells]) => ({ group, ...sumCells(cells) }));
  const notes = dropped.length > 0 ? [...b.source.notes, `Regrouped; dropped on purpose: ${dropped.join(", ")}`] : [...b.source.notes, "Regrouped"];
  return freezeResult({ ...b, groups, source: { ...b.source, notes } });
}
