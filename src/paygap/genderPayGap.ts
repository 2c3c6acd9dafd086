import { freezeResult } from "../_internal/freeze.js";
import { emptiness, gapFigure, percentOf } from "../_internal/genderGapFigures.js";
import { checkIsoDate, readGapInput, type GapInput } from "../_internal/genderPayGapInput.js";
import { bootstrapPayGap, checkBootstrapOption, type PayGapBootstrapSettings } from "../_internal/payGapBootstrap.js";
import { BANDS, payQuartiles } from "../_internal/payQuartiles.js";
import { checkChoice } from "../_internal/checkChoice.js";
import { checkOptions } from "../_internal/validate.js";
import type { Sex } from "../types.js";

/** One employee: sex, ordinary hourly pay, full-pay status and bonus pay (an `HrRecord` from the HR adapter fits). */
export interface GenderPayGapEmployee {
  /** `"Male"` or `"Female"`; `"Other"` and `"Unknown"` are counted but in no figure. */
  readonly sex: Sex;
  /** Ordinary hourly pay (reg. 6). `null` or absent: unpaid, not a relevant employee, unless `fullPay` is `false`. */
  readonly hourlyPay?: number | null;
  /** A full-pay relevant employee; only `false` means not (paid at a reduced rate or nil because of leave). */
  readonly fullPay?: boolean | null;
  /** Bonus pay in the 12 months to the snapshot date; `null` or absent is 0. */
  readonly bonus?: number | null;
}

/** The employer type, which fixes the regulations and the snapshot date. */
export type GenderPayGapEmployer = "public" | "private";

/** The regulations applied: SI 2017/353 Schedule 1 (public authorities) or SI 2017/172 (private and voluntary). */
export type GenderPayGapRegulation = "SI 2017/353" | "SI 2017/172";

/** Options for {@link genderPayGap}. */
export interface GenderPayGapOptions {
  /** `"public"` (default: a police force is a listed public authority) or `"private"`. */
  readonly employer?: GenderPayGapEmployer;
  /** The snapshot date, `"YYYY-MM-DD"`: checked against 31 March (public) or 5 April (private). */
  readonly snapshotDate?: string;
  /** Percentile bootstrap intervals for the hourly gaps: `{}` for the defaults (2000 replicates, seed 1, level 0.95). */
  readonly bootstrap?: {
    /** Bootstrap replicates, a whole number from 100 to 1,000,000; default 2000. */
    readonly replicates?: number;
    /** Seed of the generator, a whole number; default 1. */
    readonly seed?: number;
    /** Two-sided level, a fraction in (0, 1); default 0.95. */
    readonly level?: number;
  };
}

/**
 * Why a gap has no value, or `"ok"`: no men, no women or neither in the figure's population
 * (full-pay employees for hourly gaps, employees paid a bonus for bonus gaps), or a male average of 0.
 */
export type GenderPayGapStatus = "ok" | "no-men" | "no-women" | "no-men-or-women" | "zero-male-average";

/** The four quartile pay bands of reg. 13, lowest paid first. */
export type GenderPayGapBand = "lower" | "lowerMiddle" | "upperMiddle" | "upper";

/** The people in one quartile pay band. */
export interface GenderPayGapBandCount {
  /** Full-pay men and women in the band (a whole number). */
  readonly size: number;
  /** Men in the band; fractional where a tied rate straddles a boundary. */
  readonly male: number;
  /** Women in the band; fractional where a tied rate straddles a boundary. */
  readonly female: number;
}

/** A pair of figures for men and women. */
export interface GenderPayGapPair<T> {
  /** The figure for men. */
  readonly male: T;
  /** The figure for women. */
  readonly female: T;
}

/** Why the bonus proportions, or one of them, have no value, or `"ok"`. */
export type GenderPayGapProportionStatus = Exclude<GenderPayGapStatus, "zero-male-average">;

