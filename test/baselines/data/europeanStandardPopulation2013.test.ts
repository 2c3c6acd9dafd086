import { describe, expect, it } from "vitest";
import { europeanStandardPopulation2013 as esp } from "../../../src/index.js";

describe("europeanStandardPopulation2013", () => {
  it("has Eurostat's 19 bands and weights, summing to 100,000", () => {
    expect(esp.map((b) => b.population)).toEqual([5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500, 1000]);
    expect(esp.reduce((sum, b) => sum + b.population, 0)).toBe(100000);
  });

  it("labels contiguous five-year bands 0-4 … 85-89 and an open 90+", () => {
    esp.forEach((band, i) => {
      const from = 5 * i;
      expect(band.ages).toEqual({ from, to: i === 18 ? null : from + 4 });
      expect(band.group).toBe(i === 18 ? "90+" : `${from}-${from + 4}`);
    });
    expect(esp[0]).toEqual({ group: "0-4", ages: { from: 0, to: 4 }, population: 5000 });
  });

  it("is frozen throughout", () => {
    expect(Object.isFrozen(esp)).toBe(true);
    for (const band of esp) {
      expect(Object.isFrozen(band)).toBe(true);
      expect(Object.isFrozen(band.ages)).toBe(true);
    }
  });
});
