// The text fields of a submitted form, whatever arrives: a missing field is "", a field sent
// twice counts once, and an overlong value is cut, so that a form is shown again with the
// person's input and field messages rather than answered with an error page.
const MAX_FIELD_LENGTH = 1000;

export function formFields<K extends string>(body: unknown, names: readonly K[]): Record<K, string> {
  const source = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  const fields = {} as Record<K, string>;
  for (const name of names) {
    const raw = source[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    fields[name] = typeof value === "string" ? value.slice(0, MAX_FIELD_LENGTH) : "";
  }
  return fields;
}
