// Each institution's signing key and certificate, made on first use and kept in the database as
// instance secrets, so that every process and every restart signs with the same key.
import type { Kysely } from "kysely";
import { instanceSecret } from "../db/instance-secret.ts";
import type { Tables } from "../db/tables.ts";
import { generateSigningKey, importSigningKey, type Signer, selfSignedCertificate } from "./certificate.ts";

export type InstitutionRef = { code: string; name: string };

const CODE = /^[A-Za-z0-9_-]{1,64}$/;

function secretNames(code: string): { key: string; cert: string } {
  if (!CODE.test(code)) throw new RangeError(`unusable institution code ${JSON.stringify(code)}`);
  return { key: `signing.${code}.key`, cert: `signing.${code}.cert` };
}

const fromBase64 = (value: string) => new Uint8Array(Buffer.from(value, "base64"));
const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

async function stored(db: Kysely<Tables>, name: string): Promise<string | undefined> {
  const row = await db.selectFrom("platform.instance_secret").select("value").where("name", "=", name).executeTakeFirst();
  return row?.value;
}

/**
 * The institution's signer. On first use a key is made and stored, then a certificate for
 * whichever key was stored: when two processes start at once, one key wins and both certify it,
 * and again one certificate wins, so key and certificate always belong together.
 */
export async function institutionSigner(db: Kysely<Tables>, institution: InstitutionRef): Promise<Signer> {
  const names = secretNames(institution.code);
  let key = await stored(db, names.key);
  let cert = await stored(db, names.cert);
  if (key === undefined) {
    const made = toBase64(await generateSigningKey());
    key = await instanceSecret(db, names.key, () => made);
  }
  const pkcs8 = fromBase64(key);
  if (cert === undefined) {
    const made = toBase64(await selfSignedCertificate(pkcs8, institution.name));
    cert = await instanceSecret(db, names.cert, () => made);
  }
  return { privateKey: await importSigningKey(pkcs8), certificate: fromBase64(cert) };
}

/** The institution's certificate (DER), for the trusted list of a verification; none before it first signs. */
export async function institutionCertificate(db: Kysely<Tables>, code: string): Promise<Uint8Array | undefined> {
  const cert = await stored(db, secretNames(code).cert);
  return cert === undefined ? undefined : fromBase64(cert);
}
