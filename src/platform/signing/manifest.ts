// META-INF/manifest.xml: the OpenDocument manifest that lists an ASiC-E container's data files and
// their media types. It is not signed; a verifier compares it with the signed media types.
import { escapeXml, NS, parseXml } from "./xml.ts";

export const CONTAINER_MEDIA_TYPE = "application/vnd.etsi.asic-e+zip";

export type ManifestEntry = { name: string; mediaType: string };

export function writeManifest(files: readonly ManifestEntry[]): string {
  const entry = (path: string, type: string) =>
    `<manifest:file-entry manifest:full-path="${escapeXml(path)}" manifest:media-type="${escapeXml(type)}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<manifest:manifest xmlns:manifest="${NS.manifest}" manifest:version="1.2">`,
    entry("/", CONTAINER_MEDIA_TYPE),
    ...files.map((file) => entry(file.name, file.mediaType)),
    "</manifest:manifest>",
    "",
  ].join("\n");
}

/** The data files a manifest lists (not the container's own "/" entry). Throws if malformed. */
export function readManifest(text: string): ManifestEntry[] {
  const root = parseXml(text).documentElement;
  if (!root || root.namespaceURI !== NS.manifest || root.localName !== "manifest") throw new Error("not a manifest");
  const entries: ManifestEntry[] = [];
  for (const element of Array.from(root.getElementsByTagNameNS(NS.manifest, "file-entry"))) {
    const name = element.getAttributeNS(NS.manifest, "full-path") ?? "";
    if (name !== "/") entries.push({ name, mediaType: element.getAttributeNS(NS.manifest, "media-type") ?? "" });
  }
  return entries;
}
