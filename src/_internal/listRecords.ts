import type { Schema } from "../csv/types.js";

interface ListForm {
  readonly fields: readonly string[];
  readonly toRecord: Schema<unknown>["toRecord"];
  readonly build: (values: readonly unknown[]) => unknown;
}

const forms = new WeakMap<object, ListForm>();

/**
 * Defines a built-in schema whose records are built from the field values as a list, in the
 * order of its columns (`toRecord` reads the named values into such a list). The readers then
 * fill one list per input instead of an object per row; `build` must not keep the list.
 */
export function listSchema<R>(schema: Omit<Schema<R>, "toRecord">, build: (values: readonly unknown[]) => R): Schema<R> {
  const fields = Object.keys(schema.columns);
  const toRecord = (values: Readonly<Record<string, unknown>>) => build(fields.map((field) => values[field]));
  const defined: Schema<R> = { ...schema, toRecord };
  forms.set(defined, { fields, toRecord, build } as ListForm);
  return defined;
}

/**
 * The list builder of a schema defined with {@link listSchema}, when its `toRecord` is still the
 * one defined and `fields` (the reader's column order) is still its column order; else `null`.
 */
export function listBuilderOf<R>(schema: Schema<R>, fields: readonly string[]): ((values: readonly unknown[]) => R) | null {
  const form = forms.get(schema);
  if (form === undefined || form.toRecord !== schema.toRecord || form.fields.length !== fields.length) return null;
  return form.fields.every((field, i) => field === fields[i]) ? (form.build as (values: readonly unknown[]) => R) : null;
}

/** The index of each field in a column list: `{ type: 0, date: 1, … }`. */
export function fieldIndex<K extends string>(columns: Readonly<Record<K, unknown>>): Readonly<Record<K, number>> {
  return Object.freeze(Object.fromEntries(Object.keys(columns).map((field, i) => [field, i]))) as Record<K, number>;
}
