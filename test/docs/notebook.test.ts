import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NOTEBOOK } from "../../scripts/buildNotebook.js";

// The walk-through notebook is saved with the outputs Deno's Jupyter kernel gave it. Its cells must
// be the builder's (so the notebook and its script cannot drift apart), every cell must have run
// without an error, and its outputs must show the independently checked figures.

interface Cell { readonly id: string; readonly cell_type: string; readonly source: string[]; readonly outputs?: { output_type: string; text?: string[]; data?: Record<string, unknown> }[] }
const saved = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "docs", "notebooks", "gwent-walkthrough.ipynb"), "utf8")) as { cells: Cell[]; metadata: { kernelspec: { name: string } } };
const outputText = (cell: Cell) => (cell.outputs ?? []).map((o) => [...(o.text ?? []), ...((o.data?.["text/plain"] as string[] | undefined) ?? [])].join("")).join("\n");

describe("docs/notebooks/gwent-walkthrough.ipynb", () => {
  it("is a Deno notebook whose cells are the builder's, in order", () => {
    expect(saved.metadata.kernelspec.name).toBe("deno");
    expect(saved.cells.map((c) => [c.id, c.cell_type, c.source.join("")])).toEqual(NOTEBOOK.cells.map((c) => [c.id, c.cell_type, c.source.join("")]));
  });

  it("was saved after running: every code cell but the imports has output, and none an error", () => {
    const code = saved.cells.filter((c) => c.cell_type === "code");
    expect(code.slice(1).every((c) => (c.outputs ?? []).length > 0)).toBe(true);
    expect(code.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === "error")).toEqual([]);
  });

  it("shows the checked figures and displays tables and charts through the Jupyter protocol", () => {
    const all = saved.cells.map(outputText).join("\n");
    expect(all).toContain("12675 rows read from 35 files: 12675 accepted, 0 rejected");
    expect(all).toContain("Unknown ethnicity: 27.7% of searches");
    expect(all).toContain("Black/White ratio 9.41 (7.70 to 11.39)");
    expect(all).toContain("Lower: women 57.2%, men 42.8%");
    const bundles = saved.cells.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === "execute_result").map((o) => Object.keys(o.data ?? {}));
    expect(bundles.filter((keys) => keys.includes("application/vnd.vegalite.v5+json")).length).toBe(5);
    expect(bundles.filter((keys) => keys.includes("text/html")).length).toBe(2);
  });
});
