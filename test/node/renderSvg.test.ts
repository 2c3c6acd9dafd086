import { describe, expect, it } from "vitest";
import {
  disproportionality,
  forestPlotSpec,
  funnelPlotSpec,
  funnelSignificance,
  genderPayGap,
  gwentPopulation,
  payQuartilesSpec,
  spc,
  spcChartSpec,
  type VegaLiteSpec,
} from "../../src/index.js";
import { ArgumentError } from "../../src/errors.js";
import { renderSvg } from "../../src/node/index.js";

// A hand-made count table against the embedded Gwent population: small inputs through the library.
const COUNTS = { Asian: 30, Black: 25, Mixed: 12, White: 400, Unknown: 40 };

const PAY = [
  { sex: "Female", hourlyPay: 10 }, { sex: "Female", hourlyPay: 11 }, { sex: "Male", hourlyPay: 12 }, { sex: "Female", hourlyPay: 13 },
  { sex: "Male", hourlyPay: 14 }, { sex: "Female", hourlyPay: 15 }, { sex: "Male", hourlyPay: 16 }, { sex: "Male", hourlyPay: 20 },
] as const;

const specs: Record<string, () => VegaLiteSpec> = {
  forest: () => forestPlotSpec(disproportionality(COUNTS, gwentPopulation({ census: 2021 }))),
  spc: () => spcChartSpec(spc([9.1, 9.6, 8.8, 9.4, 9.9, 9.2, 9.0, 9.7, 9.3, 9.5, 9.2, 14.9], { scale: "log", improvement: "decrease" })),
  funnel: () => funnelPlotSpec(funnelSignificance([
    { area: "A", numerator: 120, denominator: 1000 },
    { area: "B", numerator: 95, denominator: 1000 },
    { area: "C", numerator: 45, denominator: 500 },
    { area: "D", numerator: 140, denominator: 2000 },
  ])),
  pay: () => payQuartilesSpec(genderPayGap(PAY)),
};

/** Decodes the five character references our HTML/XML escaping writes. */
function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e] as string);
}

