// What the editors' pages read about e-service definitions: an institution's e-services with
// their latest version and draft, one e-service's working copy, and its published versions.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import type { EServiceDefinition } from "./model.ts";

type Db = Kysely<Tables>;

export type StoredDefinition = {
  service: string;
  institution: string;
  publishedVersion: number | null;
  /** The latest published version's document; it passed the rules when it was published. */
  published: EServiceDefinition | null;
  publishedAt: Date | null;
  /** The working copy, as saved: it may break any rule, or not even be an object. */
  draft: unknown;
  draftUpdatedBy: string | null;
  draftUpdatedAt: Date | null;
};

export type VersionEntry = { version: number; publishedBy: string; publishedAt: Date };

function definitions(db: Db) {
  return db
    .selectFrom("eservices.definition as d")
    .leftJoin("eservices.definition_version as v", (join) =>
      join.onRef("v.service", "=", "d.service").onRef("v.version", "=", "d.published_version"),
    )
    .select([
      "d.service",
      "d.institution",
      "d.published_version",
      "d.draft",
      "d.draft_updated_by",
      "d.draft_updated_at",
      "v.document",
      "v.published_at",
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof definitions>["executeTakeFirstOrThrow"]>>;

function toStored(r: Row): StoredDefinition {
  return {
    service: r.service,
    institution: r.institution,
    publishedVersion: r.published_version,
    published: (r.document as EServiceDefinition | null) ?? null,
    publishedAt: r.published_at ?? null,
    draft: r.draft ?? null,
    draftUpdatedBy: r.draft_updated_by,
    draftUpdatedAt: r.draft_updated_at,
  };
}

export async function definitionsOfInstitution(db: Db, institution: string): Promise<StoredDefinition[]> {
  const rows = await definitions(db).where("d.institution", "=", institution).orderBy("d.service").execute();
  return rows.map(toStored);
}

export async function storedDefinition(db: Db, service: string): Promise<StoredDefinition | null> {
  const row = await definitions(db).where("d.service", "=", service).executeTakeFirst();
  return row ? toStored(row) : null;
}

/** Newest first. */
export async function versionsOf(db: Db, service: string): Promise<VersionEntry[]> {
  const rows = await db
    .selectFrom("eservices.definition_version")
    .select(["version", "published_by", "published_at"])
    .where("service", "=", service)
    .orderBy("version", "desc")
    .execute();
  return rows.map((r) => ({ version: r.version, publishedBy: r.published_by, publishedAt: r.published_at }));
}

export async function versionDocument(db: Db, service: string, version: number): Promise<EServiceDefinition | null> {
  const row = await db
    .selectFrom("eservices.definition_version")
    .select("document")
    .where("service", "=", service)
    .where("version", "=", version)
    .executeTakeFirst();
  return (row?.document as EServiceDefinition | undefined) ?? null;
}
