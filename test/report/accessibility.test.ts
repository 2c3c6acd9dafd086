import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disproportionality, forestPlotSpec, gwentPopulation, toHtml } from "../../src/index.js";
import { renderSvg } from "../../src/node/index.js";
import { axeViolations, chromiumPath, startAxe, stopAxe, xmlParseError } from "../_helpers/axe.js";

// WCAG 2.2 AA in a real browser: a report page made of the package's own table and chart output
// is loaded in headless Chromium and checked with axe-core (see docs/accessibility.md).

const CHROMIUM = chromiumPath();
const MISSING = "Chromium not found at /usr/bin/chromium (or CHROMIUM_PATH): install Debian's chromium package (`apt-get install -y chromium`); .ci/run installs it";
if (CHROMIUM === null && !process.env["CI"]) console.warn(`accessibility tests skipped: ${MISSING}`);

// Gwent stop and search 2019/20 by self-defined ethnicity (data.police.uk), against Census 2011.
const GWENT_2019_20 = { Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 };

/** A whole HTML page as report.html is laid out: language, title, landmarks, headings, styles. */
function page(body: string): string {
  return [
    '<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Stop and search scrutiny, Gwent 2019/20</title>",
    "<style>body { font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; background: #ffffff; } table { border-collapse: collapse; } th, td { border: 1px solid #595959; padding: 0.25em 0.5em; } .num { text-align: right; } svg { max-width: 100%; height: auto; }</style>",
    "</head>\n<body>\n<main>\n<h1>Stop and search scrutiny, Gwent 2019/20</h1>",
    body,
    "</main>\n</body>\n</html>\n",
  ].join("\n");
}

async function reportPage(): Promise<{ html: string; svg: string }> {
  const table = disproportionality(GWENT_2019_20, gwentPopulation({ census: 2011 }));
  const rows = table.rows.map((r) => ({ group: r.group, searches: r.count, rate: r.rate?.value ?? null, ratio: r.ratio?.value ?? null }));
  const spec = forestPlotSpec(table);
  const svg = await renderSvg(spec, { idPrefix: "forest" });
  const chartTable = toHtml(spec.data.values.map((d) => ({ group: d["group"] ?? null, "ratio (95% interval)": d["text"] ?? null })), { caption: `Data for the chart: ${spec.title}`, rowHeader: "group" });
  const html = page([
    "<h2>Rates per 1,000 by ethnicity</h2>",
    toHtml(rows, { caption: "Stop and search rates per 1,000 population by self-defined ethnicity, Gwent 2019/20", rowHeader: "group", digits: 3 }),
    "<h2>Rate ratios against White</h2>",
    `<figure>\n${svg}\n<figcaption>${spec.title}. The table below gives the chart's figures.</figcaption>\n</figure>`,
    chartTable,
  ].join("\n"));
  return { html, svg };
}

describe.runIf(CHROMIUM === null && process.env["CI"])("accessibility (Chromium missing)", () => {
  it("needs Chromium in CI", () => {
    throw new Error(MISSING);
  });
});

describe.skipIf(CHROMIUM === null)("accessibility: axe-core in headless Chromium", () => {
  beforeAll(startAxe, 60_000);
  afterAll(stopAxe);

  it("finds no WCAG 2.2 A/AA or best-practice violation in a page of a table, a chart and the chart's data table", async () => {
    const { html, svg } = await reportPage();
    expect(html).toContain("<caption>Stop and search rates per 1,000");
    expect(html).toContain('<svg role="img"');
    expect(await xmlParseError(svg)).toBeNull();
    expect(await axeViolations(html)).toEqual([]);
  }, 60_000);

  it("reports an image without alternative text and a cell with too little contrast (the harness can fail)", async () => {
    const pixel = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==";
    const bad = page(`<img src="${pixel}" width="10" height="10">\n${toHtml([{ group: "Black", rate: 12.5 }], { caption: "Rates" }).replace("<td>Black</td>", '<td style="color: #b0b0b0">Black</td>')}`);
    const violations = await axeViolations(bad);
    expect(violations.map((v) => v.id).sort()).toEqual(["color-contrast", "image-alt"]);
    const contrast = violations.find((v) => v.id === "color-contrast");
    expect(contrast?.impact).toBe("serious");
    expect(contrast?.targets).toHaveLength(1);
    expect(contrast?.targets[0]).toMatch(/^td/);
    expect(violations.find((v) => v.id === "image-alt")?.targets).toEqual(["img"]);
  }, 60_000);

  it("reports a chart with no text alternative, and a malformed SVG", async () => {
    const { svg } = await reportPage();
    const unnamed = svg.replace(/^<svg role="img" aria-label="[^"]*"/, '<svg role="img"').replace(/<title>[^<]*<\/title>/, "");
    expect((await axeViolations(page(unnamed))).map((v) => v.id)).toContain("svg-img-alt");
    expect(await xmlParseError(svg.replace("</title>", ""))).not.toBeNull();
  }, 60_000);
});
