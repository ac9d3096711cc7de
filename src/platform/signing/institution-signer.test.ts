import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type TestDatabase, testDatabase } from "../../../test/harness/database.ts";
import { createAsice, verifyAsice } from "./asice.ts";
import { institutionCertificate, institutionSigner } from "./institution-signer.ts";

const VSAA = { code: "VSAA", name: "Valsts sociālās apdrošināšanas aģentūra" };
const file = { name: "lemums.pdf", mediaType: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.7 lēmums") };
const here = (path: string) => new URL(path, import.meta.url).href;

/** Signs in a new Node process against the same database and returns that container. */
async function signInAnotherProcess(database: TestDatabase): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "epak-signing-"));
  try {
    let source: string;
    if (database.url) {
      source = `{ kind: "postgres", url: ${JSON.stringify(database.url)}, poolSize: 1 }`;
    } else {
      // An embedded database belongs to one process: the other one starts from a copy of its data.
      const dump = await database.dumpDataDir?.();
      assert.ok(dump);
      const tarball = join(dir, "data.tar.gz");
      writeFileSync(tarball, Buffer.from(await dump.arrayBuffer()));
      source = `{ kind: "pglite", loadDataDir: new Blob([readFileSync(${JSON.stringify(tarball)})]) }`;
    }
    const script = `
      import { readFileSync } from "node:fs";
      const { openDatabase } = await import(${JSON.stringify(here("../db/database.ts"))});
      const { institutionSigner, createAsice } = await import(${JSON.stringify(here("./index.ts"))});
      const database = await openDatabase(${source});
      const signer = await institutionSigner(database.db, ${JSON.stringify(VSAA)});
      const file = { name: "lemums.pdf", mediaType: "application/pdf", bytes: new TextEncoder().encode("cits process") };
      process.stdout.write(Buffer.from(await createAsice([file], signer)).toString("base64"));
      await database.close();`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    const [code] = await once(child, "exit");
    assert.equal(code, 0);
    return new Uint8Array(Buffer.from(output, "base64"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("institution signing keys", () => {
  let database: TestDatabase;
  before(async () => {
    database = await testDatabase();
  });
  after(() => database.close());

  test("an institution has no certificate until it first signs, then the one its key signs with", async () => {
    assert.equal(await institutionCertificate(database.db, VSAA.code), undefined);
    const signer = await institutionSigner(database.db, VSAA);
    assert.deepEqual(await institutionCertificate(database.db, VSAA.code), signer.certificate);
    const trusted = [signer.certificate];
    assert.equal((await verifyAsice(await createAsice([file], signer), { trusted })).ok, true);
  });

  test("the certificate names the institution, is self-signed and valid five years", async () => {
    const { certificate } = await institutionSigner(database.db, VSAA);
    const x509 = new X509Certificate(certificate);
    assert.deepEqual({ ...x509.toLegacyObject().subject }, { C: "LV", O: VSAA.name, CN: VSAA.name });
    assert.equal(x509.issuer, x509.subject);
    assert.ok(x509.verify(x509.publicKey), "signed by its own key");
    assert.equal(x509.publicKey.asymmetricKeyDetails?.modulusLength, 2048);
    const years = (x509.validToDate.getTime() - x509.validFromDate.getTime()) / (365.25 * 24 * 3600 * 1000);
    assert.ok(Math.abs(years - 5) < 0.01, `${years} years`);
    // keyUsage, critical, digitalSignature and nonRepudiation only.
    assert.ok(Buffer.from(certificate).includes(Buffer.from("0603551d0f0101ff0404030206c0", "hex")));
  });

  test("the key made once is the one every later call signs with", async () => {
    const first = await institutionSigner(database.db, VSAA);
    const second = await institutionSigner(database.db, VSAA);
    assert.deepEqual(second.certificate, first.certificate);
    const result = await verifyAsice(await createAsice([file], second), { trusted: [first.certificate] });
    assert.equal(result.ok, true);
  });

  test("another process with the same database signs with the same key and certificate", async () => {
    const { certificate } = await institutionSigner(database.db, VSAA);
    const result = await verifyAsice(await signInAnotherProcess(database), { trusted: [certificate] });
    assert.ok(result.ok, result.ok ? "" : `${result.reason}: ${result.detail}`);
    assert.equal(Buffer.from(result.files[0]?.bytes ?? []).toString(), "cits process");
  });

  test("two first uses at once end with one key and a certificate that belongs to it", async () => {
    const institution = { code: "VID", name: "Valsts ieņēmumu dienests" };
    const signers = await Promise.all([institutionSigner(database.db, institution), institutionSigner(database.db, institution)]);
    const stored = await institutionCertificate(database.db, institution.code);
    assert.ok(stored);
    for (const signer of signers) {
      assert.deepEqual(signer.certificate, stored);
      assert.equal((await verifyAsice(await createAsice([file], signer), { trusted: [stored] })).ok, true);
    }
  });

  test("institutions have keys of their own", async () => {
    const other = await institutionSigner(database.db, { code: "LVC", name: "Latvijas Valsts ceļi" });
    const vsaa = await institutionCertificate(database.db, VSAA.code);
    assert.ok(vsaa);
    assert.notDeepEqual(other.certificate, vsaa);
    const result = await verifyAsice(await createAsice([file], other), { trusted: [vsaa] });
    assert.equal(result.ok ? "ok" : result.reason, "untrusted_signer");
  });

  test("a code that cannot name a secret is refused", async () => {
    await assert.rejects(institutionSigner(database.db, { code: "a.b", name: "x" }), RangeError);
    await assert.rejects(institutionCertificate(database.db, ""), RangeError);
  });
});
