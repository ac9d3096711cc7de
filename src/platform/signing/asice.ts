// ASiC-E containers (.edoc, ETSI EN 319 162-1): `mimetype` first and stored, the data files,
// META-INF/manifest.xml and one XAdES signature in META-INF/signatures0.xml.
import type { Signer } from "./certificate.ts";
import { CONTAINER_MEDIA_TYPE, readManifest, writeManifest } from "./manifest.ts";
import { signXades } from "./sign-xades.ts";
import { verifyXades, type XadesFailureReason } from "./verify-xades.ts";
import { type ReadEntry, readZip, writeZip } from "./zip.ts";

export type AsiceFile = { name: string; mediaType: string; bytes: Uint8Array };

export type VerifyFailureReason =
  | "not_a_container"
  | "mimetype"
  | "no_signature"
  | "manifest"
  | "certificate_not_valid"
  | "untrusted_signer"
  | XadesFailureReason;

export type VerifyResult =
  | { ok: true; signer: { commonName: string; organisation: string; certificate: Uint8Array }; signedAt: Date; files: AsiceFile[] }
  | { ok: false; reason: VerifyFailureReason; detail: string };

export type VerifyOptions = {
  /** Certificates (DER) the signer's must be one of; without it any well-signed container passes. */
  trusted?: readonly Uint8Array[];
};

const MIMETYPE = "mimetype";
const MANIFEST = "META-INF/manifest.xml";
const SIGNATURE = "META-INF/signatures0.xml";
const SIGNATURE_FILE = /^META-INF\/[^/]*signatures[^/]*\.xml$/;
const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.+-]+=("[^"]*"|[\w.+-]+))*$/;
const utf8 = new TextEncoder();

function isDataFile(name: string): boolean {
  return name !== MIMETYPE && !name.startsWith("META-INF/") && !name.endsWith("/");
}

function checkFiles(files: readonly AsiceFile[]): void {
  if (files.length === 0) throw new RangeError("a container needs at least one file");
  const names = new Set<string>();
  for (const { name, mediaType } of files) {
    const segments = name.split("/");
    const safe = segments.every((s) => s !== "" && s !== "." && s !== "..") && !/[\\\0]/.test(name);
    if (!safe || !isDataFile(name) || names.has(name)) throw new RangeError(`unusable file name ${JSON.stringify(name)}`);
    if (!MEDIA_TYPE.test(mediaType)) throw new RangeError(`unusable media type ${JSON.stringify(mediaType)}`);
    names.add(name);
  }
}

/**
 * Signs `files` with the signer's key (XAdES-B-B) and packs them into an ASiC-E container.
 * The signing time is taken to whole seconds, as other signing software writes it.
 */
export async function createAsice(files: readonly AsiceFile[], signer: Signer, options: { signedAt?: Date } = {}): Promise<Uint8Array> {
  checkFiles(files);
  const signedAt = new Date(Math.floor((options.signedAt ?? new Date()).getTime() / 1000) * 1000);
  const signature = await signXades(files, signer, signedAt);
  return writeZip(
    [
      { name: MIMETYPE, bytes: utf8.encode(CONTAINER_MEDIA_TYPE), compressed: false },
      ...files.map((file) => ({ name: file.name, bytes: file.bytes, compressed: true })),
      { name: MANIFEST, bytes: utf8.encode(writeManifest(files)), compressed: true },
      { name: SIGNATURE, bytes: utf8.encode(signature), compressed: true },
    ],
    signedAt,
  );
}

type Failure = Extract<VerifyResult, { ok: false }>;

function failure(reason: VerifyFailureReason, detail: string): Failure {
  return { ok: false, reason, detail };
}

function mimetypeProblem(entries: readonly ReadEntry[]): string | undefined {
  const [first] = entries;
  if (first?.name !== MIMETYPE || first.offset !== 0) return "mimetype is not the first entry";
  if (first.compressed) return "mimetype is compressed";
  if (first.extraLength !== 0) return "mimetype has an extra field";
  if (Buffer.from(first.bytes).toString("latin1") !== CONTAINER_MEDIA_TYPE) return "mimetype is not ASiC-E";
  return undefined;
}

function manifestProblem(entries: readonly ReadEntry[], mediaTypes: ReadonlyMap<string, string>): string | undefined {
  const manifest = entries.find((entry) => entry.name === MANIFEST);
  if (!manifest) return "no META-INF/manifest.xml";
  let listed: Map<string, string>;
  try {
    listed = new Map(readManifest(new TextDecoder("utf-8", { fatal: true }).decode(manifest.bytes)).map((e) => [e.name, e.mediaType]));
  } catch {
    return "META-INF/manifest.xml is not a manifest";
  }
  if (listed.size !== mediaTypes.size) return "the manifest lists other files than are signed";
  for (const [name, type] of mediaTypes) {
    if (listed.get(name) !== type) return `the manifest gives ${name} another media type than the signature`;
  }
  return undefined;
}

async function verify(bytes: Uint8Array, options: VerifyOptions): Promise<VerifyResult> {
  const zip = readZip(bytes);
  if (!zip.ok) return failure("not_a_container", zip.detail);
  const mimetype = mimetypeProblem(zip.entries);
  if (mimetype) return failure("mimetype", mimetype);

  const signatureFiles = zip.entries.filter((entry) => SIGNATURE_FILE.test(entry.name));
  const [signatureFile] = signatureFiles;
  if (!signatureFile) return failure("no_signature", "no META-INF/*signatures*.xml");
  if (signatureFiles.length > 1) return failure("signature_invalid", "more than one signature file");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(signatureFile.bytes);
  } catch {
    return failure("signature_invalid", "the signature file is not UTF-8");
  }
  const dataFiles = zip.entries.filter((entry) => isDataFile(entry.name));
  const result = await verifyXades(text, new Map(dataFiles.map((file) => [file.name, new Uint8Array(file.bytes)])));
  if (!result.ok) return result;

  if (result.signedAt < result.signer.notBefore || result.signedAt > result.signer.notAfter) {
    return failure("certificate_not_valid", `signed at ${result.signedAt.toISOString()}, outside the certificate's validity`);
  }
  const manifest = manifestProblem(zip.entries, result.mediaTypes);
  if (manifest) return failure("manifest", manifest);
  const certificate = Buffer.from(result.certificate);
  if (options.trusted && !options.trusted.some((trusted) => certificate.equals(trusted))) {
    return failure("untrusted_signer", result.signer.commonName);
  }
  return {
    ok: true,
    signer: { commonName: result.signer.commonName, organisation: result.signer.organisation, certificate: result.certificate },
    signedAt: result.signedAt,
    files: dataFiles.map((file) => ({ name: file.name, mediaType: result.mediaTypes.get(file.name) ?? "", bytes: file.bytes })),
  };
}

/** Never throws, whatever the bytes: anything wrong comes back as `{ ok: false, reason, detail }`. */
export async function verifyAsice(bytes: Uint8Array, options: VerifyOptions = {}): Promise<VerifyResult> {
  try {
    if (!(bytes instanceof Uint8Array)) return failure("not_a_container", "not bytes");
    return await verify(bytes, options);
  } catch (error) {
    return failure("signature_invalid", error instanceof Error ? error.message : String(error));
  }
}
