// What the editors' pages read: an institution's services with their drafts and states, one
// service's working copy, its published versions and a template's national text.
import type { Kysely } from "kysely";
import type { Tables } from "../../../platform/db/tables.ts";
import type { LocalVariantDocument, ServiceDocument } from "../model.ts";

type Db = Kysely<Tables>;

export type StoredDocument = ServiceDocument | LocalVariantDocument;

export type EditorService = {
  identifier: string;
  institution: string;
  /** For a local variant: its template's identifier. */
  template: string | null;
  publishedVersion: number | null;
  published: StoredDocument | null;
  draft: StoredDocument | null;
  draftState: "editing" | "in_review" | null;
  draftUpdatedBy: string | null;
  draftUpdatedAt: Date | null;
  submittedBy: string | null;
};

const COLUMNS = [
  "identifier",
  "institution",
  "template",
  "published_version",
  "published",
  "draft",
  "draft_state",
  "draft_updated_by",
  "draft_updated_at",
  "submitted_by",
] as const;

type Row = {
  identifier: string;
  institution: string;
  template: string | null;
  published_version: number | null;
  published: unknown;
  draft: unknown;
  draft_state: "editing" | "in_review" | null;
  draft_updated_by: string | null;
  draft_updated_at: Date | null;
  submitted_by: string | null;
};

function toService(r: Row): EditorService {
  return {
    identifier: r.identifier,
    institution: r.institution,
    template: r.template,
    publishedVersion: r.published_version,
    published: (r.published as StoredDocument | null) ?? null,
    draft: (r.draft as StoredDocument | null) ?? null,
    draftState: r.draft_state,
    draftUpdatedBy: r.draft_updated_by,
    draftUpdatedAt: r.draft_updated_at,
    submittedBy: r.submitted_by,
  };
}

/** Every service of the institution, withdrawn ones left out. */
export async function institutionServices(db: Db, institution: string): Promise<EditorService[]> {
  const rows = await db
    .selectFrom("catalog.service")
    .select(COLUMNS)
    .where("institution", "=", institution)
    .where("withdrawn_at", "is", null)
    .execute();
  return rows.map((r) => toService(r as Row));
}

/** Whether any service, of any institution, has the identifier: a new one may not take it. */
export async function identifierTaken(db: Db, identifier: string): Promise<boolean> {
  const row = await db.selectFrom("catalog.service").select("identifier").where("identifier", "=", identifier).executeTakeFirst();
  return row !== undefined;
}

/** The service, only when it is the institution's: another's is as good as not there. */
export async function serviceOfInstitution(db: Db, identifier: string, institution: string): Promise<EditorService | null> {
  const row = await db
    .selectFrom("catalog.service")
    .select(COLUMNS)
    .where("identifier", "=", identifier)
    .where("institution", "=", institution)
    .where("withdrawn_at", "is", null)
    .executeTakeFirst();
  return row ? toService(row as Row) : null;
}

/** Templates' titles, for naming local variants (which have no title of their own). */
export async function templateDocuments(db: Db, identifiers: string[]): Promise<Map<string, ServiceDocument>> {
  if (!identifiers.length) return new Map();
  const rows = await db
    .selectFrom("catalog.service")
    .select(["identifier", "published"])
    .where("identifier", "in", [...new Set(identifiers)])
    .where("published", "is not", null)
    .execute();
  return new Map(rows.map((r) => [r.identifier, r.published as ServiceDocument]));
}

export type VersionEntry = { version: number; publishedAt: Date; publishedBy: string; submittedBy: string | null };

/** Every published version, newest first. */
export async function serviceVersions(db: Db, identifier: string): Promise<VersionEntry[]> {
  const rows = await db
    .selectFrom("catalog.service_version")
    .select(["version", "published_at", "published_by", "submitted_by"])
    .where("service", "=", identifier)
    .orderBy("version", "desc")
    .execute();
  return rows.map((r) => ({ version: r.version, publishedAt: r.published_at, publishedBy: r.published_by, submittedBy: r.submitted_by }));
}

export async function versionDocument(db: Db, identifier: string, version: number): Promise<StoredDocument | null> {
  const row = await db
    .selectFrom("catalog.service_version")
    .select("document")
    .where("service", "=", identifier)
    .where("version", "=", version)
    .executeTakeFirst();
  return (row?.document as StoredDocument | undefined) ?? null;
}
