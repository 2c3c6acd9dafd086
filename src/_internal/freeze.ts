/** Freezes a result and the plain objects and arrays inside it, so results cannot be mutated. */
export function freezeResult<T extends object>(result: T): Readonly<T> {
  for (const value of Object.values(result)) {
    if (value !== null && typeof value === "object" && !Object.isFrozen(value)) freezeResult(value);
  }
  return Object.freeze(result);
}