/** `"ok"`; `"empty-bands"` with fewer than four full-pay men and women; `"no-employees"` with none. */
export type GenderPayGapQuartileStatus = "ok" | "empty-bands" | "no-employees";

/** A percentile bootstrap interval for one gap (`null` limits when it is undefined). */
export interface GenderPayGapInterval {
  /** Lower limit, percent. */
  readonly lower: number | null;
  /** Upper limit, percent. */
  readonly upper: number | null;
  /** Replicates whose male average was 0 (gap undefined), left out of the percentiles. */
  readonly undefinedReplicates: number;
}

/** Bootstrap intervals for the hourly gaps. */
export interface GenderPayGapIntervals {
  /** Always `"percentile"`: resampling men and women separately, at their own sizes. */
  readonly method: "percentile";
  /** Bootstrap replicates drawn. */
  readonly replicates: number;
  /** The seed of the generator (mulberry32). */
  readonly seed: number;
  /** The two-sided level. */
  readonly level: number;
  /** `"ok"`, or which group has no full-pay employees (then every limit is `null`). */
  readonly status: GenderPayGapProportionStatus;
  /** Interval for the mean hourly gap. */
  readonly meanHourlyGap: GenderPayGapInterval;
  /** Interval for the median hourly gap. */
  readonly medianHourlyGap: GenderPayGapInterval;
}

/** A note on the data or the options; never an error. */
export interface GenderPayGapIssue {
  /** `"sex-excluded"`, `"unpaid-excluded"`, `"snapshot-date"` or `"below-threshold"`. */
  readonly kind: "sex-excluded" | "unpaid-excluded" | "snapshot-date" | "below-threshold";
  /** A sentence saying what and why. */
  readonly message: string;
}

/** The counts behind every figure. */
export interface GenderPayGapCounts {
  /** Relevant employees (bonus proportion denominators). */
  readonly relevant: GenderPayGapPair<number>;
  /** Full-pay relevant employees (hourly gaps and quartiles). */
  readonly fullPay: GenderPayGapPair<number>;
  /** Relevant employees paid a bonus (bonus gaps; bonus proportion numerators). */
  readonly withBonus: GenderPayGapPair<number>;
  /** Records in no figure: relevant employees of sex Other or Unknown, and unpaid records. */
  readonly excluded: {
    /** Relevant employees of sex `"Other"`. */
    readonly other: number;
    /** Relevant employees of sex `"Unknown"`. */
    readonly unknown: number;
    /** Records with no hourly pay not marked `fullPay: false`: not relevant employees. */
    readonly unpaid: number;
  };
  /** People in each band; `male` and `female` are fractional where a tied rate straddles a boundary. */
  readonly quartiles: Readonly<Record<GenderPayGapBand, GenderPayGapBandCount>>;
}

/** A rate shared by employees in more than one quartile band, and how many of them each band holds. */
export interface GenderPayGapTie {
  /** The hourly rate. */
  readonly hourlyPay: number;
  /** Men at this rate. */
  readonly male: number;
  /** Women at this rate. */
  readonly female: number;
  /** People at this rate in each band it touches. */
  readonly bands: Readonly<Partial<Record<GenderPayGapBand, number>>>;
}

