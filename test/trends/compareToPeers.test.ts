import { describe, expect, it } from "vitest";
import { ArgumentError, compareToPeers, funnelSignificance } from "../../src/index.js";
import { thrownMessage } from "../_helpers/resultMismatches.js";

const force = { area: "Force A", count: 65, population: 100000 };
const peers = [
  { area: "Force B", count: 40, population: 90000 },
  { area: "Force C", count: 30, population: 80000 },
  { area: "Force D", count: 50, population: 110000 },
];

describe("compareToPeers", () => {
  it("compares with a target through the rate's interval: PHE's published 65 per 100,000 is 50.16319–82.84914 (Byar)", () => {
    const at = (target: number) => compareToPeers(force, peers, { per: 100000, target }).target?.comparison;
    const r = compareToPeers(force, peers, { per: 100000, target: 50 });
    expect(r.rate.lower).toBeCloseTo(50.16319, 5);
    expect(r.rate.upper).toBeCloseTo(82.84914, 5);
    expect([at(50), at(51), at(82), at(83)]).toEqual(["higher", "similar", "similar", "lower"]);
  });

  it("benchmarks against the pooled rate of the force and its peers, with the funnel's label and the force's rank", () => {
    const r = compareToPeers(force, peers, { per: 100000 });
    expect(r.peers.benchmark).toBeCloseTo((185 / 380000) * 100000, 12);
    expect(r.peers.areas).toBe(4);
    expect(r.peers.rank).toBe(1);
    const funnel = funnelSignificance([force, ...peers].map((a) => ({ area: a.area, numerator: a.count, denominator: a.population })), { type: "rate", per: 100000 });
    expect(r.peers.significance).toBe(funnel.areas[0]?.significance);
    expect(r.peers.significance).toBe("above-95");
    expect(r.peers.comparison).toBe("higher");
    const low = compareToPeers({ area: "Force E", count: 20, population: 100000 }, peers, { per: 100000 });
    expect([low.peers.comparison, low.peers.rank]).toEqual(["lower", 4]);
    const middle = compareToPeers({ area: "Force F", count: 45, population: 100000 }, peers, { per: 100000 });
    expect([middle.peers.significance, middle.peers.comparison]).toEqual(["within", "similar"]);
  });

  it("says whether higher or lower is better only when told which way is an improvement", () => {
    const neither = compareToPeers(force, peers, { per: 100000, target: 50 });
    expect([neither.peers.assessment, neither.target?.assessment]).toEqual(["not-applicable", "not-applicable"]);
    const fall = compareToPeers(force, peers, { per: 100000, target: 50, improvement: "decrease" });
    expect([fall.peers.assessment, fall.target?.assessment]).toEqual(["worse", "worse"]);
    const rise = compareToPeers(force, peers, { per: 100000, target: 50, improvement: "increase" });
    expect([rise.peers.assessment, rise.target?.assessment]).toEqual(["better", "better"]);
    expect(compareToPeers(force, peers).target).toBeNull();
    expect(Object.isFrozen(fall.peers)).toBe(true);
  });

  it("passes overdispersion and funnel levels through", () => {
    const wide = compareToPeers(force, peers, { per: 100000, overdispersion: true });
    expect(wide.peers.overdispersion?.status).toBe("estimated");
    expect(compareToPeers(force, peers, { per: 100000, levels: [0.998] }).peers.significance).toBe("within");
  });

  it("rejects malformed input with messages that name the parameter", () => {
    expect(thrownMessage(() => compareToPeers(force, []))).toBe("compareToPeers: peers must be a non-empty array of { area, count, population }; received an array of length 0");
    expect(thrownMessage(() => compareToPeers({ area: "X", count: 1, population: 0 }, peers))).toBe("compareToPeers: force.population must be above 0; received 0");
    expect(thrownMessage(() => compareToPeers({ count: 1, population: 10 } as never, peers))).toBe("compareToPeers: force.area must be a string; received undefined");
    expect(() => compareToPeers(force, peers, { target: -1 })).toThrow(ArgumentError);
    expect(() => compareToPeers(force, peers, { improvement: "up" as never })).toThrow(ArgumentError);
    expect(thrownMessage(() => compareToPeers(force, [{ area: "Force A", count: 1, population: 10 }]))).toBe('compareToPeers: peers must not name the force or another peer twice; received "Force A"');
  });
});
