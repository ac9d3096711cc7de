// The secrets in subscription emails: random, sent once, and stored only as their SHA-256, so a
// copy of the database cannot confirm or cancel anyone's subscription.
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, base64url: 43 characters that are safe in a URL path. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: tokenHash(token) };
}

export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** The hash of what came in the address, or null when it cannot be a token Epak made. */
export function hashOfPresented(token: string): string | null {
  return TOKEN.test(token) ? tokenHash(token) : null;
}
