// Reading and writing the bus's registry: data services, consumers and their access grants.
import type { Kysely } from "kysely";
import type { Tables } from "../../platform/db/tables.ts";

type Db = Kysely<Tables>;

export type ProviderServiceRow = {
  id: string;
  serviceId: string;
  institution: string;
  subsystem: string;
  serviceCode: string;
  name: { lv: string; en: string };
  description: { lv: string; en: string };
  baseUrl: string;
  dataCategories: string[];
  personalData: boolean;
  timeoutMs: number;
  status: "active" | "withdrawn";
};

export type ConsumerRow = {
  id: string;
  clientId: string;
  institution: string;
  name: string;
  secretHash: string | null;
  publicKey: Record<string, unknown> | null;
  createdAt: Date;
  disabledAt: Date | null;
};

export type GrantRow = {
  id: string;
  consumerId: string;
  clientId: string;
  consumerName: string;
  consumerInstitution: string;
  serviceRowId: string;
  serviceId: string;
  serviceName: { lv: string; en: string };
  purpose: { lv: string; en: string };
  legalBasis: string;
  logBodies: boolean;
  exception: boolean;
  grantedBy: string;
  grantedAt: Date;
  revokedAt: Date | null;
};

const SERVICE_COLUMNS = [
  "id",
  "service_id",
  "institution",
  "subsystem",
  "service_code",
  "name_lv",
  "name_en",
  "description_lv",
  "description_en",
  "base_url",
  "data_categories",
  "personal_data",
  "timeout_ms",
  "status",
] as const;

function toService(r: {
  id: string;
  service_id: string;
  institution: string;
  subsystem: string;
  service_code: string;
  name_lv: string;
  name_en: string;
  description_lv: string;
  description_en: string;
  base_url: string;
  data_categories: string[];
  personal_data: boolean;
  timeout_ms: number;
  status: "active" | "withdrawn";
}): ProviderServiceRow {
  return {
    id: r.id,
    serviceId: r.service_id,
    institution: r.institution,
    subsystem: r.subsystem,
    serviceCode: r.service_code,
    name: { lv: r.name_lv, en: r.name_en },
    description: { lv: r.description_lv, en: r.description_en },
    baseUrl: r.base_url,
    dataCategories: r.data_categories,
    personalData: r.personal_data,
    timeoutMs: r.timeout_ms,
    status: r.status,
  };
}

export async function findServiceByServiceId(db: Db, serviceId: string): Promise<ProviderServiceRow | null> {
  const row = await db
    .selectFrom("exchange.provider_service")
    .select(SERVICE_COLUMNS)
    .where("service_id", "=", serviceId)
    .executeTakeFirst();
  return row ? toService(row) : null;
}

export async function findServiceById(db: Db, id: string): Promise<(ProviderServiceRow & { openapi: Record<string, unknown> }) | null> {
  const row = await db
    .selectFrom("exchange.provider_service")
    .select([...SERVICE_COLUMNS, "openapi"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? { ...toService(row), openapi: row.openapi } : null;
}

export async function listServices(db: Db, options: { activeOnly?: boolean } = {}): Promise<ProviderServiceRow[]> {
  let query = db.selectFrom("exchange.provider_service").select(SERVICE_COLUMNS);
  if (options.activeOnly) query = query.where("status", "=", "active");
  const rows = await query.orderBy("institution").orderBy("service_id").execute();
  return rows.map(toService);
}

export async function findConsumerByClientId(db: Db, clientId: string): Promise<ConsumerRow | null> {
  const r = await db
    .selectFrom("exchange.consumer")
    .select(["id", "client_id", "institution", "name", "secret_hash", "public_key", "created_at", "disabled_at"])
    .where("client_id", "=", clientId)
    .executeTakeFirst();
  return r ? toConsumer(r) : null;
}

export async function listConsumers(db: Db): Promise<ConsumerRow[]> {
  const rows = await db
    .selectFrom("exchange.consumer")
    .select(["id", "client_id", "institution", "name", "secret_hash", "public_key", "created_at", "disabled_at"])
    .orderBy("institution")
    .orderBy("client_id")
    .execute();
  return rows.map(toConsumer);
}

function toConsumer(r: {
  id: string;
  client_id: string;
  institution: string;
  name: string;
  secret_hash: string | null;
  public_key: Record<string, unknown> | null;
  created_at: Date;
  disabled_at: Date | null;
}): ConsumerRow {
  return {
    id: r.id,
    clientId: r.client_id,
    institution: r.institution,
    name: r.name,
    secretHash: r.secret_hash,
    publicKey: r.public_key,
    createdAt: r.created_at,
    disabledAt: r.disabled_at,
  };
}

/** The live grant of a consumer for a service, if there is one. */
export async function findLiveGrant(
  db: Db,
  consumerId: string,
  serviceRowId: string,
): Promise<{ id: string; purposeLv: string; logBodies: boolean } | null> {
  const row = await db
    .selectFrom("exchange.access_grant")
    .select(["id", "purpose_lv", "log_bodies"])
    .where("consumer_id", "=", consumerId)
    .where("service_id", "=", serviceRowId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return row ? { id: row.id, purposeLv: row.purpose_lv, logBodies: row.log_bodies } : null;
}

export async function listGrants(db: Db, options: { includeRevoked?: boolean; serviceRowId?: string } = {}): Promise<GrantRow[]> {
  let query = db
    .selectFrom("exchange.access_grant as g")
    .innerJoin("exchange.consumer as c", "c.id", "g.consumer_id")
    .innerJoin("exchange.provider_service as s", "s.id", "g.service_id")
    .select([
      "g.id",
      "g.consumer_id",
      "c.client_id",
      "c.name as consumer_name",
      "c.institution as consumer_institution",
      "s.id as service_row_id",
      "s.service_id",
      "s.name_lv",
      "s.name_en",
      "g.purpose_lv",
      "g.purpose_en",
      "g.legal_basis",
      "g.log_bodies",
      "g.exception",
      "g.granted_by",
      "g.granted_at",
      "g.revoked_at",
    ]);
  if (!options.includeRevoked) query = query.where("g.revoked_at", "is", null);
  if (options.serviceRowId) query = query.where("g.service_id", "=", options.serviceRowId);
  const rows = await query.orderBy("g.granted_at", "desc").execute();
  return rows.map((r) => ({
    id: r.id,
    consumerId: r.consumer_id,
    clientId: r.client_id,
    consumerName: r.consumer_name,
    consumerInstitution: r.consumer_institution,
    serviceRowId: r.service_row_id,
    serviceId: r.service_id,
    serviceName: { lv: r.name_lv, en: r.name_en },
    purpose: { lv: r.purpose_lv, en: r.purpose_en },
    legalBasis: r.legal_basis,
    logBodies: r.log_bodies,
    exception: r.exception,
    grantedBy: r.granted_by,
    grantedAt: r.granted_at,
    revokedAt: r.revoked_at,
  }));
}
