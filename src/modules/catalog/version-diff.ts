// What changed between two versions of a service, field by field, for the history page.
export type Change = { path: string; before: string | null; after: string | null };

function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) flatten(v, path ? `${path}.${i}` : String(i), out);
  } else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, path ? `${path}.${k}` : k, out);
  else if (value !== undefined && value !== null) out.set(path, String(value));
}

export function versionDiff(before: unknown, after: unknown): Change[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before, "", a);
  flatten(after, "", b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths.filter((p) => a.get(p) !== b.get(p)).map((path) => ({ path, before: a.get(path) ?? null, after: b.get(path) ?? null }));
}
