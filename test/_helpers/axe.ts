import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";

// An accessibility harness: pages are loaded in headless Chromium (Debian's `chromium` package, or
// the browser named by CHROMIUM_PATH) and checked with axe-core against WCAG 2.0/2.1/2.2 A and AA
// and axe's best practices. Start it in a beforeAll with startAxe() and stop it in an afterAll.

/** The axe rule tags every page is checked against. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] as const;

/** The Chromium flags: headless, no sandbox (containers, root), and nothing that reaches the network. */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** One failed axe rule: its id, impact, help text, and the CSS selectors of the failing nodes. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** The Chromium executable to use: CHROMIUM_PATH when set, else /usr/bin/chromium; null when it is not there. */
export function chromiumPath(): string | null {
  const path = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium";
  return existsSync(path) ? path : null;
}

let browser: Browser | null = null;
const axeSource = () => readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Launches the browser (once); call it in a beforeAll. */
export async function startAxe(): Promise<void> {
  const executablePath = chromiumPath();
  if (executablePath === null) throw new Error("Chromium not found: install Debian's chromium package or set CHROMIUM_PATH");
  browser ??= await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Closes the browser; call it in an afterAll. */
export async function stopAxe(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** Opens `html` in a fresh page that can make no network request, runs `f` on it and closes it. */
async function withPage<T>(html: string, f: (page: Page) => Promise<T>): Promise<T> {
  if (browser === null) throw new Error("startAxe() has not been called");
  const page = await browser.newPage();
  try {
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    return await f(page);
  } finally {
    await page.close();
  }
}

// The scripts below run in the page, so they are strings: this project compiles without the DOM types.

/** The axe-core violations of an HTML page (WCAG 2.x A/AA and best practice), empty when it passes. */
export async function axeViolations(html: string): Promise<AxeViolation[]> {
  return withPage(html, async (page) => {
    await page.addScriptTag({ content: axeSource() });
    const run = `axe.run(document, { runOnly: { type: "tag", values: ${JSON.stringify(AXE_TAGS)} } }).then((result) =>
      result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(" ")) })))`;
    return (await page.evaluate(run)) as AxeViolation[];
  });
}

/** The browser's XML parser error for a document (e.g. an SVG), or null when it is well-formed. */
export async function xmlParseError(xml: string, type: "image/svg+xml" | "application/xml" = "image/svg+xml"): Promise<string | null> {
  return withPage("<!doctype html><html lang=\"en\"><title>parse</title></html>", async (page) => {
    const parse = `(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, ${JSON.stringify(type)});
      const error = doc.getElementsByTagName("parsererror")[0];
      return error === undefined ? null : (error.textContent || "parse error");
    })()`;
    return (await page.evaluate(parse)) as string | null;
  });
}
