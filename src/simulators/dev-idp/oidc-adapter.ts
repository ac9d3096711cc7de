// oidc-provider's storage (sessions, interactions, codes, grants) in the database rather than
// in the memory of one process, so that a login started on one Epak process can finish on another.
import { type Kysely, sql } from "kysely";
import type { Adapter, AdapterPayload } from "oidc-provider";
import type { Tables } from "../../platform/db/tables.ts";

export function databaseAdapter(db: Kysely<Tables>): (kind: string) => Adapter {
  return (kind) => new DatabaseAdapter(db, kind);
}

class DatabaseAdapter implements Adapter {
  readonly #db: Kysely<Tables>;
  readonly #kind: string;

  constructor(db: Kysely<Tables>, kind: string) {
    this.#db = db;
    this.#kind = kind;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const row = {
      kind: this.#kind,
      id,
      payload: JSON.stringify(payload),
      grant_id: payload.grantId ?? null,
      uid: payload.uid ?? null,
      expires_at: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
    };
    await this.#db
      .insertInto("dev_idp.oidc_model")
      .values(row)
      .onConflict((oc) =>
        oc.columns(["kind", "id"]).doUpdateSet({ payload: row.payload, grant_id: row.grant_id, uid: row.uid, expires_at: row.expires_at }),
      )
      .execute();
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.#findWhere("id", id);
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.#findWhere("uid", uid);
  }

  async findByUserCode(): Promise<undefined> {
    // The device flow is not enabled on this provider.
    return undefined;
  }

  async consume(id: string): Promise<void> {
    await this.#db
      .updateTable("dev_idp.oidc_model")
      .set({ consumed_at: sql`now()` })
      .where("kind", "=", this.#kind)
      .where("id", "=", id)
      .execute();
  }

  async destroy(id: string): Promise<void> {
    await this.#db.deleteFrom("dev_idp.oidc_model").where("kind", "=", this.#kind).where("id", "=", id).execute();
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    // Only this adapter's kind: oidc-provider revokes each kind of token through its own adapter,
    // and an interaction in progress shares the grant id without being revoked.
    await this.#db.deleteFrom("dev_idp.oidc_model").where("kind", "=", this.#kind).where("grant_id", "=", grantId).execute();
  }

  async #findWhere(column: "id" | "uid", value: string): Promise<AdapterPayload | undefined> {
    const row = await this.#db
      .selectFrom("dev_idp.oidc_model")
      .select(["payload", "consumed_at"])
      .where("kind", "=", this.#kind)
      .where(column, "=", value)
      .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", sql<Date>`now()`)]))
      .executeTakeFirst();
    if (!row) return undefined;
    const payload = row.payload as AdapterPayload;
    return row.consumed_at ? { ...payload, consumed: Math.floor(row.consumed_at.getTime() / 1000) } : payload;
  }
}
