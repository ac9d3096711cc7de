// Names of uploaded files as Epak keeps and offers them back: the sender's name, cut to something
// that is safe in a header, a file system and a page, and that ends in the extension of what the
// file really is.
import { FILE_EXTENSIONS, type FileType } from "./file-type.ts";

const MAX_LENGTH = 120;
const FALLBACK = "pielikums";

// Control and format characters (a right-to-left override can make "fdp.exe" read as "exe.pdf"),
// line separators, and what file systems or a Content-Disposition header treat as syntax.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}"'`;:<>*?|%\\/]/gu;
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

export function safeFileName(name: string, type: FileType): string {
  const lastSegment = name.split(/[/\\]/).at(-1) ?? "";
  const cleaned = lastSegment.normalize("NFC").replace(/\s/gu, " ").replace(UNSAFE, "").replace(/ +/g, " ").trim();
  const extensions = FILE_EXTENSIONS[type];
  const found = extensionOf(cleaned);
  const kept = found && extensions.includes(found.toLowerCase()) ? found.toLowerCase() : extensions[0];
  // Leading dots hide a file on some systems; trailing dots and spaces are dropped by Windows.
  const base = (found ? cleaned.slice(0, -found.length) : cleaned).replace(/^[.\s]+|[.\s]+$/gu, "");
  const shortened = [...base]
    .slice(0, MAX_LENGTH - kept.length)
    .join("")
    .replace(/[.\s]+$/u, "");
  return `${shortened || FALLBACK}${kept}`;
}

/** The name's extension, if its tail looks like one: "Līgums v1.2" keeps its version number. */
function extensionOf(name: string): string | undefined {
  const tail = EXTENSION.exec(name)?.[0];
  return tail && /\p{L}/u.test(tail) ? tail : undefined;
}

/**
 * The Content-Disposition header that downloads a file under `name`: an ASCII name for old
 * clients and the exact name in UTF-8 (RFC 6266, RFC 8187) for the rest.
 */
export function contentDisposition(name: string): string {
  const clean = name.normalize("NFC").replace(UNSAFE, "");
  const ascii = clean
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(clean)}`;
}

function encodeRfc8187(value: string): string {
  // encodeURIComponent leaves these as they are, but RFC 8187 allows them only percent-encoded.
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
