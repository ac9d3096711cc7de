// A consumer system gets its credentials: a random secret, shown once and kept only as a hash,
// and/or an Ed25519 public key it signs its tokens with.
import { createPublicKey, randomBytes } from "node:crypto";
import { recordAudit } from "../../../platform/audit/audit.ts";
import type { Context } from "../../../platform/context.ts";
import { AppError } from "../../../platform/errors.ts";
import { secretHash } from "../gateway/consumer-auth.ts";
import { isClientId } from "../gateway/service-address.ts";

export type ConsumerInput = { clientId: string; institution: string; name: string; publicKeyJwk?: string };

function parsedPublicKey(text: string | undefined): Record<string, unknown> | null {
  if (!text?.trim()) return null;
  try {
    const jwk = JSON.parse(text) as Record<string, unknown>;
    const key = createPublicKey({ key: jwk as never, format: "jwk" });
    if (key.asymmetricKeyType !== "ed25519" || "d" in jwk) return null;
    return { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
  } catch {
    return null;
  }
}

/** Creates the consumer; returns its secret, which is not stored and cannot be shown again. */
export async function createConsumer(
  ctx: Context,
  input: ConsumerInput,
  options: { secret?: string } = {},
): Promise<{ id: string; secret: string }> {
  const errors: Record<string, string> = {};
  if (!isClientId(input.clientId)) errors.clientId = "exchange.consumer.client_id.invalid";
  if (!input.name.trim()) errors.name = "exchange.consumer.name.required";
  const publicKey = parsedPublicKey(input.publicKeyJwk);
  if (input.publicKeyJwk?.trim() && !publicKey) errors.publicKey = "exchange.consumer.public_key.invalid";
  if (!errors.clientId) {
    const taken = await ctx.trx.selectFrom("exchange.consumer").select("id").where("client_id", "=", input.clientId).executeTakeFirst();
    if (taken) errors.clientId = "exchange.consumer.client_id.taken";
  }
  if (Object.keys(errors).length) throw new AppError("validation_failed", 400, errors);
  const secret = options.secret ?? randomBytes(32).toString("base64url");
  const row = await ctx.trx
    .insertInto("exchange.consumer")
    .values({
      client_id: input.clientId,
      institution: input.institution,
      name: input.name.trim(),
      secret_hash: secretHash(secret),
      public_key: publicKey ? JSON.stringify(publicKey) : null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await recordAudit(ctx, {
    event: "exchange.consumer.create",
    subjectType: "consumer",
    subjectId: row.id,
    details: { clientId: input.clientId },
  });
  return { id: row.id, secret };
}
