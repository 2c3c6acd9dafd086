import { describe, expect, expectTypeOf, it } from "vitest";
import { gwentAreas, gwentPopulation, type GwentArea } from "../../src/index.js";

describe("gwentAreas", () => {
  it("lists the force, the two LPAs (codes of our own) and the five authorities", () => {
    expect(gwentAreas().map((a) => [a.code, a.name, a.kind])).toEqual([
      ["W15000002", "Gwent", "police force area"],
      ["GWENT-EAST", "East LPA", "local policing area"],
      ["GWENT-WEST", "West LPA", "local policing area"],
      ["W06000019", "Blaenau Gwent", "local authority"],
      ["W06000018", "Caerphilly", "local authority"],
      ["W06000021", "Monmouthshire", "local authority"],
      ["W06000022", "Newport", "local authority"],
      ["W06000020", "Torfaen", "local authority"],
    ]);
  });

  it("says which authorities each area adds up", () => {
    const [gwent, east, west] = gwentAreas();
    expect(gwent?.localAuthorities).toHaveLength(5);
    expect(east?.localAuthorities).toEqual([{ code: "W06000021", name: "Monmouthshire" }, { code: "W06000022", name: "Newport" }]);
    expect(west?.localAuthorities.map((la) => la.name)).toEqual(["Caerphilly", "Blaenau Gwent", "Torfaen"]);
  });

  it("lists only areas gwentPopulation accepts, by code, name and every alias", () => {
    for (const area of gwentAreas()) {
      for (const name of [area.code, area.name, ...area.aliases]) expect(gwentPopulation({ area: name }).area.code).toBe(area.code);
    }
  });

  it("returns a frozen list", () => {
    const areas = gwentAreas();
    expect(Object.isFrozen(areas)).toBe(true);
    expect(Object.isFrozen(areas[1]?.localAuthorities[0])).toBe(true);
    expectTypeOf(areas).toEqualTypeOf<readonly GwentArea[]>();
  });
});
