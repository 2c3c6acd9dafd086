import { GWENT_AREAS, GWENT_LOCAL_AUTHORITIES } from "../_internal/areas.js";
import { freezeResult } from "../_internal/freeze.js";

/** One area {@link gwentPopulation} accepts. */
export interface GwentArea {
  /** The ONS code, or for a Local Policing Area this package's own code (`"GWENT-EAST"`, `"GWENT-WEST"`). */
  readonly code: string;
  /** The name, e.g. `"Gwent"`, `"East LPA"`, `"Newport"`. */
  readonly name: string;
  /** What kind of area it is. */
  readonly kind: "police force area" | "local policing area" | "local authority";
  /** The local authorities it is made of, whose figures are added to give its own. */
  readonly localAuthorities: readonly {
    /** The ONS local authority code, e.g. `"W06000022"`. */
    readonly code: string;
    /** The local authority's name, e.g. `"Newport"`. */
    readonly name: string;
  }[];
  /** Other names accepted for it (case-insensitive), e.g. `"East"` or the Welsh name of an authority. */
  readonly aliases: readonly string[];
}

/**
 * The areas the embedded Gwent baselines cover: the Gwent police force area (W15000002), its two
 * Local Policing Areas and its five local authorities.
 *
 * @remarks
 * The Local Policing Areas have no ONS code, so this package gives them codes of its own:
 * `"GWENT-EAST"` (East LPA: Newport and Monmouthshire) and `"GWENT-WEST"` (West LPA: Caerphilly,
 * Torfaen and Blaenau Gwent). The local authority codes are the ONS codes (W06…), and the force area
 * code is the ONS police force area code.
 *
 * @returns a frozen array of {@link GwentArea}, force first, then the LPAs, then the authorities
 *
 * @example
 * ```ts
 * gwentAreas().map((a) => a.code) // => ["W15000002", "GWENT-EAST", "GWENT-WEST", "W06000019", "W06000018", "W06000021", "W06000022", "W06000020"]
 * gwentAreas()[1]?.localAuthorities.map((la) => la.name) // => ["Monmouthshire", "Newport"]
 * ```
 */
export function gwentAreas(): readonly GwentArea[] {
  return freezeResult(
    GWENT_AREAS.map((area) => ({
      code: area.code,
      name: area.name,
      kind: area.kind,
      localAuthorities: area.localAuthorities.map((code) => ({
        code,
        name: GWENT_LOCAL_AUTHORITIES[code as keyof typeof GWENT_LOCAL_AUTHORITIES],
      })),
      aliases: [...area.aliases],
    })),
  );
}
