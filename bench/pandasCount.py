"""One pandas contender of the DuckDB/pandas comparison (bench/compare.ts), alone in its own process.

    python3 bench/pandasCount.py <file.csv> <ethnicity-table.json> [full]

Counts a data.police.uk stop-and-search file by UK financial quarter of the Europe/London date ×
ethnic group with pandas' C engine, and prints one line of JSON: the counts ("2019/20 Q1|White" → n),
the data rows read, peak RSS (resource.getrusage, KiB) and the pandas version.

- read_csv(engine="c", usecols=["Date", "Self-defined ethnicity"], dtype=str, keep_default_na=False):
  only the two columns, every value as its text ("" for a blank, never NaN).
- Date: pd.to_datetime(utc=True, errors="coerce") of the ISO text with its offset, then
  tz_convert("Europe/London"); rows whose Date is blank or not a date are dropped. The quarter comes
  from the London year and month (April–June is Q1 of the year starting in April).
- Ethnicity: each distinct label is looked up in the JSON table (label → group) that the Node side
  worked out with the library's classifyEthnicity, so the mapping is exactly the library's. A label
  missing from the table stops the script.
- The C engine with usecols does not check field counts, so rows with 14 or 16 fields are counted
  when their Date is good (bench/compare.ts expects them).
- With `full` (the `pandas-full` contender): `read_csv(path, engine="c", on_bad_lines="skip")`, every
  column with pandas' own types, as the reference measurements read it (pandas' default way to load a
  file); the row with 16 fields is skipped, a row with 14 is padded, and blanks (NaN) are read as "".
"""
import json
import resource
import sys
import warnings

import pandas as pd


def main(path: str, table_path: str, full: bool) -> None:
    with open(table_path, encoding="utf-8") as f:
        table = json.load(f)
    if full:
        warnings.simplefilter("ignore", pd.errors.DtypeWarning)  # Latitude/Longitude hold blanks and numbers
        frame = pd.read_csv(path, engine="c", on_bad_lines="skip")
        frame["Self-defined ethnicity"] = frame["Self-defined ethnicity"].fillna("")
        frame["Date"] = frame["Date"].fillna("")
    else:
        frame = pd.read_csv(
            path,
            engine="c",
            usecols=["Date", "Self-defined ethnicity"],
            dtype=str,
            keep_default_na=False,
        )
    rows = len(frame)
    labels = frame["Self-defined ethnicity"].unique()
    missing = [label for label in labels if label not in table]
    if missing:
        raise SystemExit(f"labels missing from the ethnicity table: {missing[:5]}")
    group = frame["Self-defined ethnicity"].map(table)
    london = pd.to_datetime(frame["Date"], utc=True, errors="coerce").dt.tz_convert("Europe/London")
    good = london.notna()
    year = london.dt.year[good].astype("int64")
    month = london.dt.month[good].astype("int64")
    start = year - (month < 4)
    quarter = (month + 8) % 12 // 3 + 1
    sizes = pd.DataFrame({"start": start, "quarter": quarter, "group": group[good]}).groupby(["start", "quarter", "group"]).size()
    counts = {f"{s}/{(s + 1) % 100:02d} Q{q}|{g}": int(n) for (s, q, g), n in sizes.items()}
    out = {
        "contender": "pandas-full" if full else "pandas",
        "maxRssKiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "rows": rows,
        "version": pd.__version__,
        "python": sys.version.split()[0],
        "counts": dict(sorted(counts.items())),
    }
    sys.stdout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4) or (len(sys.argv) == 4 and sys.argv[3] != "full"):
        raise SystemExit("usage: pandasCount.py <file.csv> <ethnicity-table.json> [full]")
    main(sys.argv[1], sys.argv[2], len(sys.argv) == 4)
