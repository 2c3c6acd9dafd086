import { ArgumentError } from "../errors.js";

/** A Gwent area: the force, a Local Policing Area or a local authority, with its local authorities. */
export interface AreaDefinition {
  readonly code: string;
  readonly name: string;
  readonly kind: "police force area" | "local policing area" | "local authority";
  readonly localAuthorities: readonly string[];
  readonly aliases: readonly string[];
}

const la = (code: string, name: string, welsh: string): AreaDefinition => ({
  code,
  name,
  kind: "local authority",
  localAuthorities: [code],
  aliases: [welsh],
});

/** Local authority codes and names (ONS 2021 codes, unchanged since 1996). */
export const GWENT_LOCAL_AUTHORITIES = {
  W06000018: "Caerphilly",
  W06000019: "Blaenau Gwent",
  W06000020: "Torfaen",
  W06000021: "Monmouthshire",
  W06000022: "Newport",
} as const;

/** Every area a Gwent baseline can be given for. LPA codes are this package's own: LPAs have no ONS code. */
export const GWENT_AREAS: readonly AreaDefinition[] = [
  {
    code: "W15000002",
    name: "Gwent",
    kind: "police force area",
    localAuthorities: ["W06000018", "W06000019", "W06000020", "W06000021", "W06000022"],
    aliases: ["Gwent Police", "Gwent police force area"],
  },
  {
    code: "GWENT-EAST",
    name: "East LPA",
    kind: "local policing area",
    localAuthorities: ["W06000021", "W06000022"],
    aliases: ["East", "Gwent East", "East Local Policing Area"],
  },
  {
    code: "GWENT-WEST",
    name: "West LPA",
    kind: "local policing area",
    localAuthorities: ["W06000018", "W06000019", "W06000020"],
    aliases: ["West", "Gwent West", "West Local Policing Area"],
  },
  la("W06000019", "Blaenau Gwent", "Blaenau Gwent"),
  la("W06000018", "Caerphilly", "Caerffili"),
  la("W06000021", "Monmouthshire", "Sir Fynwy"),
  la("W06000022", "Newport", "Casnewydd"),
  la("W06000020", "Torfaen", "Tor-faen"),
];

const key = (text: string) => text.trim().toLowerCase();

/** Finds an area by name, alias or code (case-insensitive, trimmed); throws listing the valid ones. */
export function resolveArea(fn: string, param: string, value: unknown): AreaDefinition {
  if (typeof value === "string") {
    const wanted = key(value);
    const found = GWENT_AREAS.find((area) => [area.code, area.name, ...area.aliases].some((name) => key(name) === wanted));
    if (found) return found;
  }
  const valid = GWENT_AREAS.map((area) => `"${area.name}" (${area.code})`).join(", ");
  throw new ArgumentError(fn, param, `must be a Gwent area name or code: ${valid}`, value);
}
