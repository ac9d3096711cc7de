import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import fc from "fast-check";
import { type AsiceFile, createAsice, type VerifyResult, verifyAsice } from "./asice.ts";
import { generateSigningKey, importSigningKey, type Signer, selfSignedCertificate } from "./certificate.ts";
import { NS, parseXml } from "./xml.ts";
import { type ReadEntry, readZip, writeZip, type ZipEntry } from "./zip.ts";

const VSAA = "Valsts sociālās apdrošināšanas aģentūra";
const SIGNED_AT = new Date("2026-05-04T09:08:07Z");

async function signerFor(name: string): Promise<Signer> {
  const key = await generateSigningKey();
  return { privateKey: await importSigningKey(key), certificate: await selfSignedCertificate(key, name, SIGNED_AT) };
}

/** PDF-looking bytes: a header, then 30 KB that do not compress away. */
function pdf(): Uint8Array {
  const bytes = new Uint8Array(30 * 1024);
  let state = 12345;
  for (let i = 0; i < bytes.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  return bytes;
}

function entries(container: Uint8Array): ReadEntry[] {
  const zip = readZip(container);
  assert.ok(zip.ok, zip.ok ? "" : zip.detail);
  return zip.entries;
}

/** The container re-packed after `edit`, with every CRC and header right, as a tamperer would. */
function repack(container: Uint8Array, edit: (entries: ZipEntry[]) => ZipEntry[]): Uint8Array {
  return writeZip(edit(entries(container)), SIGNED_AT);
}

function replaceEntry(name: string, change: (bytes: Uint8Array) => Uint8Array) {
  return (list: ZipEntry[]) => list.map((e) => (e.name === name ? { ...e, bytes: change(e.bytes) } : e));
}

function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

function failed(result: VerifyResult, reason: string, detail?: RegExp) {
  assert.equal(result.ok, false, "verified although it should not");
  if (result.ok) return;
  assert.equal(result.reason, reason, result.detail);
  if (detail) assert.match(result.detail, detail);
}

/** Bytes of the central directory that describe how to unpack a file, not what it holds. */
function cosmeticPositions(container: Uint8Array): Set<number> {
  const data = Buffer.from(container);
  const end = data.length - 22;
  const positions = new Set<number>();
  let at = data.readUInt32LE(end + 16);
  while (at < end) {
    for (const [offset, size] of [
      [4, 2], // version made by
      [36, 6], // internal and external file attributes
    ] as const) {
      for (let i = 0; i < size; i++) positions.add(at + offset + i);
    }
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return positions;
}

describe("ASiC-E containers", () => {
  let signer: Signer;
  let other: Signer;
  let files: AsiceFile[];
  let container: Uint8Array;

  before(async () => {
    [signer, other] = await Promise.all([signerFor(VSAA), signerFor("Valsts ieņēmumu dienests")]);
    files = [
      { name: "lemums.pdf", mediaType: "application/pdf", bytes: pdf() },
      { name: "pielikumi/izziņa ā.txt", mediaType: "text/plain", bytes: new TextEncoder().encode("Izziņa par iemaksām\n") },
    ];
    container = await createAsice(files, signer, { signedAt: SIGNED_AT });
  });

  test("a container made here verifies: signer, signing time and files byte for byte", async () => {
    const result = await verifyAsice(container, { trusted: [signer.certificate] });
    assert.ok(result.ok, result.ok ? "" : `${result.reason}: ${result.detail}`);
    assert.equal(result.signer.commonName, VSAA);
    assert.equal(result.signer.organisation, VSAA);
    assert.deepEqual(result.signer.certificate, signer.certificate);
    assert.equal(result.signedAt.toISOString(), SIGNED_AT.toISOString());
    assert.deepEqual(
      result.files.map((f) => ({ ...f, bytes: Buffer.from(f.bytes) })),
      files.map((f) => ({ ...f, bytes: Buffer.from(f.bytes) })),
    );
  });

  test("the layout is ETSI EN 319 162-1's: mimetype, data files, manifest, one XAdES signature", () => {
    const list = entries(container);
    assert.deepEqual(
      list.map((e) => e.name),
      ["mimetype", "lemums.pdf", "pielikumi/izziņa ā.txt", "META-INF/manifest.xml", "META-INF/signatures0.xml"],
    );
    const [mimetype] = list;
    assert.equal(Buffer.from(mimetype?.bytes ?? []).toString(), "application/vnd.etsi.asic-e+zip");
    assert.equal(mimetype?.compressed, false);
    assert.equal(mimetype?.extraLength, 0);

    const manifest = Buffer.from(list.find((e) => e.name === "META-INF/manifest.xml")?.bytes ?? []).toString();
    assert.match(manifest, /manifest:full-path="\/" manifest:media-type="application\/vnd.etsi.asic-e\+zip"/);
    assert.match(manifest, /manifest:full-path="pielikumi\/izziņa ā.txt" manifest:media-type="text\/plain"/);

    const xml = parseXml(Buffer.from(list.find((e) => e.name === "META-INF/signatures0.xml")?.bytes ?? []).toString());
    assert.equal(xml.documentElement?.namespaceURI, NS.asic);
    assert.equal(xml.documentElement?.localName, "XAdESSignatures");
    const uris = Array.from(xml.getElementsByTagNameNS(NS.ds, "Reference")).map((r) => r.getAttribute("URI"));
    assert.deepEqual(uris, ["lemums.pdf", "pielikumi/izzi%C5%86a%20%C4%81.txt", "#S0-SignedProperties"]);
    const mimeTypes = Array.from(xml.getElementsByTagNameNS(NS.xades, "MimeType")).map((m) => m.textContent);
    assert.deepEqual(mimeTypes, ["application/pdf", "text/plain"]);
    assert.equal(xml.getElementsByTagNameNS(NS.xades, "SigningCertificateV2").length, 1);
    assert.equal(xml.getElementsByTagNameNS(NS.xades, "SigningTime")[0]?.textContent, "2026-05-04T09:08:07Z");
  });

  test("changing any single byte of a signed file fails with digest_mismatch naming the file", async () => {
    const size = files[0]?.bytes.length ?? 0;
    for (const at of [0, 1, 4096, Math.floor(size / 2), size - 2, size - 1]) {
      const tampered = repack(
        container,
        replaceEntry("lemums.pdf", (bytes) => flipped(bytes, at)),
      );
      failed(await verifyAsice(tampered), "digest_mismatch", /^lemums\.pdf$/);
    }
  });

  test("changing a byte of the signature value fails", async () => {
    const tampered = repack(
      container,
      replaceEntry("META-INF/signatures0.xml", (bytes) => {
        const xml = Buffer.from(bytes).toString();
        const [, value = ""] = /<ds:SignatureValue>([^<]+)</.exec(xml) ?? [];
        const signature = flipped(Buffer.from(value, "base64"), 17);
        return new TextEncoder().encode(xml.replace(value, Buffer.from(signature).toString("base64")));
      }),
    );
    failed(await verifyAsice(tampered), "signature_invalid");
  });

  test("a signed media type or signing time changed in the XML fails", async () => {
    const edits: [RegExp, string][] = [
      [/<xades:MimeType>application\/pdf</, "<xades:MimeType>text/html<"],
      [/2026-05-04T09:08:07Z/, "2026-05-04T09:08:08Z"],
    ];
    for (const [pattern, replacement] of edits) {
      const tampered = repack(
        container,
        replaceEntry("META-INF/signatures0.xml", (bytes) =>
          new TextEncoder().encode(Buffer.from(bytes).toString().replace(pattern, replacement)),
        ),
      );
      failed(await verifyAsice(tampered), "signature_invalid");
    }
  });

  test("a file added to the container fails as unsigned_file", async () => {
    const tampered = repack(container, (list) => [
      ...list.slice(0, 2),
      { name: "papildu.pdf", bytes: pdf(), compressed: true },
      ...list.slice(2),
    ]);
    failed(await verifyAsice(tampered), "unsigned_file", /^papildu\.pdf$/);
  });

  test("a signed file taken out fails as missing_file", async () => {
    const tampered = repack(container, (list) => list.filter((e) => e.name !== "pielikumi/izziņa ā.txt"));
    failed(await verifyAsice(tampered), "missing_file", /izziņa/);
  });

  test("a container without a signature fails as no_signature", async () => {
    const tampered = repack(container, (list) => list.filter((e) => e.name !== "META-INF/signatures0.xml"));
    failed(await verifyAsice(tampered), "no_signature");
  });

  test("only a trusted signer passes when a trusted list is given", async () => {
    failed(await verifyAsice(container, { trusted: [other.certificate] }), "untrusted_signer", /sociālās/);
    failed(await verifyAsice(container, { trusted: [] }), "untrusted_signer");
    assert.equal((await verifyAsice(container, { trusted: [other.certificate, signer.certificate] })).ok, true);
  });

  test("a mimetype entry that is compressed, not first, or not ASiC-E fails", async () => {
    const compressed = repack(container, (list) => list.map((e) => (e.name === "mimetype" ? { ...e, compressed: true } : e)));
    failed(await verifyAsice(compressed), "mimetype", /compressed/);
    const second = repack(container, ([first, next, ...rest]) => [next, first, ...rest].filter((e) => e !== undefined));
    failed(await verifyAsice(second), "mimetype", /first/);
    const missing = repack(container, (list) => list.filter((e) => e.name !== "mimetype"));
    failed(await verifyAsice(missing), "mimetype");
    const asicS = repack(
      container,
      replaceEntry("mimetype", () => new TextEncoder().encode("application/vnd.etsi.asic-s+zip")),
    );
    failed(await verifyAsice(asicS), "mimetype", /ASiC-E/);
  });

  test("a manifest that disagrees with the signed media types fails", async () => {
    const tampered = repack(
      container,
      replaceEntry("META-INF/manifest.xml", (bytes) =>
        new TextEncoder().encode(Buffer.from(bytes).toString().replace("text/plain", "text/html")),
      ),
    );
    failed(await verifyAsice(tampered), "manifest", /izziņa/);
  });

  test("a signature made outside the certificate's validity fails", async () => {
    const late = new Date(SIGNED_AT);
    late.setUTCFullYear(late.getUTCFullYear() + 6);
    failed(await verifyAsice(await createAsice(files, signer, { signedAt: late })), "certificate_not_valid");
  });

  test("every byte of the ZIP structure matters: flipping one never verifies, except unpacking attributes", async () => {
    const cosmetic = cosmeticPositions(container);
    const list = entries(container);
    const structure: number[] = [];
    for (const entry of list) {
      const dataStart = entry.offset + 30 + Buffer.byteLength(entry.name) + entry.extraLength;
      for (let at = entry.offset; at < dataStart; at++) structure.push(at);
    }
    const centralStart = Buffer.from(container).readUInt32LE(container.length - 22 + 16);
    for (let at = centralStart; at < container.length; at++) structure.push(at);
    for (const at of structure) {
      const result = await verifyAsice(flipped(container, at));
      assert.equal(result.ok, cosmetic.has(at), `byte ${at}`);
    }
  });

  test("bytes flipped anywhere in the container never verify as the original and never throw", async () => {
    const cosmetic = cosmeticPositions(container);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: container.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, mask) => {
        const changed = container.slice();
        changed[at] = (changed[at] ?? 0) ^ mask;
        const result = await verifyAsice(changed);
        if (!result.ok) return typeof result.reason === "string";
        // Only a byte that tells an unpacker about file permissions may change, and nothing else with it.
        return cosmetic.has(at) && result.files.every((f, i) => Buffer.from(f.bytes).equals(files[i]?.bytes ?? new Uint8Array()));
      }),
      { numRuns: 300 },
    );
  });

  test("garbage of any kind is a failure with a reason, never an exception", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const result = await verifyAsice(bytes);
        return result.ok === false && result.reason === "not_a_container";
      }),
      { numRuns: 200 },
    );
    failed(await verifyAsice("not bytes" as unknown as Uint8Array), "not_a_container");
    failed(await verifyAsice(writeZip([], SIGNED_AT)), "mimetype");
  });

  test("signature files that are not XAdES fail as signature_invalid", async () => {
    const replacements = [
      "not xml at all",
      '<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>',
      `<asic:XAdESSignatures xmlns:asic="${NS.asic}"/>`,
      "<other/>",
      new Uint8Array([0xff, 0xfe, 0x00]),
    ];
    for (const replacement of replacements) {
      const bytes = typeof replacement === "string" ? new TextEncoder().encode(replacement) : replacement;
      const tampered = repack(
        container,
        replaceEntry("META-INF/signatures0.xml", () => bytes),
      );
      failed(await verifyAsice(tampered), "signature_invalid");
    }
  });

  test("files that cannot be named in a container are refused before signing", async () => {
    const bytes = new Uint8Array(1);
    for (const name of ["", "mimetype", "META-INF/manifest.xml", "../x.pdf", "a//b.pdf", "dir/"]) {
      await assert.rejects(createAsice([{ name, mediaType: "application/pdf", bytes }], signer), RangeError, name);
    }
    await assert.rejects(createAsice([{ name: "a.pdf", mediaType: "pdf", bytes }], signer), RangeError);
    await assert.rejects(createAsice([], signer), RangeError);
    const twice = { name: "a.pdf", mediaType: "application/pdf", bytes };
    await assert.rejects(createAsice([twice, twice], signer), RangeError);
  });
});
