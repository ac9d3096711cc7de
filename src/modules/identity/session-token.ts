// A session is named by a random token in the person's cookie; the database keeps only its
// hash, so that reading the table (a backup, a replica) opens nobody's session.
import { createHash, randomBytes } from "node:crypto";

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
