import { checkChoice } from "../_internal/checkChoice.js";
import { freezeResult } from "../_internal/freeze.js";
import { assess } from "../_internal/periodComparison.js";
import { checkLevel, checkOptions, checkPositive, checkRecord } from "../_internal/validate.js";
import { ArgumentError } from "../errors.js";
import { funnelSignificance, type FunnelOverdispersion, type FunnelSignificanceLabel } from "../stats/funnelSignificance.js";
import { rate, type RateEstimate } from "../stats/rate.js";
import type { LevelOption } from "../types.js";
import type { ChangeAssessment, ImprovementDirection } from "./compareToBaseline.js";
import type { ChangeDirection } from "./types.js";

/** A force or area: its events and its population (person-years) over the same period as its peers'. */
export interface PeerArea {
  /** The area's name. */
  readonly area: string;
  /** Events counted. */
  readonly count: number;
  /** Population (person-years) the events arose from. */
  readonly population: number;
}

/** Options for {@link compareToPeers}. */
export interface CompareToPeersOptions extends LevelOption {
  /** Rates per this many; defaults to 1000. */
  readonly per?: number;
  /** A target rate (per `per`) to compare the area's rate with, e.g. a plan's aim. */
  readonly target?: number;
  /** Funnel levels for the peer comparison; defaults to `[0.95, 0.998]`. */
  readonly levels?: readonly number[];
  /** Allow for overdispersion between areas (Spiegelhalter), as {@link funnelSignificance}; defaults to false. */
  readonly overdispersion?: boolean;
  /** Which direction is better; defaults to `"neither"`. */
  readonly improvement?: ImprovementDirection;
}

/** The area against its peers. */
export interface PeerComparison {
  /** The rate the funnel is centred on: all the areas' events over all their population, per `per`. */
  readonly benchmark: number;
  /** The area's funnel label (see {@link funnelSignificance}). */
  readonly significance: FunnelSignificanceLabel;
  /** `"higher"` or `"lower"` when outside the funnel's first level, else `"similar"`. */
  readonly comparison: ChangeDirection;
  /** Whether that is better or worse, given `improvement`. */
  readonly assessment: ChangeAssessment;
  /** The area's rank by rate among all the areas, 1 for the highest. */
  readonly rank: number;
  /** Areas compared, the area included. */
  readonly areas: number;
  /** The overdispersion estimate, when asked for. */
  readonly overdispersion: FunnelOverdispersion | null;
}

/** The area against a target rate. */
export interface TargetComparison {
  /** The target rate, per `per`. */
  readonly value: number;
  /** `"higher"` when the area's whole interval is above the target, `"lower"` when below, else `"similar"`. */
  readonly comparison: ChangeDirection;
  /** Whether that is better or worse, given `improvement`. */
  readonly assessment: ChangeAssessment;
}

/** The result of {@link compareToPeers}. */
export interface PeersResult {
  /** The area compared. */
  readonly area: string;
  /** Its rate with its interval (see {@link rate}). */
  readonly rate: RateEstimate;
  /** Against its peers (a funnel plot of all the areas). */
  readonly peers: PeerComparison;
  /** Against the target, when one was given; else `null`. */
  readonly target: TargetComparison | null;
  /** The improvement direction applied. */
  readonly improvement: ImprovementDirection;
}

const FN = "compareToPeers";
const DIRECTIONS: readonly ImprovementDirection[] = ["increase", "decrease", "neither"];

function checkArea(param: string, value: unknown): PeerArea {
  const record = checkRecord(FN, param, value);
  if (typeof record["area"] !== "string") throw new ArgumentError(FN, `${param}.area`, "must be a string", record["area"]);
  return { area: record["area"], count: record["count"] as number, population: record["population"] as number };
}

