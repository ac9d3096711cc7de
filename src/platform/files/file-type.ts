// What an uploaded file is, judged by its first bytes: the name and the browser's media type are
// the sender's claims and are not trusted. Only the types an e-service may accept are known.
/** The file types Epak accepts anywhere: documents, scans and photos, signed containers. */
export const FILE_TYPES = ["pdf", "png", "jpeg", "edoc"] as const;
export type FileType = (typeof FILE_TYPES)[number];

export const MEDIA_TYPES: Record<FileType, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  edoc: "application/vnd.etsi.asic-e+zip",
};

/** The extensions each type is known by; the first is the one given to a file when its name has another. */
export const FILE_EXTENSIONS: Record<FileType, readonly [string, ...string[]]> = {
  pdf: [".pdf"],
  png: [".png"],
  jpeg: [".jpg", ".jpeg"],
  edoc: [".edoc", ".asice"],
};

const PDF = bytesOf("%PDF-");
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP_LOCAL_FILE = [0x50, 0x4b, 0x03, 0x04];
const MIMETYPE_NAME = bytesOf("mimetype");
const ASIC_E = bytesOf(MEDIA_TYPES.edoc);

export function detectFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (isAsicE(bytes)) return "edoc";
  return null;
}

/**
 * An ASiC-E container (EN 319 162-1) is a ZIP whose first entry is "mimetype", stored without
 * compression, holding the container's media type, so that its type reads from fixed offsets
 * without unpacking anything. Any other ZIP is not a signed document.
 */
function isAsicE(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ZIP_LOCAL_FILE) || bytes.length < 30) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const compression = view.getUint16(8, true);
  const compressedSize = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  if (compression !== 0 || nameLength !== MIMETYPE_NAME.length) return false;
  if (!startsWith(bytes.subarray(30), MIMETYPE_NAME)) return false;
  // A writer that streams may leave the size to a descriptor after the data (size 0 here).
  if (compressedSize !== 0 && compressedSize !== ASIC_E.length) return false;
  return startsWith(bytes.subarray(30 + nameLength + extraLength), ASIC_E);
}

function startsWith(bytes: Uint8Array, prefix: ArrayLike<number>): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    if (bytes[i] !== prefix[i]) return false;
  }
  return true;
}

function bytesOf(ascii: string): Uint8Array {
  return new TextEncoder().encode(ascii);
}
