const SLOTS = 4096;
const MASK = SLOTS - 1;

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

function same(key: Uint8Array, bytes: Uint8Array, start: number, end: number): boolean {
  const n = key.length;
  if (n !== end - start) return false;
  for (let i = n - 1; i >= 0; i--) if (key[i] !== bytes[start + i]) return false;
  return true;
}

/**
 * Values remembered by the exact bytes of a cell, found without making a string (an open-addressing
 * table of copies of the bytes). Holds up to `limit` entries (at most half the table); past that,
 * new cells are not remembered.
 */
export class ByteMemo<V> {
  private readonly hashes = new Int32Array(SLOTS);
  private readonly keys: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(SLOTS).fill(undefined);
  private readonly values: (V | undefined)[] = new Array<V | undefined>(SLOTS).fill(undefined);
  private size = 0;

  constructor(private readonly limit: number = SLOTS / 2) {}

  get(bytes: Uint8Array, start: number, end: number): V | undefined {
    const h = hashOf(bytes, start, end);
    for (let slot = h & MASK; ; slot = (slot + 1) & MASK) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (this.hashes[slot] === h && same(key, bytes, start, end)) return this.values[slot];
    }
  }

  set(bytes: Uint8Array, start: number, end: number, value: V): void {
    if (this.size >= Math.min(this.limit, SLOTS / 2)) return;
    const h = hashOf(bytes, start, end);
    let slot = h & MASK;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & MASK;
    this.hashes[slot] = h;
    this.keys[slot] = bytes.slice(start, end);
    this.values[slot] = value;
    this.size++;
  }
}