/**
 * Benchmarks a force's (or area's) rate against its peers and, optionally, against a target: the
 * peer comparison is a funnel plot of the force and its peers (Fingertips: exact Poisson limits
 * at 95% and 99.8% around the pooled rate of all of them, or Spiegelhalter's overdispersed limits),
 * and the target comparison asks whether the force's rate interval lies wholly above or below the
 * target.
 *
 * @remarks
 * The benchmark is Σcount / Σpopulation × `per` over the force and its peers, as a Fingertips
 * comparator group's value is. The peer comparison is `"higher"` or `"lower"` when the force lies
 * outside the funnel's first level (95% by default) and `"similar"` otherwise; a zero population
 * is not assessed and throws here, since a force with no population has no rate. The target
 * comparison uses {@link rate}'s interval at `level` (PHE rule: exact below 10 events, Byar from
 * 10). Peers should be forces or areas like the force (the Home Office's most similar groups), and
 * every population must cover the same period.
 *
 * References: Public Health England, Fingertips technical guidance (benchmarking against a
 * comparator and a target); Spiegelhalter DJ (2005) Stat Med 24:1185–1202.
 *
 * @param force - the force or area: `{ area, count, population }`
 * @param peers - its peers, in the same shape (at least one)
 * @param options - `per` (1000), `target`, `level` (0.95, for the target comparison), `levels`
 *   (`[0.95, 0.998]`, the funnel), `overdispersion` (false), `improvement` (`"neither"`)
 * @returns a frozen {@link PeersResult}
 * @throws {@link ArgumentError} for a malformed area, no peers, a force with no population, a
 *   repeated area name, or an invalid option
 *
 * @example
 * ```ts
 * const force = { area: "Force A", count: 65, population: 100000 };
 * const peers = [
 *   { area: "Force B", count: 40, population: 90000 },
 *   { area: "Force C", count: 30, population: 80000 },
 *   { area: "Force D", count: 50, population: 110000 },
 * ];
 * const result = compareToPeers(force, peers, { per: 100000, target: 50, improvement: "decrease" });
 * [result.rate.lower, result.rate.upper] // => [50.163, 82.849]
 * result.peers.benchmark // => 48.684
 * result.peers.significance // => "above-95"
 * result.peers.rank // => 1
 * result.target?.comparison // => "higher"
 * result.target?.assessment // => "worse"
 * ```
 */
export function compareToPeers(force: PeerArea, peers: readonly PeerArea[], options?: CompareToPeersOptions): PeersResult {
  const opts = checkOptions(FN, options);
  const level = checkLevel(FN, opts.level);
  const per = opts.per === undefined ? 1000 : checkPositive(FN, "options.per", opts.per);
  const improvement = checkChoice(FN, "options.improvement", opts.improvement, DIRECTIONS, "neither");
  const target = opts.target === undefined ? null : checkPositive(FN, "options.target", opts.target);
  const subject = checkArea("force", force);
  if (!Array.isArray(peers) || peers.length === 0) throw new ArgumentError(FN, "peers", "must be a non-empty array of { area, count, population }", peers);
  const all = [subject, ...peers.map((p, i) => checkArea(`peers[${i}]`, p))];
  const repeated = all.find((a, i) => all.findIndex((b) => b.area === a.area) !== i);
  if (repeated !== undefined) throw new ArgumentError(FN, "peers", "must not name the force or another peer twice", repeated.area);
  if (!(subject.population > 0)) throw new ArgumentError(FN, "force.population", "must be above 0", subject.population);
  const own = rate(subject.count, subject.population, { per, level });
  const funnel = funnelSignificance(
    all.map(({ area, count, population }) => ({ area, numerator: count, denominator: population })),
    { type: "rate", per, ...(opts.levels === undefined ? {} : { levels: opts.levels }), ...(opts.overdispersion === undefined ? {} : { overdispersion: opts.overdispersion }) },
  );
  const mine = funnel.areas[0] as (typeof funnel.areas)[number];
  // An "above-…" or "below-…" label means outside the funnel at its first level at least.
  const peerComparison: ChangeDirection = mine.significance.startsWith("above-") ? "higher" : mine.significance.startsWith("below-") ? "lower" : "similar";
  const rank = 1 + all.filter((a) => a.population > 0 && a.count / a.population > subject.count / subject.population).length;
  const targetComparison: ChangeDirection | null = target === null ? null : own.lower > target ? "higher" : own.upper < target ? "lower" : "similar";
  return freezeResult({
    area: subject.area,
    rate: own,
    peers: { benchmark: funnel.target, significance: mine.significance, comparison: peerComparison, assessment: assess(peerComparison, improvement), rank, areas: all.length, overdispersion: funnel.overdispersion },
    target: target === null ? null : { value: target, comparison: targetComparison as ChangeDirection, assessment: assess(targetComparison as ChangeDirection, improvement) },
    improvement,
  });
}
