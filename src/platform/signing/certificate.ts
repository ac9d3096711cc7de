// An institution's signing key and its self-signed certificate. RSA-2048 with PKCS#1 v1.5 and
// SHA-256: the combination every XAdES verifier accepts. The certificate is
// written with the small DER helpers beside this file and read with Node's own X509Certificate
// (OpenSSL), which is also what parses certificates that arrive inside containers from outside.
import { X509Certificate } from "node:crypto";
import {
  bitString,
  booleanTrue,
  explicit,
  nullValue,
  objectIdentifier,
  octetString,
  printableString,
  sequence,
  set,
  time,
  unsignedInteger,
  utf8String,
} from "./der.ts";

export const SIGNING_ALGORITHM = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
const VALID_YEARS = 5;
// Processes' clocks differ a little: a certificate made on one must already be valid on another.
const BACKDATE_MS = 60 * 60 * 1000;

const OID = {
  sha256WithRsa: "1.2.840.113549.1.1.11",
  commonName: "2.5.4.3",
  organisation: "2.5.4.10",
  country: "2.5.4.6",
  basicConstraints: "2.5.29.19",
  keyUsage: "2.5.29.15",
};

/** What signs: the institution's private key and its certificate (DER). */
export type Signer = { privateKey: CryptoKey; certificate: Uint8Array };

export async function generateSigningKey(): Promise<Uint8Array<ArrayBuffer>> {
  const pair = await crypto.subtle.generateKey(
    { ...SIGNING_ALGORITHM, modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1) },
    true,
    ["sign", "verify"],
  );
  return new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
}

export async function importSigningKey(pkcs8: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey("pkcs8", pkcs8, SIGNING_ALGORITHM, false, ["sign"]);
}

/** The public half, rebuilt from the private key: a PKCS#8 RSA key carries its modulus and exponent. */
async function publicKeyOf(pkcs8: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const extractable = await crypto.subtle.importKey("pkcs8", pkcs8, SIGNING_ALGORITHM, true, ["sign"]);
  const { kty, n, e } = await crypto.subtle.exportKey("jwk", extractable);
  return crypto.subtle.importKey("jwk", { kty, n, e }, SIGNING_ALGORITHM, true, ["verify"]);
}

function institutionName(name: string): Uint8Array {
  const attribute = (oid: string, value: Uint8Array) => set(sequence(objectIdentifier(oid), value));
  return sequence(
    attribute(OID.country, printableString("LV")),
    attribute(OID.organisation, utf8String(name)),
    attribute(OID.commonName, utf8String(name)),
  );
}

/**
 * A self-signed certificate naming the institution (CN and O, C=LV) for the key in `pkcs8`:
 * random serial, valid five years, for signing only (digitalSignature, nonRepudiation). DER.
 */
export async function selfSignedCertificate(pkcs8: Uint8Array<ArrayBuffer>, name: string, now = new Date()): Promise<Uint8Array> {
  const notBefore = new Date(now.getTime() - BACKDATE_MS);
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALID_YEARS);
  const algorithm = sequence(objectIdentifier(OID.sha256WithRsa), nullValue());
  const subject = institutionName(name);
  const spki = new Uint8Array(await crypto.subtle.exportKey("spki", await publicKeyOf(pkcs8)));
  const extensions = sequence(
    sequence(objectIdentifier(OID.basicConstraints), booleanTrue(), octetString(sequence())),
    // Bits 0 and 1 of the KeyUsage string; the other six of the byte are unused.
    sequence(objectIdentifier(OID.keyUsage), booleanTrue(), octetString(bitString(Uint8Array.of(0xc0), 6))),
  );
  const tbs = sequence(
    explicit(0, unsignedInteger(Uint8Array.of(2))),
    unsignedInteger(crypto.getRandomValues(new Uint8Array(16))),
    algorithm,
    subject,
    sequence(time(notBefore), time(notAfter)),
    subject,
    spki,
    explicit(3, extensions),
  );
  const signature = await crypto.subtle.sign(SIGNING_ALGORITHM, await importSigningKey(pkcs8), tbs);
  return sequence(tbs, algorithm, bitString(new Uint8Array(signature)));
}

export type CertificateInfo = {
  commonName: string;
  organisation: string;
  notBefore: Date;
  notAfter: Date;
  publicKey(algorithm: RsaHashedImportParams): Promise<CryptoKey>;
};

/** Throws on anything that is not an X.509 certificate. */
export function readCertificate(der: Uint8Array): CertificateInfo {
  const certificate = new X509Certificate(der);
  // The legacy object's subject holds the attribute values themselves, without RFC 2253 escapes.
  const subject = certificate.toLegacyObject().subject as unknown as Record<string, string | string[] | undefined>;
  const field = (key: string) => [subject[key] ?? ""].flat()[0] ?? "";
  const spki = certificate.publicKey.export({ type: "spki", format: "der" });
  return {
    commonName: field("CN"),
    organisation: field("O"),
    notBefore: certificate.validFromDate,
    notAfter: certificate.validToDate,
    // Extractable, because the XML signature library re-imports the key it is given.
    publicKey: (algorithm) => crypto.subtle.importKey("spki", spki, algorithm, true, ["verify"]),
  };
}
