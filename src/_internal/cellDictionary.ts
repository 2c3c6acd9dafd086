/** Cells kept per dictionary: a coded column has a few dozen values at most. */
const CAPACITY = 64;
/** Lookups a dictionary gets before it may give up on a column. */
const TRIAL = 1024;

const COMMA = 44;
const LF = 10;
const CR = 13;

/** The slot of a cell's first four bytes (read as a little-endian int32) in a table of 64. */
const slotOf = (first: number) => Math.imul(first, 0x9e3779b1) >>> 26;

/**
 * A field's cells, each with a value (what its column makes of it), found from where a cell
 * starts without first finding where it ends: the plain-row reader asks for the cell at `at`, and
 * a cell kept here whose bytes are there, followed by the byte that ends the field, saves looking
 * for the field's end and then looking its bytes up. Cells are found by their first four bytes (a
 * table of chains), then compared four bytes at a time (the last four overlapping when the length
 * is not a multiple of four). It holds only cells of at least four bytes with no comma, carriage
 * return or line feed in them, which an unquoted field of any input reads as they stand, up to 64
 * of them; a field whose cells are mostly not found (free text of many values) stops being looked
 * up once that is clear.
 */
export class CellDictionary<V> {
  private readonly heads = new Int32Array(64).fill(-1);
  private readonly firsts: number[] = [];
  private readonly nexts: number[] = [];
  private readonly keys: DataView[] = [];
  /** Each cell's length in bytes. */
  readonly lengths: number[] = [];
  /** Each cell's value. */
  readonly values: V[] = [];
  private lookups = 0;
  private misses = 0;
  /** Whether the dictionary is still worth looking in (see the class's description). */
  active = true;

  /**
   * The longest cell whose bytes start at `at` in `view` (`first` the first four bytes, read as
   * a little-endian int32) and that ends before `limit`: its number, or -1 when the dictionary holds
   * none. The caller checks that the byte after it ends the field: if not, no other cell can be the
   * field (a shorter one would be followed by a byte of this one, which holds no comma or line break).
   */
  find(view: DataView, at: number, first: number, limit: number): number {
    for (let c = this.heads[slotOf(first)] as number; c !== -1; c = this.nexts[c] as number) {
      if (this.firsts[c] !== first) continue;
      const n = this.lengths[c] as number;
      if (at + n >= limit) continue;
      const key = this.keys[c] as DataView;
      let i = 4;
      while (i + 4 <= n && key.getInt32(i, true) === view.getInt32(at + i, true)) i += 4;
      if (i === n || (i + 4 > n && key.getInt32(n - 4, true) === view.getInt32(at + n - 4, true))) return c;
    }
    return -1;
  }

  /** Counts a lookup (`found` or not), and gives up when most have missed. */
  tally(found: boolean): void {
    this.lookups++;
    if (!found) this.misses++;
    if (this.lookups >= TRIAL && 4 * this.misses > this.lookups) this.active = false;
  }

  /** Keeps `value` for the cell `bytes[start, end)`, if it is one the dictionary may hold and does not hold yet. */
  add(bytes: Uint8Array, view: DataView, start: number, end: number, value: V): void {
    const n = end - start;
    if (n < 4 || this.firsts.length >= CAPACITY || !this.active) return;
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      if (b === COMMA || b === LF || b === CR) return;
    }
    const first = view.getInt32(start, true);
    const found = this.find(view, start, first, end + 1);
    if (found !== -1 && this.lengths[found] === n) return; // held already
    const c = this.firsts.length;
    this.firsts.push(first);
    // A copy: the cell's bytes belong to a chunk that will be reused.
    this.keys.push(new DataView(Uint8Array.prototype.slice.call(bytes, start, end).buffer));
    this.lengths.push(n);
    this.values.push(value);
    // Into its chain, longest cells first (see `find`).
    const slot = slotOf(first);
    let before = -1;
    let next = this.heads[slot] as number;
    while (next !== -1 && (this.lengths[next] as number) > n) next = this.nexts[(before = next)] as number;
    this.nexts.push(next);
    if (before === -1) this.heads[slot] = c;
    else this.nexts[before] = c;
  }
}
