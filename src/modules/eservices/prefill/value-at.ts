// A value in the prefilled register data by its dotted path ("person.fullName"); undefined when
// any step is missing, so a register that did not answer leaves the field empty, not an error.
export type PrefillData = Record<string, unknown>;

export function valueAt(data: PrefillData, path: string): unknown {
  let current: unknown = data;
  for (const key of path.split(".")) {
    // Own keys only: a path from a definition ("person.constructor") must not reach into prototypes.
    if (typeof current !== "object" || current === null || Array.isArray(current) || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
