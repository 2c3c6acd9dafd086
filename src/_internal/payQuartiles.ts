/** The four quartile pay bands of reg. 13, lowest paid first. */
export const BANDS = ["lower", "lowerMiddle", "upperMiddle", "upper"] as const;

/** A quartile pay band's name. */
export type BandName = (typeof BANDS)[number];

/** One employee to rank: hourly pay and whether male (else female). */
export interface RankedEmployee {
  readonly hourlyPay: number;
  readonly male: boolean;
}

/** The people in one band: `male` and `female` may be fractional where a tied rate straddles a boundary. */
export interface BandCount {
  readonly size: number;
  readonly male: number;
  readonly female: number;
}

/** A rate shared by employees who fall in more than one band, and its share of each band. */
export interface QuartileTie {
  readonly hourlyPay: number;
  readonly male: number;
  readonly female: number;
  /** People at this rate placed in each band it touches (whole numbers), by band name. */
  readonly bands: Partial<Record<BandName, number>>;
}

/**
 * Band sizes for n employees: ⌊n/4⌋ each, with the leftovers going 1 → lower; 2 → lower and
 * upper middle; 3 → lower, lower middle and upper middle (GOV.UK "make your calculations").
 */
export function bandSizes(n: number): readonly [number, number, number, number] {
  const q = Math.floor(n / 4);
  const r = n % 4;
  return [q + (r >= 1 ? 1 : 0), q + (r >= 3 ? 1 : 0), q + (r >= 2 ? 1 : 0), q];
}

/**
 * Reg. 13: ranks employees by hourly pay, splits the ranking into four bands of `bandSizes`, and
 * applies the tie rule of reg. 13(2). The employees at one rate fill ranks [start, end); each band
 * takes k of those ranks (their overlap), and receives k·m/(m + f) men and k·f/(m + f) women,
 * m and f being the men and women at that rate. Every band a rate touches so gets that rate's
 * male/female mix exactly; without ties this is the plain count.
 */
export function payQuartiles(employees: readonly RankedEmployee[]): { bands: Record<BandName, BandCount>; ties: QuartileTie[] } {
  const ranked = [...employees].sort((a, b) => a.hourlyPay - b.hourlyPay);
  const sizes = bandSizes(ranked.length);
  const starts = [0, sizes[0], sizes[0] + sizes[1], sizes[0] + sizes[1] + sizes[2]];
  const male = [0, 0, 0, 0];
  const female = [0, 0, 0, 0];
  const ties: QuartileTie[] = [];
  for (let start = 0; start < ranked.length; ) {
    const rate = (ranked[start] as RankedEmployee).hourlyPay;
    let end = start;
    let men = 0;
    while (end < ranked.length && (ranked[end] as RankedEmployee).hourlyPay === rate) men += (ranked[end++] as RankedEmployee).male ? 1 : 0;
    const people = end - start;
    const touched: Partial<Record<BandName, number>> = {};
    for (let band = 0; band < 4; band++) {
      const lo = starts[band] as number;
      const k = Math.min(end, lo + sizes[band]!) - Math.max(start, lo);
      if (k <= 0) continue;
      male[band]! += (k * men) / people;
      female[band]! += (k * (people - men)) / people;
      touched[BANDS[band]!] = k;
    }
    if (Object.keys(touched).length > 1) ties.push({ hourlyPay: rate, male: men, female: people - men, bands: touched });
    start = end;
  }
  const bands = Object.fromEntries(BANDS.map((name, i) => [name, { size: sizes[i]!, male: male[i]!, female: female[i]! }])) as Record<BandName, BandCount>;
  return { bands, ties };
}
