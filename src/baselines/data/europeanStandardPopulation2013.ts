/** One age band of a standard population. */
export interface StandardPopulationBand {
  /** The band's label, e.g. `"0-4"` or `"90+"`. */
  readonly group: string;
  /** The ages covered, `from` to `to` inclusive; `to` is `null` for the open top band. */
  readonly ages: {
    /** The first age in the band. */
    readonly from: number;
    /** The last age in the band, or `null` for the open top band. */
    readonly to: number | null;
  };
  /** The band's standard population. */
  readonly population: number;
}

const band = (from: number, to: number | null, population: number): StandardPopulationBand =>
  Object.freeze({ group: to === null ? `${from}+` : `${from}-${to}`, ages: Object.freeze({ from, to }), population });

/**
 * The 2013 European Standard Population (ESP 2013): 19 five-year age bands, 0–4 to 85–89 and
 * 90+, summing to 100,000. It is the standard Public Health England (now OHID/UKHSA) and ONS use
 * for directly standardised rates, and PHEindicatormethods' default `esp2013`.
 *
 * @remarks
 * Source: Eurostat (2013) *Revision of the European Standard Population — Report of Eurostat's
 * task force*, 2013 edition, Methodologies and Working Papers (KS-RA-13-028), Publications Office
 * of the European Union, Luxembourg. ISBN 978-92-79-31094-2, doi:10.2785/11470. © European
 * Union, 2013; reproduction is authorised provided the source is acknowledged. The weights are
 * fixed by that report: a standard (EU-27 and EFTA projections averaged over 2011–30), not an
 * estimate of any real population. Frozen.
 *
 * @example
 * ```ts
 * europeanStandardPopulation2013.length // => 19
 * europeanStandardPopulation2013[0]?.group // => "0-4"
 * europeanStandardPopulation2013[18]?.ages.to // => null
 * europeanStandardPopulation2013.reduce((sum, b) => sum + b.population, 0) // => 100000
 * // As the weights of a directly standardised rate, with one count and population per band:
 * const counts = [1, 0, 2, 3, 5, 6, 7, 8, 9, 10, 12, 14, 15, 16, 18, 20, 20, 15, 10];
 * const people = [900, 950, 1000, 1000, 1100, 1200, 1200, 1250, 1300, 1300, 1300, 1250, 1200, 1100, 1000, 800, 500, 300, 150];
 * const strata = europeanStandardPopulation2013.map((b, i) => ({ count: counts[i] ?? 0, population: people[i] ?? 0, standard: b.population }));
 * directlyStandardisedRate(strata).value // => 999.43
 * ```
 */
export const europeanStandardPopulation2013: readonly StandardPopulationBand[] = Object.freeze([
  band(0, 4, 5000),
  band(5, 9, 5500),
  band(10, 14, 5500),
  band(15, 19, 5500),
  band(20, 24, 6000),
  band(25, 29, 6000),
  band(30, 34, 6500),
  band(35, 39, 7000),
  band(40, 44, 7000),
  band(45, 49, 7000),
  band(50, 54, 7000),
  band(55, 59, 6500),
  band(60, 64, 6000),
  band(65, 69, 5500),
  band(70, 74, 5000),
  band(75, 79, 4000),
  band(80, 84, 2500),
  band(85, 89, 1500),
  band(90, null, 1000),
]);
