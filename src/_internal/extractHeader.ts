import type { Schema } from "../csv/types.js";

const norm = (s: string) => s.replace(/^\uFEFF/, "").trim().replace(/\s+/g, " ").toLowerCase();

/** Where each field's column is in the header (-1 for an absent optional column), or what is wrong. */
export function resolveHeader(
  header: readonly string[],
  schema: Schema<unknown>,
  mapping: Readonly<Record<string, string>> = {},
): { indices: Record<string, number> } | { missing: string[] } {
  const positions = new Map(header.map((h, i) => [norm(h), i] as const));
  const indices: Record<string, number> = {};
  const missing: string[] = [];
  for (const [field, spec] of Object.entries(schema.columns)) {
    const names = mapping[field] !== undefined ? [mapping[field] as string] : spec.names;
    const found = names.map((n) => positions.get(norm(n))).find((i) => i !== undefined);
    if (found !== undefined) indices[field] = found;
    else if (spec.optional && mapping[field] === undefined) indices[field] = -1;
    else missing.push(`"${names[0]}"${mapping[field] !== undefined ? ` (mapped from ${field})` : ""}`);
  }
  return missing.length > 0 ? { missing } : { indices };
}
