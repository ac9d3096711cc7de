import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { unzipSync, Zip, ZipDeflate, zipSync } from "fflate";
import { readZip, writeZip, type ZipEntry } from "./zip.ts";

const text = (value: string) => new TextEncoder().encode(value);
const AT = new Date("2026-03-04T05:06:08Z");

function entries(): ZipEntry[] {
  return [
    { name: "mimetype", bytes: text("application/vnd.etsi.asic-e+zip"), compressed: false },
    { name: "lēmums ā.pdf", bytes: text("%PDF-1.7 ".repeat(200)), compressed: true },
    { name: "META-INF/manifest.xml", bytes: text("<manifest/>"), compressed: true },
  ];
}

function read(bytes: Uint8Array) {
  const result = readZip(bytes);
  assert.ok(result.ok, result.ok ? "" : result.detail);
  return result.entries;
}

/** A ZIP written by fflate's streaming writer: its entries carry data descriptors. */
function streamedZip(files: Record<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes] of Object.entries(files)) {
    const entry = new ZipDeflate(name);
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
}

describe("ZIP for ASiC containers", () => {
  test("what is written reads back in order, with names, bytes and compression kept", () => {
    const back = read(writeZip(entries(), AT));
    assert.deepEqual(
      back.map((e) => [e.name, Buffer.from(e.bytes).toString(), e.compressed]),
      entries().map((e) => [e.name, Buffer.from(e.bytes).toString(), e.compressed]),
    );
    assert.equal(back[0]?.offset, 0);
    assert.equal(back[0]?.extraLength, 0);
  });

  test("another reader reads what is written", () => {
    const files = unzipSync(writeZip(entries(), AT));
    assert.deepEqual(Object.keys(files), ["mimetype", "lēmums ā.pdf", "META-INF/manifest.xml"]);
    assert.equal(Buffer.from(files["lēmums ā.pdf"] ?? []).toString(), "%PDF-1.7 ".repeat(200));
  });

  test("the mimetype entry's local header has its sizes, as ASiC requires", () => {
    const zip = Buffer.from(writeZip(entries(), AT));
    assert.equal(zip.readUInt16LE(8), 0, "stored");
    assert.equal(zip.readUInt32LE(18), 31, "compressed size");
    assert.equal(zip.readUInt32LE(22), 31, "size");
    assert.equal(zip.readUInt16LE(28), 0, "no extra field");
    assert.equal(zip.subarray(30, 38 + 31).toString(), "mimetypeapplication/vnd.etsi.asic-e+zip");
  });

  test("ZIPs from another writer are read, with and without data descriptors", () => {
    const files = { "a.txt": text("first"), "b/c.txt": text("second ".repeat(50)) };
    for (const zip of [zipSync(files, { mtime: AT }), streamedZip(files)]) {
      const back = read(zip);
      assert.deepEqual(
        back.map((e) => [e.name, Buffer.from(e.bytes).toString()]),
        [
          ["a.txt", "first"],
          ["b/c.txt", "second ".repeat(50)],
        ],
      );
    }
  });

  test("an entry whose bytes no longer match their CRC is refused", () => {
    const zip = writeZip([{ name: "a.txt", bytes: text("hello"), compressed: false }], AT);
    const changed = Buffer.from(zip);
    changed.writeUInt8(changed.readUInt8(35) ^ 0x01, 35);
    const result = readZip(changed);
    assert.equal(result.ok, false);
    assert.match(result.ok ? "" : result.detail, /CRC/);
  });

  test("unsafe names, duplicate names, bytes appended and bytes inserted are refused", () => {
    const one = (name: string) => ({ name, bytes: text("x"), compressed: false });
    for (const name of ["../evil", "/etc/passwd", "a/../../b", "a\\b", "a//b"]) {
      assert.equal(readZip(writeZip([one(name)], AT)).ok, false, name);
    }
    assert.equal(readZip(writeZip([one("a"), one("a")], AT)).ok, false, "duplicate");
    const zip = writeZip([one("a"), one("b")], AT);
    assert.equal(readZip(Buffer.concat([zip, Buffer.from("trailing")])).ok, false, "appended");
    assert.equal(readZip(Buffer.concat([Buffer.from("prefix"), zip])).ok, false, "prepended");
  });

  test("garbage is a failure, not an exception", () => {
    for (const bytes of [new Uint8Array(), new Uint8Array(21), text("PK\u0005\u0006"), crypto.getRandomValues(new Uint8Array(5000))]) {
      assert.equal(readZip(bytes).ok, false);
    }
  });
});