/** The result of {@link genderPayGap}: the six statutory figures in percent, unrounded. */
export interface GenderPayGap {
  /** Mean hourly gap (reg. 8), `null` unless `statuses.meanHourlyGap` is `"ok"`. */
  readonly meanHourlyGap: number | null;
  /** Median hourly gap (reg. 9). */
  readonly medianHourlyGap: number | null;
  /** Mean bonus gap (reg. 10), over employees paid a bonus. */
  readonly meanBonusGap: number | null;
  /** Median bonus gap (reg. 11). */
  readonly medianBonusGap: number | null;
  /** Percent of relevant men and of relevant women paid a bonus (reg. 12). */
  readonly bonusProportions: GenderPayGapPair<number | null>;
  /** Percent men and women within each quartile pay band (reg. 13); `null` in an empty band. */
  readonly quartiles: Readonly<Record<GenderPayGapBand, GenderPayGapPair<number | null>>>;
  /** The status of each figure. */
  readonly statuses: {
    /** Status of the mean hourly gap. */
    readonly meanHourlyGap: GenderPayGapStatus;
    /** Status of the median hourly gap. */
    readonly medianHourlyGap: GenderPayGapStatus;
    /** Status of the mean bonus gap (`"no-men"`: no man was paid a bonus). */
    readonly meanBonusGap: GenderPayGapStatus;
    /** Status of the median bonus gap. */
    readonly medianBonusGap: GenderPayGapStatus;
    /** Status of the bonus proportions. */
    readonly bonusProportions: GenderPayGapProportionStatus;
    /** Status of the quartile bands. */
    readonly quartiles: GenderPayGapQuartileStatus;
  };
  /** The male and female averages behind each gap (pounds). */
  readonly averages: {
    /** Mean hourly pay of full-pay men and women. */
    readonly meanHourly: GenderPayGapPair<number | null>;
    /** Median hourly pay of full-pay men and women. */
    readonly medianHourly: GenderPayGapPair<number | null>;
    /** Mean bonus of men and women paid one. */
    readonly meanBonus: GenderPayGapPair<number | null>;
    /** Median bonus of men and women paid one. */
    readonly medianBonus: GenderPayGapPair<number | null>;
  };
  /** The counts behind each figure. */
  readonly counts: GenderPayGapCounts;
  /** Rates that straddle a band boundary, shared between bands by reg. 13(2). */
  readonly quartileTies: readonly GenderPayGapTie[];
  /** Bootstrap intervals for the hourly gaps, when `options.bootstrap` was given; else `null`. */
  readonly intervals: GenderPayGapIntervals | null;
  /** The regulations applied. */
  readonly regulation: GenderPayGapRegulation;
  /** The provisions defining the figures. */
  readonly provisions: "regulations 8 to 13" | "Schedule 1, paragraphs 8 to 13";
  /** The employer type. */
  readonly employer: GenderPayGapEmployer;
  /** The snapshot date given, or `null`. */
  readonly snapshotDate: string | null;
  /** Notes: people in no figure, an unexpected snapshot date, fewer than 250 employees. */
  readonly issues: readonly GenderPayGapIssue[];
}

const FN = "genderPayGap";
const RULES = {
  public: { regulation: "SI 2017/353", provisions: "Schedule 1, paragraphs 8 to 13", day: "03-31", name: "31 March" },
  private: { regulation: "SI 2017/172", provisions: "regulations 8 to 13", day: "04-05", name: "5 April" },
} as const;

function checkedIssues(input: GapInput, total: number, employer: GenderPayGapEmployer, snapshotDate: string | null): GenderPayGapIssue[] {
  const issues: GenderPayGapIssue[] = [];
  const { other, unknown, unpaid } = input.excluded;
  if (other + unknown > 0) {
    const message = `${other + unknown} relevant employee(s) recorded as Other (${other}) or Unknown (${unknown}) sex are in no figure: the regulations define the figures for men and women only`;
    issues.push({ kind: "sex-excluded", message });
  }
  if (unpaid > 0) issues.push({ kind: "unpaid-excluded", message: `${unpaid} record(s) with no hourly pay and not marked fullPay: false are not relevant employees and are in no figure` });
  const rule = RULES[employer];
  if (snapshotDate !== null && snapshotDate.slice(5) !== rule.day) {
    issues.push({ kind: "snapshot-date", message: `the snapshot date for a ${employer} employer is ${rule.name} (${rule.regulation}); ${snapshotDate} was given` });
  }
  if (total < 250) issues.push({ kind: "below-threshold", message: `the duty to publish applies from 250 employees on the snapshot date; ${total} record(s) were given` });
  return issues;
}

