import { ratioValue } from "./ratioStatus.js";
import type { CountAndPopulation, RatioStatus } from "../types.js";

/** One allocation of the unknown events: the counts it gives the group and the reference, and their rate ratio. */
export interface UnknownScenario {
  readonly groupCount: number;
  readonly referenceCount: number;
  readonly ratio: number | null;
  readonly status: RatioStatus;
}

/**
 * A group's rate ratio under four allocations of `unknown` events whose group is not known
 * (`known` events have a known group): as observed (unknowns left out); in proportion to the
 * known counts (every count times (known + unknown)/known, which leaves the ratio unchanged);
 * lowest (all unknowns to the reference, none to the group); highest (all to the group, none to
 * the reference). Populations are unchanged throughout.
 */
export function unknownSensitivity(group: CountAndPopulation, reference: CountAndPopulation, unknown: number, known: number) {
  const scenario = (groupCount: number, referenceCount: number): UnknownScenario => {
    const { value, status } = ratioValue(groupCount / group.population, referenceCount / reference.population);
    return { groupCount, referenceCount, ratio: value, status };
  };
  const scale = known > 0 ? (known + unknown) / known : 1;
  return {
    observed: scenario(group.count, reference.count),
    proportional: scenario(group.count * scale, reference.count * scale),
    lowest: scenario(group.count, reference.count + unknown),
    highest: scenario(group.count + unknown, reference.count),
  };
}
