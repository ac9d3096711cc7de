// A small ZIP writer and a strict ZIP reader, both for ASiC containers. Written here rather than
// taken from a general library because the container's layout is part of the standard (the
// `mimetype` entry first, stored, with no extra field and sizes in its local header), and because
// the reader has to refuse anything a tamperer could change without touching an entry's bytes:
// every entry's CRC is checked, the local and central headers must agree, and the entries must
// fill the file with no gap, overlap or trailing data.
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

export type ZipEntry = { name: string; bytes: Uint8Array; compressed: boolean };

/** What the reader saw of an entry beyond its bytes: enough to check the `mimetype` rule. */
export type ReadEntry = ZipEntry & { offset: number; extraLength: number };

export type ZipResult = { ok: true; entries: ReadEntry[] } | { ok: false; detail: string };

/** Caps for untrusted input: a decision's container is a few hundred kilobytes. */
export const MAX_ENTRIES = 1000;
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DESCRIPTOR = 0x08074b50;
const STORED = 0;
const DEFLATED = 8;
const UTF8_NAMES = 0x0800;
const HAS_DESCRIPTOR = 0x0008;
const ENCRYPTED = 0x0001;
// Made by "Unix, ZIP 2.0", so that unpacking tools give the files ordinary read/write permissions.
const MADE_BY = 0x0314;
const FILE_MODE = (0o100644 << 16) >>> 0;

