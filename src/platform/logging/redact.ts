// Logs must never hold a personal code. Query strings can carry anything a person typed, so
// only their presence is logged; paths and error messages are scrubbed of anything shaped like
// a personal code, also when it is percent-encoded or glued to other characters.
const PERSONAL_CODE = /(?<!\d)\d{6}(?:-|%2d)?\d{5}(?!\d)/gi;

export function redactText(text: string): string {
  return text.replace(PERSONAL_CODE, "[redacted]");
}

export function redactUrl(url: string): string {
  const [path = "/", query] = url.split("?", 2);
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A badly encoded path is scrubbed as it is.
  }
  const clean = redactText(decoded);
  return query === undefined ? clean : `${clean}?[query]`;
}
