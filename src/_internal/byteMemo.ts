/**
 * A hash of `bytes[start, end)` from its length and six of its bytes (first, second, middle and
 * the last three), in constant time: the cells of a column differ in length or near their ends
 * far more often than not, and equal hashes are told apart by comparing every byte.
 */
function hashOf(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  let h = Math.imul(n, 0x9e3779b1);
  if (n > 0) {
    h = Math.imul(h ^ ((bytes[start] as number) | ((bytes[start + (n >> 1)] as number) << 8) | ((bytes[end - 1] as number) << 16)), 0x01000193);
    if (n > 2) h = Math.imul(h ^ ((bytes[start + 1] as number) | ((bytes[end - 2] as number) << 8) | ((bytes[end - 3] as number) << 16)), 0x01000193);
  }
  return h ^ (h >>> 15);
}

/** Whether `key` holds the `n` bytes at `start` of `view`, compared four bytes at a time. */
function same(key: DataView, view: DataView, start: number, n: number): boolean {
  let i = 0;
  for (; i + 4 <= n; i += 4) if (key.getInt32(i, true) !== view.getInt32(start + i, true)) return false;
  for (; i < n; i++) if (key.getUint8(i) !== view.getUint8(start + i)) return false;
  return true;
}

/**
 * Values remembered by the exact bytes of a cell, found without making a string: an open-addressing
 * table of copies of the bytes, kept at most half full and grown as needed, so that a column of a
 * few distinct values has a table of a few slots. Holds up to `limit` entries; past that, new
 * cells are not remembered.
 */
export class ByteMemo<V> {
  private mask = 15;
  private hashes = new Int32Array(16);
  /** Each slot's key length, or -1 when empty. */
  private lengths = new Int32Array(16).fill(-1);
  private keys: (DataView | undefined)[] = new Array<DataView | undefined>(16).fill(undefined);
  private values: (V | undefined)[] = new Array<V | undefined>(16).fill(undefined);
  private size = 0;

  constructor(private readonly limit: number) {}

  /** The value kept for the cell `bytes[start, end)`; `view` is a DataView of the same bytes as `bytes`. */
  get(bytes: Uint8Array, view: DataView, start: number, end: number): V | undefined {
    const h = hashOf(bytes, start, end);
    const n = end - start;
    const { hashes, lengths, mask } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const length = lengths[slot] as number;
      if (length === -1) return undefined;
      if (length === n && hashes[slot] === h && same(this.keys[slot] as DataView, view, start, n)) return this.values[slot];
    }
  }

  /** Keeps `value` for the cell `bytes[start, end)` (not already kept), unless the memo is full. */
  set(bytes: Uint8Array, start: number, end: number, value: V): void {
    if (this.size >= this.limit) return;
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    // A copy (Buffer's own slice would share the chunk's memory).
    this.place(hashOf(bytes, start, end), new DataView(Uint8Array.prototype.slice.call(bytes, start, end).buffer), value);
    this.size++;
  }

  private place(h: number, key: DataView, value: V | undefined): void {
    let slot = h & this.mask;
    while (this.lengths[slot] !== -1) slot = (slot + 1) & this.mask;
    this.hashes[slot] = h;
    this.lengths[slot] = key.byteLength;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    const { hashes, lengths, keys, values } = this;
    const slots = 2 * (this.mask + 1);
    this.mask = slots - 1;
    this.hashes = new Int32Array(slots);
    this.lengths = new Int32Array(slots).fill(-1);
    this.keys = new Array<DataView | undefined>(slots).fill(undefined);
    this.values = new Array<V | undefined>(slots).fill(undefined);
    for (let slot = 0; slot < lengths.length; slot++) {
      if (lengths[slot] !== -1) this.place(hashes[slot] as number, keys[slot] as DataView, values[slot]);
    }
  }
}
