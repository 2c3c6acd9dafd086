import { localAuthorityOfLsoa } from "../classify/localAuthorityOfLsoa.js";
import { month, number, text } from "./csvFields.js";
import { monthFields } from "./periodFields.js";

/** The columns data.police.uk street and outcomes files share, `Crime ID` to `LSOA name`. */
export function crimeColumns(crimeIdRequired: boolean) {
  return {
    crimeId: text(["Crime ID"], { required: crimeIdRequired }),
    month: month(["Month"], { required: true }),
    reportedBy: text(["Reported by"]),
    fallsWithin: text(["Falls within"]),
    longitude: number(["Longitude"]),
    latitude: number(["Latitude"]),
    location: text(["Location"]),
    lsoaCode: text(["LSOA code"]),
    lsoaName: text(["LSOA name"]),
  };
}

/** The shared record fields, with the period of the month and the local authority of the LSOA. */
export function crimeFields(v: Readonly<Record<string, unknown>>) {
  const lsoaCode = v["lsoaCode"] as string | null;
  const lsoaName = v["lsoaName"] as string | null;
  const authority = localAuthorityOfLsoa(lsoaCode ?? lsoaName ?? "") ?? (lsoaName ? localAuthorityOfLsoa(lsoaName) : null);
  return {
    crimeId: v["crimeId"] as string | null,
    ...monthFields(v["month"] as { year: number; month: number }),
    reportedBy: v["reportedBy"] as string | null,
    fallsWithin: v["fallsWithin"] as string | null,
    longitude: v["longitude"] as number | null,
    latitude: v["latitude"] as number | null,
    location: v["location"] as string | null,
    lsoaCode,
    lsoaName,
    localAuthority: authority?.name ?? null,
  };
}
