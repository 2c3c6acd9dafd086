import type { PackChart, ScrutinyPack } from "../../report/scrutinyPackTypes.js";
import { toHtml } from "../../report/toHtml.js";
import { htmlEscape } from "../htmlEscape.js";
import { displayTable, frontNotes } from "./packDocument.js";

/** Colours chosen for at least 4.5:1 contrast on white (text #1b1b1b is 17:1, links #1d4f91 is 8.6:1, the banner's text on #fff4ce is 15:1). */
const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;color:#1b1b1b;background:#fff;line-height:1.5;margin:0 auto;max-width:72rem;padding:1rem}
a{color:#1d4f91}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.banner{background:#fff4ce;border:2px solid #6b4e00;padding:.5rem 1rem}
.scroll{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #6e6e6e;padding:.25rem .5rem;vertical-align:top}
thead th{background:#eef1f5}
.num{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto}
figcaption{font-size:.9rem}
`;

/**
 * Marks the Welsh half of each "English / Cymraeg" term in a fragment of HTML text (escaped, no
 * attributes holding free text) with `lang="cy"`, longest terms first, each term once per place.
 */
function markWelsh(html: string, terms: readonly string[]): string {
  if (terms.length === 0) return html;
  const escaped = terms.map((t) => htmlEscape(t).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(` / (${escaped.join("|")})(?=[<,.;:/)\\s]|$)`, "g");
  return html.replace(pattern, ' / <span lang="cy">$1</span>');
}

/** An SVG renderer: a chart's spec → inline SVG markup (`renderSvg` of `disproportionality/node`), or none to leave charts as data tables only. */
export type SvgRenderer = (chart: PackChart) => string;

/** The pack as one self-contained, accessible HTML page: landmarks, a contents list, captioned tables and charts with text alternatives. */
export function packHtml(pack: ScrutinyPack, svg: SvgRenderer | null): string {
  const lang = pack.lang === "cy" ? "cy" : "en";
  const e = htmlEscape;
  // Text nodes: escaped, with Welsh terms marked; attribute values and the page title are only escaped.
  const t = (text: string) => markWelsh(e(text), pack.welshTerms);
  const out: string[] = [
    "<!DOCTYPE html>", `<html lang="${lang}">`, "<head>", '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(pack.title)}</title>`, `<style>${STYLE}</style>`, "</head>", "<body>",
    '<a class="skip" href="#main">Skip to the report</a>', "<header>", `<h1>${t(pack.title)}</h1>`,
    `<p>${e(`${pack.area}: ${pack.period.current} against ${pack.period.baseline}. ${pack.package.name} ${pack.package.version}.`)}</p>`,
    ...frontNotes(pack).map((n, i) => `<p${i === 0 && pack.synthetic ? ' class="banner"' : ""}>${t(n)}</p>`),
    "</header>", '<nav aria-label="Contents">', "<ul>", ...pack.sections.map((s) => `<li><a href="#${s.id}">${t(s.title)}</a></li>`), "</ul>", "</nav>", '<main id="main">',
  ];
  for (const section of pack.sections) {
    out.push(`<section aria-labelledby="${section.id}">`, `<h2 id="${section.id}">${t(section.title)}</h2>`, ...section.summary.map((p) => `<p>${t(p)}</p>`));
    for (const chart of section.charts) {
      if (svg === null) continue;
      out.push("<figure>", svg(chart), `<figcaption>${t(chart.spec.title)}. ${t(chart.spec.description)} <a href="#table-${chart.table}">The data as a table</a>.</figcaption>`, "</figure>");
    }
    for (const table of section.tables) {
      // A wide table scrolls inside a focusable region, so keyboard users can scroll it too (WCAG 2.1.1).
      out.push(`<div id="table-${table.id}">`, `<div class="scroll" tabindex="0" role="region" aria-label="${e(`Table: ${table.title}`)}">`, markWelsh(toHtml(displayTable(table), { caption: table.title }).trimEnd(), pack.welshTerms), "</div>");
      out.push("<ul>", ...table.notes.map((n) => `<li>${t(n)}</li>`), "</ul>", "</div>");
    }
    out.push("</section>");
  }
  out.push("</main>", `<footer><p>${e(`Built by ${pack.package.name} ${pack.package.version}. Figures are in scrutiny.json and tables/*.csv; chart specifications in charts/*.vl.json.`)}</p></footer>`, "</body>", "</html>");
  return `${out.join("\n")}\n`;
}
