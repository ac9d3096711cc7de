// Row types of the tables, by schema-qualified name, as Kysely sees them. Each module adds its
// own tables here as it gains them.
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type MigrationsTable = {
  id: string;
  checksum: string;
  applied_at: Generated<Date>;
};

export type AuditLogTable = {
  id: Generated<number>;
  occurred_at: Timestamp;
  event: string;
  actor: string;
  on_behalf_of: string | null;
  channel: string;
  subject_type: string | null;
  subject_id: string | null;
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
};

export type SiteNoticeTable = {
  id: Generated<number>;
  level: "info" | "warning";
  text_lv: string;
  text_en: string;
  starts_at: Timestamp;
  ends_at: Date | null;
  created_at: Timestamp;
};

export type InstanceSecretTable = {
  name: string;
  value: string;
  created_at: Timestamp;
};

export type SeedRunTable = {
  name: string;
  seeded_at: Timestamp;
};

export type WorkerHeartbeatTable = {
  worker: string;
  seen_at: Timestamp;
};

export type PageFeedbackTable = {
  id: Generated<number>;
  page_path: string;
  locale: "lv" | "en";
  problem: string;
  created_at: Timestamp;
};

export type Tables = {
  "platform.migrations": MigrationsTable;
  "platform.audit_log": AuditLogTable;
  "platform.site_notice": SiteNoticeTable;
  "platform.instance_secret": InstanceSecretTable;
  "platform.seed_run": SeedRunTable;
  "platform.worker_heartbeat": WorkerHeartbeatTable;
  "platform.page_feedback": PageFeedbackTable;
};
