import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { detectFileType, FILE_EXTENSIONS, MEDIA_TYPES } from "./file-type.ts";

const text = (s: string) => new TextEncoder().encode(s);

/** A ZIP's first local file header followed by its data, as a ZIP writer lays it out. */
function zipEntry(name: string, data: string, options: { compression?: number; extra?: number; size?: number } = {}): Uint8Array {
  const nameBytes = text(name);
  const dataBytes = text(data);
  const extra = new Uint8Array(options.extra ?? 0);
  const header = new Uint8Array(30);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true);
  view.setUint16(8, options.compression ?? 0, true);
  view.setUint32(18, options.size ?? dataBytes.length, true);
  view.setUint32(22, dataBytes.length, true);
  view.setUint16(26, nameBytes.length, true);
  view.setUint16(28, extra.length, true);
  // Whatever follows the first entry does not change what the file is.
  return Buffer.concat([header, nameBytes, extra, dataBytes, text("PK\x03\x04META-INF/manifest.xml")]);
}

const ASIC_E = "application/vnd.etsi.asic-e+zip";

test("PDF, PNG and JPEG files are known by their first bytes", () => {
  assert.equal(detectFileType(text("%PDF-1.7\n%âãÏÓ\n1 0 obj")), "pdf");
  assert.equal(detectFileType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), "png");
  assert.equal(detectFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46])), "jpeg");
  assert.equal(detectFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe1])), "jpeg");
});

test("a signed document container is known by its uncompressed mimetype entry", () => {
  assert.equal(detectFileType(zipEntry("mimetype", ASIC_E)), "edoc");
  assert.equal(detectFileType(zipEntry("mimetype", ASIC_E, { extra: 4 })), "edoc");
  // A streaming writer leaves the size to the data descriptor.
  assert.equal(detectFileType(zipEntry("mimetype", ASIC_E, { size: 0 })), "edoc");
});

test("a ZIP that is not a signed document container is not accepted as one", () => {
  assert.equal(detectFileType(zipEntry("document.docx", "hello")), null);
  assert.equal(detectFileType(zipEntry("[Content_Types].xml", "<Types/>")), null);
  assert.equal(detectFileType(zipEntry("mimetype", "application/vnd.etsi.asic-s+zip")), null);
  assert.equal(detectFileType(zipEntry("mimetype", "application/epub+zip")), null);
  assert.equal(detectFileType(zipEntry("mimetype", ASIC_E, { compression: 8 })), null);
  assert.equal(detectFileType(zipEntry("mimetype", ASIC_E, { size: 7 })), null);
  assert.equal(detectFileType(zipEntry("mimetype2", ASIC_E)), null);
  // The header promises an entry the file does not hold.
  assert.equal(detectFileType(zipEntry("mimetype", ASIC_E).subarray(0, 40)), null);
});

test("programs, web pages and text with a document's name are not accepted", () => {
  assert.equal(detectFileType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])), null);
  assert.equal(detectFileType(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01])), null);
  assert.equal(detectFileType(text("<!DOCTYPE html><html><script>alert(1)</script>")), null);
  assert.equal(detectFileType(text("Iesniegums par dzīvesvietas deklarēšanu")), null);
  assert.equal(detectFileType(text("  %PDF-1.4")), null);
  assert.equal(detectFileType(text("%PDF")), null);
});

test("inputs too short to hold a signature are not a known type", () => {
  for (const length of [0, 1, 2, 3, 4]) {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: length, maxLength: length }), (bytes) => {
        // Three bytes can be a JPEG's start; nothing shorter or other is known.
        const expected = length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff ? "jpeg" : null;
        assert.equal(detectFileType(bytes), expected);
      }),
    );
  }
  assert.equal(detectFileType(new Uint8Array([0xff, 0xd8])), null);
  assert.equal(detectFileType(text("PK\x03\x04")), null);
});

test("any bytes give a known type or none, and never an error", () => {
  const zipLike = fc.uint8Array({ maxLength: 80 }).map((rest) => Buffer.concat([text("PK\x03\x04"), rest]));
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), zipLike), (bytes) => {
      const type = detectFileType(bytes);
      assert.ok(type === null || type in MEDIA_TYPES);
    }),
  );
});

test("a file inside a larger buffer is read from its own start", () => {
  const buffer = Buffer.concat([text("garbage"), zipEntry("mimetype", ASIC_E)]);
  assert.equal(detectFileType(buffer.subarray(7)), "edoc");
});

test("every type has its media type and its usual extension first", () => {
  assert.deepEqual(MEDIA_TYPES, {
    pdf: "application/pdf",
    png: "image/png",
    jpeg: "image/jpeg",
    edoc: "application/vnd.etsi.asic-e+zip",
  });
  assert.deepEqual(Object.fromEntries(Object.entries(FILE_EXTENSIONS).map(([type, extensions]) => [type, extensions[0]])), {
    pdf: ".pdf",
    png: ".png",
    jpeg: ".jpg",
    edoc: ".edoc",
  });
  assert.ok(FILE_EXTENSIONS.jpeg.includes(".jpeg"));
  assert.ok(FILE_EXTENSIONS.edoc.includes(".asice"));
});
