// Addresses taken from a request (a `?lapa=` parameter, a Referer, the URL itself) end up in
// links and redirects. Browsers read `/\evil.example` or `//evil.example` as another site, so
// such a value is only ever used as the path and query of this site, or not at all.
const BASE = "http://epak.invalid";

// Browsers drop tabs and newlines inside a URL, so "/\t/evil" would become "//evil".
function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) < 0x20) return true;
  return false;
}

/** `value` as a path and query on this site, or null if it is not one. */
export function safeLocalPath(value: string): string | null {
  if (!value.startsWith("/") || value.includes("\\") || hasControlCharacter(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  const path = `${url.pathname}${url.search}`;
  return path.startsWith("//") ? null : path;
}

/** Several slashes at the start of a request's path become one, so no page can link off-site. */
export function collapseLeadingSlashes(url: string): string {
  return url.replace(/^[/\\]{2,}/, "/");
}
