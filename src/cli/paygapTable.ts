/** The six statutory figures as fourteen rows: their key (CSV/JSON) and label (text/Markdown). */
export const PAYGAP_FIGURES = [
  ["mean_hourly_gap", "mean hourly pay gap"],
  ["median_hourly_gap", "median hourly pay gap"],
  ["mean_bonus_gap", "mean bonus gap"],
  ["median_bonus_gap", "median bonus gap"],
  ["male_bonus_percent", "men paid a bonus"],
  ["female_bonus_percent", "women paid a bonus"],
  ["male_lower_quartile", "lower quartile: men"],
  ["female_lower_quartile", "lower quartile: women"],
  ["male_lower_middle_quartile", "lower middle quartile: men"],
  ["female_lower_middle_quartile", "lower middle quartile: women"],
  ["male_upper_middle_quartile", "upper middle quartile: men"],
  ["female_upper_middle_quartile", "upper middle quartile: women"],
  ["male_top_quartile", "top quartile: men"],
  ["female_top_quartile", "top quartile: women"],
] as const;

/** A figure's key. */
export type PaygapFigure = (typeof PAYGAP_FIGURES)[number][0];

/** One column of figures: a heading (a snapshot date or reporting year) and each figure in percent, `null` where there is none. */
export interface PaygapColumn {
  /** The column heading. */
  readonly heading: string;
  /** Each figure, percent. */
  readonly figures: Readonly<Record<PaygapFigure, number | null>>;
}

/** The figures as table rows, one per figure, one column per {@link PaygapColumn}; `label` picks the label rather than the key. */
export function paygapTable(columns: readonly PaygapColumn[], label: boolean): { columns: string[]; rows: Record<string, number | null | string>[] } {
  const names = ["figure", ...columns.map((c) => c.heading)];
  const rows = PAYGAP_FIGURES.map(([key, text]) => ({
    figure: label ? `${text} (%)` : key,
    ...Object.fromEntries(columns.map((c) => [c.heading, c.figures[key]])),
  }));
  return { columns: names, rows };
}