function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/** Entries in the order given; no data descriptors, no extra fields, names in UTF-8. */
export function writeZip(entries: readonly ZipEntry[], modified: Date): Uint8Array {
  const { time, date } = dosDateTime(modified);
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = entry.compressed ? deflateRawSync(entry.bytes) : entry.bytes;
    const fields = {
      flags: name.length === entry.name.length ? 0 : UTF8_NAMES,
      method: entry.compressed ? DEFLATED : STORED,
      crc: crc32(entry.bytes),
      compressedSize: data.length,
      size: entry.bytes.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(fields.flags, 6);
    local.writeUInt16LE(fields.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(fields.crc, 14);
    local.writeUInt32LE(fields.compressedSize, 18);
    local.writeUInt32LE(fields.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(MADE_BY, 4);
    local.copy(central, 6, 4, 30);
    central.writeUInt32LE(FILE_MODE, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

type Central = {
  nameBytes: Buffer;
  versionNeeded: number;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
};

function fail(detail: string): never {
  throw new Error(detail);
}

function findEnd(data: Buffer): number {
  // The end record is the last thing in the file, followed only by its own comment.
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (data.readUInt32LE(at) === END && at + 22 + data.readUInt16LE(at + 20) === data.length) return at;
  }
  fail("no end of central directory record");
}

function readCentral(data: Buffer, at: number): { central: Central; next: number } {
  if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) fail(`no central directory header at ${at}`);
  const nameLength = data.readUInt16LE(at + 28);
  const next = at + 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  if (next > data.length) fail("central directory header runs past the end");
  if (data.readUInt16LE(at + 34) !== 0) fail("entry on another disk");
  const central = {
    nameBytes: data.subarray(at + 46, at + 46 + nameLength),
    versionNeeded: data.readUInt16LE(at + 6),
    flags: data.readUInt16LE(at + 8),
    method: data.readUInt16LE(at + 10),
    time: data.readUInt16LE(at + 12),
    date: data.readUInt16LE(at + 14),
    crc: data.readUInt32LE(at + 16),
    compressedSize: data.readUInt32LE(at + 20),
    size: data.readUInt32LE(at + 24),
    offset: data.readUInt32LE(at + 42),
  };
  return { central, next };
}

function entryName(central: Central): string {
  const { nameBytes, flags } = central;
  if ((flags & UTF8_NAMES) === 0 && nameBytes.some((byte) => byte > 0x7f)) fail("a name that is neither ASCII nor marked UTF-8");
  let name: string;
  try {
    name = new TextDecoder("utf-8", { fatal: true }).decode(nameBytes);
  } catch {
    fail("a name that is not UTF-8");
  }
  // A name that could point outside the folder it is unpacked into is refused, not cleaned up.
  const parts = name.split("/");
  const unsafe = parts.slice(0, -1).some((p) => p === "") || parts.some((p) => p === "." || p === "..");
  if (name === "" || name.includes("\\") || name.includes("\0") || unsafe) {
    fail(`unsafe entry name ${JSON.stringify(name)}`);
  }
  return name;
}

/** The local header must repeat the central one; returns where the entry's record ends. */
function readLocal(data: Buffer, central: Central): { dataStart: number; extraLength: number; end: number } {
  const at = central.offset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL) fail(`no local header at ${at}`);
  const nameLength = data.readUInt16LE(at + 26);
  const extraLength = data.readUInt16LE(at + 28);
  const dataStart = at + 30 + nameLength + extraLength;
  const same =
    data.readUInt16LE(at + 4) === central.versionNeeded &&
    data.readUInt16LE(at + 6) === central.flags &&
    data.readUInt16LE(at + 8) === central.method &&
    data.readUInt16LE(at + 10) === central.time &&
    data.readUInt16LE(at + 12) === central.date &&
    data.subarray(at + 30, at + 30 + nameLength).equals(central.nameBytes);
  if (!same) fail(`local and central headers differ at ${at}`);
  const sizes = [data.readUInt32LE(at + 14), data.readUInt32LE(at + 18), data.readUInt32LE(at + 22)];
  const expected = [central.crc, central.compressedSize, central.size];
  const deferred = (central.flags & HAS_DESCRIPTOR) !== 0 && sizes.every((value) => value === 0);
  if (!deferred && sizes.some((value, i) => value !== expected[i])) fail(`local and central sizes differ at ${at}`);
  let end = dataStart + central.compressedSize;
  if ((central.flags & HAS_DESCRIPTOR) !== 0) {
    if (end + 4 <= data.length && data.readUInt32LE(end) === DESCRIPTOR) end += 4;
    if (end + 12 > data.length) fail("data descriptor runs past the end");
    if ([data.readUInt32LE(end), data.readUInt32LE(end + 4), data.readUInt32LE(end + 8)].some((value, i) => value !== expected[i])) {
      fail(`data descriptor differs at ${at}`);
    }
    end += 12;
  }
  if (end > data.length) fail(`entry at ${at} runs past the end`);
  return { dataStart, extraLength, end };
}

function entryBytes(data: Buffer, central: Central, dataStart: number): Uint8Array {
  const raw = data.subarray(dataStart, dataStart + central.compressedSize);
  let bytes: Buffer;
  if (central.method === STORED) {
    if (central.compressedSize !== central.size) fail("stored entry with two sizes");
    bytes = raw;
  } else if (central.method === DEFLATED) {
    bytes = inflateRawSync(raw, { maxOutputLength: Math.max(central.size, 1) });
  } else {
    fail(`compression method ${central.method}`);
  }
  if (bytes.length !== central.size) fail("entry size differs from its header");
  if (crc32(bytes) !== central.crc) fail("entry CRC differs from its header");
  return new Uint8Array(bytes);
}

function readEntries(data: Buffer): ReadEntry[] {
  const end = findEnd(data);
  const count = data.readUInt16LE(end + 10);
  const centralSize = data.readUInt32LE(end + 12);
  const centralStart = data.readUInt32LE(end + 16);
  if (data.readUInt16LE(end + 4) !== 0 || data.readUInt16LE(end + 6) !== 0 || data.readUInt16LE(end + 8) !== count)
    fail("multi-disk archive");
  if (count === 0xffff || centralStart === 0xffffffff) fail("ZIP64 is not supported");
  if (count > MAX_ENTRIES) fail("too many entries");
  if (centralStart + centralSize !== end) fail("central directory does not end where the end record starts");

  const centrals: Central[] = [];
  let at = centralStart;
  for (let i = 0; i < count; i++) {
    const read = readCentral(data, at);
    centrals.push(read.central);
    at = read.next;
  }
  if (at !== end) fail("central directory size differs from its entries");

  const entries: ReadEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let expectedOffset = 0;
  for (const central of [...centrals].sort((a, b) => a.offset - b.offset)) {
    const name = entryName(central);
    if (names.has(name)) fail(`duplicate entry ${JSON.stringify(name)}`);
    names.add(name);
    if ((central.flags & ENCRYPTED) !== 0) fail("encrypted entry");
    if (central.offset !== expectedOffset) fail(`gap or overlap before offset ${central.offset}`);
    total += central.size;
    if (total > MAX_TOTAL_BYTES) fail("entries too large");
    const local = readLocal(data, central);
    expectedOffset = local.end;
    const bytes = entryBytes(data, central, local.dataStart);
    entries.push({ name, bytes, compressed: central.method === DEFLATED, offset: central.offset, extraLength: local.extraLength });
  }
  if (expectedOffset !== centralStart) fail("data between the last entry and the central directory");
  return entries;
}

/** Entries in the order they lie in the file. Never throws: malformed input is a failure. */
export function readZip(bytes: Uint8Array): ZipResult {
  try {
    return { ok: true, entries: readEntries(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : "unreadable" };
  }
}
