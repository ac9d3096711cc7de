// Logs must never hold a personal code. Query strings can carry anything a person typed, so
// only their presence is logged; paths are scrubbed of anything shaped like a personal code.
const PERSONAL_CODE = /\b\d{6}-?\d{5}\b/g;

export function redactUrl(url: string): string {
  const [path = "/", query] = url.split("?", 2);
  const clean = path.replace(PERSONAL_CODE, "[redacted]");
  return query === undefined ? clean : `${clean}?[query]`;
}