function intervalsOf(men: number[], women: number[], settings: PayGapBootstrapSettings): GenderPayGapIntervals {
  const status = emptiness(men.length, women.length);
  const { replicates, seed, level } = settings;
  if (status !== "ok") {
    const none = { lower: null, upper: null, undefinedReplicates: 0 };
    return { method: "percentile", replicates, seed, level, status, meanHourlyGap: none, medianHourlyGap: none };
  }
  const boot = bootstrapPayGap(men, women, settings);
  return { method: "percentile", replicates, seed, level, status, meanHourlyGap: boot.mean, medianHourlyGap: boot.median };
}

/**
 * The six statutory gender pay gap figures: mean and median hourly gaps, mean and median bonus
 * gaps, the proportions of men and women paid a bonus, and the proportions of men and women in
 * each quartile pay band, in percent and unrounded, with the counts behind each.
 *
 * @remarks
 * As the Equality Act 2010 (Gender Pay Gap Information) Regulations 2017 (SI 2017/172) regs 8–13,
 * and for listed public authorities (snapshot 31 March) the Equality Act 2010 (Specific Duties and
 * Public Authorities) Regulations 2017 (SI 2017/353) Schedule 1 paras 8–13, which are the same:
 * - every gap is (A − B) / A × 100, A the male and B the female figure;
 * - hourly gaps: mean and median hourly pay of full-pay relevant employees;
 * - bonus gaps: mean and median bonus of relevant employees paid a bonus (bonus > 0);
 * - bonus proportions: men (women) paid a bonus ÷ relevant men (women) × 100;
 * - quartiles: full-pay employees ranked by hourly pay and split into four bands of ⌊n/4⌋, the
 *   leftovers going 1 → lower, 2 → lower and upper middle, 3 → lower, lower middle and upper
 *   middle (GOV.UK "make your calculations"). Where people on one rate straddle a boundary, each
 *   band gets k·m/(m + f) men and k·f/(m + f) women of that rate (k its places in the band), so that
 *   the rate's male/female mix is the same in every band it touches (reg. 13(2)); band counts can
 *   be fractional, and `quartileTies` lists every such rate.
 *
 * The regulations define men and women only: employees of sex `"Other"` or `"Unknown"` are in no
 * figure, and are counted (`counts.excluded`) and reported (`issues`). A figure that cannot be
 * computed is `null` with a status (`"no-men"`, `"no-women"`, `"no-men-or-women"`,
 * `"zero-male-average"`; `"empty-bands"` for quartiles with fewer than four people). A snapshot date
 * other than 31 March (public) or 5 April (private) is a `"snapshot-date"` issue, not an error, as
 * are fewer than 250 records (`"below-threshold"`). With `bootstrap`, seeded percentile intervals
 * for the two hourly gaps (men and women resampled separately; not part of the statutory figures).
 *
 * @param employees - relevant employees (HR records fit: see {@link GenderPayGapEmployee})
 * @param options - `employer` (default `"public"`), `snapshotDate`, `bootstrap`
 * @returns a frozen {@link GenderPayGap}
 * @throws {@link ArgumentError} when `employees` is not an array of records, a sex is not a Sex
 *   label, a pay or bonus is negative or not finite, `fullPay` is not a boolean, or an option is invalid
 *
 * @example
 * ```ts
 * const employees = [
 *   { sex: "Female", hourlyPay: 10 }, { sex: "Female", hourlyPay: 10 }, { sex: "Male", hourlyPay: 10 }, { sex: "Female", hourlyPay: 10 },
 *   { sex: "Male", hourlyPay: 12 }, { sex: "Female", hourlyPay: 14, bonus: 500 }, { sex: "Male", hourlyPay: 15, bonus: 400 }, { sex: "Male", hourlyPay: 20, bonus: 1000 },
 * ] as const;
 * const gap = genderPayGap(employees, { employer: "public", snapshotDate: "2024-03-31" });
 * gap.meanHourlyGap // => 22.807
 * gap.medianHourlyGap // => 25.926
 * gap.meanBonusGap // => 28.571
 * gap.bonusProportions.female // => 25
 * gap.counts.quartiles.lower.male // => 0.5
 * gap.quartiles.lower.female // => 75
 * gap.quartiles.lowerMiddle.female // => 75
 * gap.regulation // => "SI 2017/353"
 * genderPayGap([{ sex: "Male", hourlyPay: 12 }]).statuses.meanHourlyGap // => "no-women"
 * ```
 */
