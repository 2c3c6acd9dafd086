import type { AgeBand } from "../classify/policeUkAgeBands.js";
import { codeList } from "./csvFields.js";

// Code lists of the force-defined schemas (incidents, custody, HR): each canonical value with the
// labels it accepts, matched ignoring case, spaces and punctuation (see codeKey). docs/adapters.md
// lists them; keep the two in step.

const UNKNOWN = ["unknown", "not known", "not recorded", "not stated", "nk", "n k"];

/** Custody disposals → the canonical outcome. */
export const CUSTODY_OUTCOMES = codeList({
  charge: ["charged", "charge", "charged and bailed", "charged bailed", "charged and remanded", "charged remanded",
    "remanded", "remanded in custody", "charged remanded in custody", "charge summons", "charged summonsed",
    "summons", "summonsed", "postal requisition", "requisitioned"],
  caution: ["cautioned", "simple caution", "conditional caution", "adult caution", "adult conditional caution",
    "youth caution", "youth conditional caution", "caution simple or conditional", "offender cautioned"],
  "community resolution": ["cr", "local resolution", "restorative justice", "community resolution rj"],
  "no further action": ["nfa", "n f a", "no further action nfa", "released nfa", "released no further action",
    "no further action taken", "released without charge no further action", "a no further action disposal"],
  "released under investigation": ["rui", "released under investigation rui", "under investigation",
    "released pending investigation"],
  bail: ["bailed", "police bail", "pre charge bail", "precharge bail", "bail to return", "bailed to return",
    "released on bail", "released on pre charge bail", "street bail"],
  other: ["penalty notice", "penalty notice for disorder", "pnd", "fixed penalty notice", "cannabis warning",
    "khat or cannabis warning", "drugs possession warning", "transferred", "transferred to another force",
    "handed to another agency", "handed over", "immigration", "section 136", "mental health act",
    "detained under mental health act", "place of safety", "warrant executed", "recalled to prison",
    "remanded on warrant", "refused charge", "other outcome"],
  Unknown: UNKNOWN,
});

/** Workforce categories → the canonical worker type. */
export const WORKER_TYPES = codeList({
  officer: ["police officer", "police officers", "officer", "regular officer", "regular", "po", "sworn officer"],
  staff: ["police staff", "staff", "civilian", "civilian staff", "support staff", "police staff member",
    "designated detention officer", "detention officer", "investigator", "police staff investigator"],
  pcso: ["pcso", "pcsos", "police community support officer", "community support officer", "cso"],
  special: ["special", "specials", "special constable", "special constables", "special constabulary", "sc"],
  volunteer: ["volunteer", "volunteers", "police support volunteer", "police volunteer", "psv", "citizens in policing volunteer"],
  Unknown: UNKNOWN,
});

/** Disability answers → the canonical disability status. */
export const DISABILITY = codeList({
  Disabled: ["yes", "y", "true", "1", "disabled", "has a disability", "yes limited a lot", "yes limited a little",
    "limited a lot", "limited a little", "disabled under the equality act 2010", "disabled under the equality act"],
  "Not disabled": ["no", "n", "false", "0", "not disabled", "no disability", "none", "not disabled under the equality act 2010"],
  Unknown: [...UNKNOWN, "prefer not to say", "prefer not to disclose", "not disclosed", "declined", "information refused",
    "refused", "not answered", "blank", "unspecified"],
});

/** Hate-crime strands → the canonical strand; `"none"` labels mean no strand. */
export const HATE_STRANDS = codeList({
  race: ["race", "racial", "racist", "race ethnicity", "ethnicity", "race or ethnicity", "racially aggravated"],
  religion: ["religion", "religious", "faith", "religion belief", "religion or belief", "faith belief", "religiously aggravated"],
  "sexual orientation": ["sexual orientation", "sexual orientation hate", "homophobic", "homophobia", "biphobic", "sexuality", "lgb"],
  disability: ["disability", "disablist", "disability hate"],
  transgender: ["transgender", "transphobic", "transphobia", "trans", "gender identity", "transgender identity"],
  other: ["other", "alternative subculture", "subculture", "misogyny", "age", "other hate"],
  none: ["none", "no", "n a", "na", "not applicable", "not a hate crime", "nil"],
});

/** Age bands of the HR schema: under 25, ten-year bands, 55 and over. */
export const WORKFORCE_AGE_BANDS: readonly AgeBand[] = Object.freeze(
  [
    { group: "under 25", from: 0, to: 24 },
    { group: "25-34", from: 25, to: 34 },
    { group: "35-44", from: 35, to: 44 },
    { group: "45-54", from: 45, to: 54 },
    { group: "55 and over", from: 55, to: null },
  ].map((band) => Object.freeze(band)),
);
