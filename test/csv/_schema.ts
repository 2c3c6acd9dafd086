import type { Schema } from "../../src/csv/index.js";

/** A small schema for testing the reading core on its own: id (required), amount (number), note. */
export const testSchema: Schema<{ id: string; amount: number | null; note: string | null }> = {
  name: "test",
  description: "test rows",
  columns: {
    id: { names: ["id", "ID number"], required: true },
    amount: {
      names: ["amount"],
      parse: (raw) => (raw === "" ? { value: null } : Number.isFinite(Number(raw)) ? { value: Number(raw) } : { error: "not a number" }),
    },
    note: { names: ["note"], optional: true },
  },
  toRecord: (v) => ({ id: v["id"] as string, amount: v["amount"] as number | null, note: v["note"] as string | null }),
};

/** Splits text into byte chunks of the given sizes, cycling, as an async iterable. */
export async function* byteChunks(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let i = 0;
  for (let at = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length] as number;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}
