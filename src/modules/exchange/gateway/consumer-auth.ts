// Who is calling the gateway: a consumer proves its client id either with its secret or with a
// short-lived token it signed with its Ed25519 key (alg EdDSA, aud "epak-gateway").
import { createHash, createPublicKey, timingSafeEqual, verify } from "node:crypto";
import type { ConsumerRow } from "../registry.repository.ts";

const MAX_TOKEN_SECONDS = 300;
/** How far ahead of ours a consumer's clock may be. */
const CLOCK_SKEW_SECONDS = 60;
export const GATEWAY_AUDIENCE = "epak-gateway";

export function secretHash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && timingSafeEqual(x, y);
}

function verifySignedToken(token: string, consumer: ConsumerRow, nowSeconds: number): boolean {
  if (!consumer.publicKey) return false;
  const [header, payload, signature] = token.split(".");
  if (!header || !payload || !signature) return false;
  try {
    const alg = JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as { alg?: string };
    if (alg.alg !== "EdDSA") return false;
    const key = createPublicKey({ key: consumer.publicKey as never, format: "jwk" });
    if (!verify(null, Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, "base64url"))) return false;
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      iss?: string;
      aud?: string;
      exp?: number;
      iat?: number;
    };
    return (
      claims.iss === consumer.clientId &&
      claims.aud === GATEWAY_AUDIENCE &&
      typeof claims.exp === "number" &&
      typeof claims.iat === "number" &&
      claims.exp > nowSeconds &&
      claims.iat <= nowSeconds + CLOCK_SKEW_SECONDS &&
      claims.exp - claims.iat <= MAX_TOKEN_SECONDS
    );
  } catch {
    return false;
  }
}

/** True when the Authorization header proves the consumer. */
export function authenticates(authorization: string | undefined, consumer: ConsumerRow, now: Date): boolean {
  if (consumer.disabledAt) return false;
  const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization ?? "");
  if (!match?.[1]) return false;
  const credential = match[1];
  if (credential.split(".").length === 3) return verifySignedToken(credential, consumer, Math.floor(now.getTime() / 1000));
  return consumer.secretHash !== null && sameHash(secretHash(credential), consumer.secretHash);
}
