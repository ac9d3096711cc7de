// The X-Road REST address of a call: /r1/{instance}/{class}/{member}/{subsystem}/{service}/{path}.
export type ServiceAddress = { serviceId: string; path: string; query: string };

const SEGMENT = /^[A-Za-z0-9._-]{1,64}$/;

/** Null when the address does not name a service in the X-Road form. */
export function parseServiceAddress(url: string): ServiceAddress | null {
  const [pathname = "", query = ""] = url.split("?", 2);
  if (!pathname.startsWith("/r1/")) return null;
  const segments = pathname.slice(4).split("/");
  const id = segments.slice(0, 5);
  if (id.length < 5 || !id.every((s) => SEGMENT.test(decodeURIComponentSafe(s)))) return null;
  const rest = segments.slice(5);
  // The provider's URL is built from these segments: a dot segment, even percent-encoded, or an
  // encoded slash would climb out of the granted service's base into another service's paths.
  if (rest.some((s) => !isPlainSegment(s))) return null;
  return { serviceId: id.join("/"), path: rest.length ? `/${rest.join("/")}` : "", query: query ? `?${query}` : "" };
}

/** A client header in the X-Road form: instance/class/member/subsystem. */
export function isClientId(value: string): boolean {
  const parts = value.split("/");
  return parts.length === 4 && parts.every((s) => SEGMENT.test(s));
}

function isPlainSegment(segment: string): boolean {
  const decoded = decodeURIComponentSafe(segment);
  if (decoded === "" && segment !== "") return false;
  return decoded !== "." && decoded !== ".." && !decoded.includes("/") && !decoded.includes("\\");
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return "";
  }
}