export function genderPayGap(employees: readonly GenderPayGapEmployee[], options?: GenderPayGapOptions): GenderPayGap {
  const opts = checkOptions(FN, options);
  const employer = checkChoice(FN, "options.employer", opts.employer, ["public", "private"] as const, "public");
  const snapshotDate = opts.snapshotDate === undefined ? null : checkIsoDate(FN, "options.snapshotDate", opts.snapshotDate);
  const settings = checkBootstrapOption(FN, opts.bootstrap);
  const input = readGapInput(FN, employees);
  const { men, women } = input;
  const hourly = (people: typeof men) => people.filter((p) => p.fullPay).map((p) => p.hourlyPay as number);
  const bonuses = (people: typeof men) => people.filter((p) => p.bonus > 0).map((p) => p.bonus);
  const [menHourly, womenHourly, menBonus, womenBonus] = [hourly(men), hourly(women), bonuses(men), bonuses(women)];
  const figures = {
    meanHourly: gapFigure(menHourly, womenHourly, "mean"),
    medianHourly: gapFigure(menHourly, womenHourly, "median"),
    meanBonus: gapFigure(menBonus, womenBonus, "mean"),
    medianBonus: gapFigure(menBonus, womenBonus, "median"),
  };
  const ranked = [...menHourly.map((hourlyPay) => ({ hourlyPay, male: true })), ...womenHourly.map((hourlyPay) => ({ hourlyPay, male: false }))];
  const { bands, ties } = payQuartiles(ranked);
  const quartiles = Object.fromEntries(BANDS.map((b) => [b, { male: percentOf(bands[b].male, bands[b].size), female: percentOf(bands[b].female, bands[b].size) }]));
  const pair = (f: (typeof figures)["meanHourly"]) => ({ male: f.male, female: f.female });
  const rule = RULES[employer];
  return freezeResult({
    meanHourlyGap: figures.meanHourly.value,
    medianHourlyGap: figures.medianHourly.value,
    meanBonusGap: figures.meanBonus.value,
    medianBonusGap: figures.medianBonus.value,
    bonusProportions: { male: percentOf(menBonus.length, men.length), female: percentOf(womenBonus.length, women.length) },
    quartiles: quartiles as Record<GenderPayGapBand, GenderPayGapPair<number | null>>,
    statuses: {
      meanHourlyGap: figures.meanHourly.status,
      medianHourlyGap: figures.medianHourly.status,
      meanBonusGap: figures.meanBonus.status,
      medianBonusGap: figures.medianBonus.status,
      bonusProportions: emptiness(men.length, women.length),
      quartiles: ranked.length === 0 ? "no-employees" : ranked.length < 4 ? "empty-bands" : "ok",
    },
    averages: { meanHourly: pair(figures.meanHourly), medianHourly: pair(figures.medianHourly), meanBonus: pair(figures.meanBonus), medianBonus: pair(figures.medianBonus) },
    counts: {
      relevant: { male: men.length, female: women.length },
      fullPay: { male: menHourly.length, female: womenHourly.length },
      withBonus: { male: menBonus.length, female: womenBonus.length },
      excluded: { ...input.excluded },
      quartiles: bands,
    },
    quartileTies: ties,
    intervals: settings === null ? null : intervalsOf(menHourly, womenHourly, settings),
    regulation: rule.regulation,
    provisions: rule.provisions,
    employer,
    snapshotDate,
    issues: checkedIssues(input, (employees as readonly unknown[]).length, employer, snapshotDate),
  });
}