/**
 * Problems that make a string not well-formed XML, by a small independent tokenizer: unbalanced
 * or mismatched tags, a repeated attribute, an unquoted attribute, or a raw `<`/`&` in text.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of xml.matchAll(token)) {
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray !== undefined) { problems.push(`stray < at ${m.index}`); continue; }
    if (text !== undefined) {
      if (/&(?!(?:lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);)/.test(text)) problems.push(`raw & in text at ${m.index}`);
      if (stack.length === 0 && text.trim() !== "") problems.push("text outside the root");
      continue;
    }
    const names = [...(attrs ?? "").matchAll(/([\w:.-]+)="/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) problems.push(`repeated attribute on <${name}>`);
    if ((attrs ?? "").split('"').some((part, i) => i % 2 === 1 && /&(?!(?:lt|gt|quot|apos|amp|#\d+);)/.test(part))) problems.push(`raw & in an attribute of <${name}>`);
    if (close) {
      if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element`);
    } else if (!selfClose) {
      stack.push(name as string);
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(", ")}`);
  return problems;
}

const ids = (svg: string) => [...svg.matchAll(/ id="([^"]*)"/g)].map((m) => m[1] as string);
const references = (svg: string) => [...svg.matchAll(/(?:url\(#|href="#)([^)"]*)/g)].map((m) => m[1] as string);

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentError);
    return (error as Error).message;
  }
  return "did not throw";
}

describe("renderSvg", () => {
  it.each(Object.keys(specs))("renders the %s chart as an accessible, self-contained SVG", async (name) => {
    const spec = (specs[name] as () => VegaLiteSpec)();
    const svg = await renderSvg(spec);
    expect(xmlProblems(svg)).toEqual([]);
    const root = /^<svg ([^>]*)><title>([^<]*)<\/title>/.exec(svg);
    expect(root).not.toBeNull();
    expect(root?.[1]).toMatch(/^role="img" aria-label="[^"]+" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(unescapeXml(/aria-label="([^"]*)"/.exec(root?.[1] ?? "")?.[1] ?? "")).toBe(spec.description);
    expect(unescapeXml(root?.[2] ?? "")).toBe(spec.title);
    expect(svg.endsWith("</svg>")).toBe(true);
    // No external references: the only URLs are the two namespace declarations.
    const rest = svg.replace(' xmlns="http://www.w3.org/2000/svg"', "").replace(' xmlns:xlink="http://www.w3.org/1999/xlink"', "");
    expect(rest).not.toMatch(/http|\/\/|@import|@font-face|<style|<image|<script/i);
    expect(references(svg).every((ref) => ids(svg).includes(ref))).toBe(true);
    expect(new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]))).toEqual(new Set(["Arial, Helvetica, sans-serif"]));
  });

  it("is deterministic whatever was rendered before, though vega numbers clip paths with global counters", async () => {
    const first = await renderSvg(specs["funnel"]!());
    expect(first).toMatch(/clip-path="url\(#chart-[0-9a-f]{8}-1\)"/);
    const others = await Promise.all(Object.values(specs).map((make) => renderSvg(make())));
    const again = await renderSvg(specs["funnel"]!());
    expect(again).toBe(first);
    expect(others[2]).toBe(first);
    for (const name of ["pay", "spc", "forest"]) {
      expect(await renderSvg(specs[name]!())).toBe(await renderSvg(specs[name]!()));
    }
  });

  it("numbers ids from the prefix, so two charts on one page never share one", async () => {
    const a = await renderSvg(specs["funnel"]!(), { idPrefix: "funnel-a" });
    const b = await renderSvg(specs["funnel"]!(), { idPrefix: "funnel_b" });
    const [idsA, idsB] = [ids(a), ids(b)];
    expect(idsA.length).toBeGreaterThan(0);
    expect(idsA).toEqual(idsA.map((_, i) => `funnel-a-${i + 1}`));
    expect(idsB).toEqual(idsB.map((_, i) => `funnel_b-${i + 1}`));
    expect(idsA.filter((id) => idsB.includes(id))).toEqual([]);
    expect(new Set(references(a))).toEqual(new Set(idsA));
    expect(new Set(references(b))).toEqual(new Set(idsB));
    // Only the ids differ.
    expect(b.replaceAll("funnel_b-", "funnel-a-")).toBe(a);
    // Default prefixes differ between different specs.
    const prefixOf = (svg: string) => ids(svg)[0]?.replace(/-\d+$/, "");
    const funnel = await renderSvg(specs["funnel"]!());
    const otherFunnel = await renderSvg(funnelPlotSpec(funnelSignificance([{ area: "A", numerator: 12, denominator: 100 }, { area: "B", numerator: 30, denominator: 150 }])));
    expect(prefixOf(funnel)).toMatch(/^chart-[0-9a-f]{8}$/);
    expect(prefixOf(otherFunnel)).toMatch(/^chart-[0-9a-f]{8}$/);
    expect(prefixOf(otherFunnel)).not.toBe(prefixOf(funnel));
  });

  it("renders a frozen spec without changing it", async () => {
    const spec = specs["forest"]!();
    const before = JSON.stringify(spec);
    expect(Object.isFrozen(spec.data.values[0])).toBe(true);
    await renderSvg(spec);
    expect(JSON.stringify(spec)).toBe(before);
  });

  it("names the chart by whichever of title and description it has", async () => {
    const base = { $schema: "https://vega.github.io/schema/vega-lite/v5.json", data: { values: [{ a: 1 }, { a: 2 }] }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } } };
    const titled = await renderSvg({ ...base, title: { text: "Only a title" } } as unknown as VegaLiteSpec);
    expect(titled.startsWith('<svg role="img" aria-label="Only a title" xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(titled).toContain("<title>Only a title</title>");
    const described = await renderSvg({ ...base, description: "Two points: 1 & 2 <ok>" } as unknown as VegaLiteSpec);
    expect(described).toContain('aria-label="Two points: 1 &amp; 2 &lt;ok&gt;"');
    expect(described).toContain("<title>Two points: 1 &amp; 2 &lt;ok&gt;</title>");
    expect(xmlProblems(described)).toEqual([]);
  });

  it("rejects what it cannot render, with the reason", async () => {
    const base = { title: "T", mark: "point", data: { values: [{ a: 1 }] } };
    expect(await rejection(renderSvg(null as unknown as VegaLiteSpec))).toBe("renderSvg: spec must be a Vega-Lite spec object; received null");
    expect(await rejection(renderSvg([] as unknown as VegaLiteSpec))).toBe("renderSvg: spec must be a Vega-Lite spec object; received an array of length 0");
    expect(await rejection(renderSvg("{}" as unknown as VegaLiteSpec))).toBe('renderSvg: spec must be a Vega-Lite spec object; received "{}"');
    const cyclic: Record<string, unknown> = { title: "T", mark: "point" };
    cyclic["self"] = cyclic;
    expect(await rejection(renderSvg(cyclic as unknown as VegaLiteSpec))).toBe("renderSvg: spec must be plain JSON (no cycles or BigInt values); received a value of type object");
    expect(await rejection(renderSvg({ mark: "point", data: { values: [] } } as unknown as VegaLiteSpec))).toBe(
      "renderSvg: spec must have a title or a description (the chart's text alternative); received a value of type object",
    );
    expect(await rejection(renderSvg({ title: "   ", description: "" } as unknown as VegaLiteSpec))).toBe(
      "renderSvg: spec must have a title or a description (the chart's text alternative); received a value of type object",
    );
    expect(await rejection(renderSvg({ title: "No mark" } as unknown as VegaLiteSpec))).toBe(
      'renderSvg: spec could not be rendered: Invalid specification {"title":"No mark"}. Make sure the specification includes at least one of the following properties: "mark", "layer", "facet", "hconcat", "vconcat", "concat", or "repeat".; received a value of type object',
    );
    expect(await rejection(renderSvg({ ...base, transform: [{ calculate: "datum.a +", as: "b" }] } as unknown as VegaLiteSpec))).toMatch(
      /^renderSvg: spec could not be rendered: .+; received a value of type object$/,
    );
    expect(await rejection(renderSvg({ ...base, transform: [{ calculate: "datum.a.b.c", as: "x" }], encoding: { x: { field: "x", type: "quantitative" } } } as unknown as VegaLiteSpec))).toBe(
      "renderSvg: spec could not be rendered: Cannot read properties of undefined (reading 'c'); received a value of type object",
    );
    expect(await rejection(renderSvg({ title: "T", mark: "point", data: { url: "https://example.org/data.csv" } } as unknown as VegaLiteSpec))).toBe(
      "renderSvg: spec must have inline data (renderSvg loads nothing); received a value of type object",
    );
    expect(await rejection(renderSvg({ ...base, mark: "image", encoding: { url: { value: "https://example.org/a.png" } } } as unknown as VegaLiteSpec))).toBe(
      'renderSvg: spec must not reference anything outside the SVG (found href=""); received a value of type object',
    );
    const spec = specs["pay"]!();
    expect(await rejection(renderSvg(spec, null as never))).toBe("renderSvg: options must be an object or undefined; received null");
    expect(await rejection(renderSvg(spec, { idPrefix: "1chart" }))).toBe('renderSvg: options.idPrefix must be a letter followed by letters, digits, - or _; received "1chart"');
    expect(await rejection(renderSvg(spec, { idPrefix: "a b" }))).toBe('renderSvg: options.idPrefix must be a letter followed by letters, digits, - or _; received "a b"');
    expect(await rejection(renderSvg(spec, { idPrefix: "" }))).toBe('renderSvg: options.idPrefix must be a letter followed by letters, digits, - or _; received ""');
    expect(await rejection(renderSvg(spec, { idPrefix: 7 as unknown as string }))).toBe("renderSvg: options.idPrefix must be a letter followed by letters, digits, - or _; received 7");
  });

  it("drops links rather than pointing outside the SVG", async () => {
    const svg = await renderSvg({ title: "Links", mark: "point", data: { values: [{ a: 1 }] }, encoding: { x: { field: "a", type: "quantitative" }, href: { value: "https://example.org" } } } as unknown as VegaLiteSpec);
    expect(svg).not.toContain("example.org");
    expect(xmlProblems(svg)).toEqual([]);
  });

  it("has a well-formedness check that can fail", () => {
    expect(xmlProblems("<svg><g></svg>")).not.toEqual([]);
    expect(xmlProblems('<svg a="1" a="2"/>')).not.toEqual([]);
    expect(xmlProblems("<svg>1 & 2</svg>")).not.toEqual([]);
    expect(xmlProblems("<svg><title>ok &amp; fine</title></svg>")).toEqual([]);
  });
});
