import { htmlEscape } from "./htmlEscape.js";

/**
 * Renames every `id` in an SVG (vega's `clip1`, `gradient_0`, … from module-level counters) to
 * `<prefix>-1`, `<prefix>-2`, … in order of appearance, with the references to them
 * (`url(#…)` and `href="#…"` attribute values), so the output does not depend on how many charts
 * were rendered before and two SVGs with different prefixes never share an id.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  for (const match of svg.matchAll(/ id="([^"]*)"/g)) {
    const id = match[1] as string;
    if (!names.has(id)) names.set(id, `${prefix}-${names.size + 1}`);
  }
  if (names.size === 0) return svg;
  const rename = (whole: string, id: string, build: (name: string) => string) => {
    const name = names.get(id);
    return name === undefined ? whole : build(name);
  };
  return svg
    .replace(/ id="([^"]*)"/g, (whole, id: string) => rename(whole, id, (n) => ` id="${n}"`))
    .replace(/="url\(#([^)"]*)\)"/g, (whole, id: string) => rename(whole, id, (n) => `="url(#${n})"`))
    .replace(/(href)="#([^"]*)"/g, (whole, attr: string, id: string) => rename(whole, id, (n) => `${attr}="#${n}"`));
}

/**
 * The first reference in an SVG to something outside it, or null: a link or image `href` that is
 * not a `#fragment`, an attribute `url(…)` that is not `url(#…)`, or a `<style>` element (which
 * could import a stylesheet or a web font). URLs in text (a label naming a web address) are not
 * references.
 */
export function externalReference(svg: string): string | null {
  const match = /(?:href="(?!#)[^"]*"|="url\((?!#)[^)"]*\)|<style)/i.exec(svg);
  return match === null ? null : match[0];
}

/**
 * Makes vega's root `<svg>` an image with an accessible name: `role="img"`, `aria-label` (the
 * text alternative) and a `<title>` as its first child.
 */
export function accessibleRoot(svg: string, label: string, title: string): string {
  const open = svg.indexOf(">");
  if (!svg.startsWith("<svg") || open < 0) throw new Error("renderSvg: vega did not return an <svg> element");
  const tag = svg.slice(0, open).replace(/^<svg/, `<svg role="img" aria-label="${htmlEscape(label)}"`);
  return `${tag}><title>${htmlEscape(title)}</title>${svg.slice(open + 1)}`;
}
