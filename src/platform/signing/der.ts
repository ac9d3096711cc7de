// Just enough DER (X.690) to write a certificate: each helper returns one encoded value.
const utf8 = new TextEncoder();

function length(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

export type Der = Uint8Array<ArrayBuffer>;

export function tlv(tag: number, ...contents: Uint8Array[]): Der {
  const body = Buffer.concat(contents);
  return new Uint8Array(Buffer.concat([Uint8Array.of(tag, ...length(body.length)), body]));
}

export const sequence = (...items: Uint8Array[]) => tlv(0x30, ...items);
export const set = (...items: Uint8Array[]) => tlv(0x31, ...items);
export const explicit = (n: number, item: Uint8Array) => tlv(0xa0 + n, item);
export const octetString = (bytes: Uint8Array) => tlv(0x04, bytes);
export const utf8String = (text: string) => tlv(0x0c, utf8.encode(text));
export const printableString = (text: string) => tlv(0x13, utf8.encode(text));
export const booleanTrue = () => Uint8Array.of(0x01, 0x01, 0xff);
export const nullValue = () => Uint8Array.of(0x05, 0x00);

/** A non-negative integer from its big-endian bytes. */
export function unsignedInteger(bytes: Uint8Array): Der {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  return tlv(0x02, (trimmed[0] ?? 0) & 0x80 ? Uint8Array.of(0, ...trimmed) : trimmed);
}

export function bitString(bytes: Uint8Array, unusedBits = 0): Der {
  return tlv(0x03, Uint8Array.of(unusedBits), bytes);
}

export function objectIdentifier(dotted: string): Der {
  const [first = 0, second = 0, ...rest] = dotted.split(".").map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const base128 = [arc & 0x7f];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) base128.unshift(0x80 | (value & 0x7f));
    bytes.push(...base128);
  }
  return tlv(0x06, Uint8Array.from(bytes));
}

/** RFC 5280: UTCTime through 2049, GeneralizedTime from 2050. */
export function time(at: Date): Der {
  const iso = at.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const year = at.getUTCFullYear();
  return year < 2050 ? tlv(0x17, utf8.encode(`${iso.slice(2)}Z`)) : tlv(0x18, utf8.encode(`${iso}Z`));
}
