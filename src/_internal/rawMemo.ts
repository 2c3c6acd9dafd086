/**
 * Values remembered by raw text, for columns with few distinct values, looked up without hashing
 * the text: fresh strings from the parser are compared, by length first, with the few remembered
 * ones (comparing is cheaper than hashing a new string). Up to `limit` values are kept; texts of a
 * length that has many already, or long ones, go to a map.
 */
export class RawMemo<V> {
  private readonly keys: (string[] | undefined)[] = [];
  private readonly values: (V[] | undefined)[] = [];
  private readonly others = new Map<string, V>();
  private size = 0;

  constructor(private readonly limit: number) {}

  get(raw: string): V | undefined {
    const n = raw.length;
    const keys = this.keys[n];
    if (keys !== undefined) {
      for (let i = 0; i < keys.length; i++) if (keys[i] === raw) return (this.values[n] as V[])[i];
    }
    return this.others.size === 0 ? undefined : this.others.get(raw);
  }

  set(raw: string, value: V): void {
    if (this.size >= this.limit) return;
    this.size++;
    const n = raw.length;
    if (n >= 256) {
      this.others.set(raw, value);
      return;
    }
    const keys = this.keys[n];
    if (keys === undefined) {
      this.keys[n] = [raw];
      this.values[n] = [value];
    } else if (keys.length < 8) {
      keys.push(raw);
      (this.values[n] as V[]).push(value);
    } else this.others.set(raw, value);
  }
}
