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

export type PersonTable = {
  id: Generated<string>;
  personal_code: string;
  given_name: string;
  family_name: string;
  email: string | null;
  email_verified_at: Date | null;
  phone: string | null;
  phone_verified_at: Date | null;
  language: Generated<"lv" | "en">;
  created_at: Timestamp;
  last_login_at: Date | null;
};

export type SessionTable = {
  token_hash: string;
  public_id: Generated<string>;
  person_id: string;
  level: "low" | "substantial" | "high";
  method: string;
  acting_kind: Generated<"self" | "company" | "staff" | "person">;
  acting_id: string | null;
  acting_label: string | null;
  acting_checked_at: Generated<Date>;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ended_at: Date | null;
  end_reason: "logout" | "logout_everywhere" | "idle" | "expired" | "ended_elsewhere" | "rotated" | null;
  user_agent: string | null;
};

export type LoginEventTable = {
  id: Generated<number>;
  person_id: string | null;
  occurred_at: Timestamp;
  outcome: "success" | "failure";
  method: string | null;
  level: string | null;
  reason: string | null;
  user_agent: string | null;
};

export type StaffMembershipTable = {
  id: Generated<string>;
  person_id: string;
  role: "officer" | "editor" | "consultant" | "analyst" | "administrator";
  unit_kind: "institution" | "centre";
  unit_code: string;
  created_at: Timestamp;
  created_by: string | null;
  revoked_at: Date | null;
  revoked_by: string | null;
};

export type ContactCodeTable = {
  id: Generated<string>;
  person_id: string;
  channel: "email" | "phone";
  value: string;
  code_hash: string;
  attempts: Generated<number>;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Date | null;
};

export type DevIdpModelTable = {
  kind: string;
  id: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  grant_id: string | null;
  uid: string | null;
  expires_at: Date | null;
  consumed_at: Date | null;
};

export type DevOutboxTable = {
  id: Generated<number>;
  channel: "email" | "sms";
  recipient: string;
  subject: string;
  body: string;
  created_at: Timestamp;
};

export type ProviderServiceTable = {
  id: Generated<string>;
  service_id: string;
  institution: string;
  subsystem: string;
  service_code: string;
  name_lv: string;
  name_en: string;
  description_lv: string;
  description_en: string;
  openapi: ColumnType<Record<string, unknown>, string, string>;
  base_url: string;
  data_categories: ColumnType<string[], string | undefined, string>;
  personal_data: boolean;
  timeout_ms: Generated<number>;
  status: Generated<"active" | "withdrawn">;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type ConsumerTable = {
  id: Generated<string>;
  client_id: string;
  institution: string;
  name: string;
  secret_hash: string | null;
  public_key: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  created_at: Timestamp;
  disabled_at: Date | null;
};

export type AccessGrantTable = {
  id: Generated<string>;
  consumer_id: string;
  service_id: string;
  purpose_lv: string;
  purpose_en: string;
  legal_basis: string;
  log_bodies: Generated<boolean>;
  exception: Generated<boolean>;
  granted_by: string;
  granted_at: Timestamp;
  revoked_by: string | null;
  revoked_at: Date | null;
};

export type MessageLogTable = {
  seq: number;
  message_id: string;
  logged_at: Date;
  consumer: string;
  service: string;
  method: string;
  user_id: string | null;
  issue: string | null;
  represented_party: string | null;
  grant_id: string | null;
  purpose: string | null;
  status: number;
  error_code: string | null;
  duration_ms: number;
  request_hash: string;
  response_hash: string | null;
  request_body: string | null;
  response_body: string | null;
  subjects: ColumnType<string[], string, never>;
  prev_hash: string;
  hash: string;
};

export type MessageSubjectTable = {
  personal_code: string;
  seq: number;
};

export type LogHeadTable = {
  id: number;
  seq: number;
  hash: string;
};

type Json<T> = ColumnType<T, string, string>;

export type CatalogInstitutionTable = {
  identifier: string;
  kind: string;
  name_lv: string;
  name_en: string;
  parent: string | null;
  document: Json<unknown>;
  updated_at: Generated<Date>;
};

export type CatalogServiceTable = {
  identifier: string;
  institution: string;
  template: string | null;
  is_template: Generated<boolean>;
  published_version: number | null;
  published: ColumnType<unknown | null, string | null | undefined, string | null>;
  draft: ColumnType<unknown | null, string | null | undefined, string | null>;
  draft_state: "editing" | "in_review" | null;
  draft_updated_by: string | null;
  draft_updated_at: Timestamp | null;
  submitted_by: string | null;
  withdrawn_at: Timestamp | null;
  created_at: Generated<Date>;
};

export type CatalogServiceVersionTable = {
  service: string;
  version: number;
  document: Json<unknown>;
  published_at: Generated<Date>;
  published_by: string;
  submitted_by: string | null;
};

export type CatalogEventTable = {
  identifier: string;
  kind: string;
  title_lv: string;
  title_en: string;
  document: Json<unknown>;
  updated_at: Generated<Date>;
};

export type CatalogEventServiceTable = { event: string; step: number; service: string };

export type CatalogSearchEntryTable = {
  service: string;
  institution: string;
  template: string | null;
  is_template: boolean;
  audience: string[];
  kind: string;
  maturity: number;
  thematic_area: string;
  events: string[];
  municipalities: string[];
  online: boolean;
  title_lv: string;
  title_en: string;
  sort_lv: string;
  sort_en: string;
  summary_lv: string;
  summary_en: string;
  lexemes: string;
};

export type CatalogSearchLexemeTable = { lexeme: string; documents: number };

export type CatalogSynonymTable = { id: Generated<number>; from_phrase: string; to_phrase: string };

export type CatalogEServiceLinkTable = { service: string; path: string; maturity: 3 | 4 | 5; linked_at: Generated<Date> };

export type EServiceDefinitionTable = {
  service: string;
  institution: string;
  published_version: number | null;
  draft: ColumnType<unknown | null, string | null | undefined, string | null>;
  draft_updated_by: string | null;
  draft_updated_at: Date | null;
  created_at: Timestamp;
};

export type EServiceDefinitionVersionTable = {
  service: string;
  version: number;
  document: ColumnType<unknown, string, string>;
  published_by: string;
  published_at: Timestamp;
};

export type ApplicationTable = {
  id: string;
  service: string;
  version: number;
  status: "draft" | "submitted";
  number: string | null;
  channel: "online" | "assisted" | "paper";
  created_by: string;
  acting_for: string | null;
  subject_kind: "person" | "child" | "company";
  subject_id: string;
  subject_name: string;
  /** Where and by whom an assisted or paper application was taken (eservices' `Assistance`). */
  assistance: ColumnType<unknown, string | null, string | null>;
  answers: Json<Record<string, unknown>>;
  prefill: Json<Record<string, unknown>>;
  completed_pages: Json<string[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
  expires_at: Date | null;
  submitted_at: Date | null;
};

export type AttachmentTable = {
  id: string;
  application_id: string;
  question: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  created_at: Timestamp;
};

export type ReceiptTable = {
  application_id: string;
  pdf: Buffer;
  sha256: string;
  created_at: Timestamp;
};

// The e-address mailbox: official messages, their files, the email outbox, notification templates.
export type MailboxMessageTable = {
  id: Generated<string>;
  owner_kind: "person" | "company";
  /** The identity person's id, or the company's registration number. */
  owner_ref: string;
  institution: string;
  type: "decision" | "request" | "notice" | "answer";
  subject: string;
  body: string;
  reference: string | null;
  sent_at: Timestamp;
  sent_by: string;
  delivery_due_on: string;
  opened_at: Timestamp | null;
  opened_by: string | null;
  delivered_at: Timestamp | null;
  delivered_how: "opened" | "deadline" | null;
};

export type MailboxAttachmentTable = {
  id: Generated<string>;
  message_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
};

export type MailboxEmailTable = {
  id: Generated<string>;
  recipient: string;
  subject: string;
  body: string;
  headers: ColumnType<Record<string, string>, string | undefined, string>;
  purpose: string;
  status: Generated<"queued" | "sent" | "failed">;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
};

export type MailboxTemplateTable = {
  type: string;
  locale: "lv" | "en";
  subject: string;
  body: string;
  updated_at: Timestamp;
  updated_by: string;
};

// Questions to institutions ("Uzdod jautājumu") and their answers.
export type QuestionTable = {
  id: Generated<string>;
  number: string;
  person_id: string;
  asker_name: string;
  submission_key: string;
  institution: string;
  subject: string;
  body: string;
  email_notice: boolean;
  locale: "lv" | "en";
  asked_at: Timestamp;
  status: Generated<"waiting" | "answered">;
  answer: string | null;
  answered_at: Date | null;
  answered_by: string | null;
  answered_by_name: string | null;
  mailbox_message_id: string | null;
};

// News: articles, email subscribers, their unsubscribe tokens, which article went to whom.
export type NewsArticleTable = {
  id: Generated<string>;
  slug: string;
  institution: string;
  status: Generated<"draft" | "published" | "unpublished">;
  title_lv: string;
  title_en: string;
  summary_lv: string;
  summary_en: string;
  body_lv: string;
  body_en: string;
  published_at: Timestamp | null;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  updated_by: string;
};

export type NewsSubscriberTable = {
  id: Generated<string>;
  email: string;
  locale: "lv" | "en";
  status: "pending" | "confirmed";
  confirm_token_hash: string | null;
  confirm_expires_at: Timestamp | null;
  last_email_at: Timestamp;
  created_at: Timestamp;
  confirmed_at: Timestamp | null;
};

export type NewsUnsubscribeTokenTable = {
  token_hash: string;
  subscriber_id: string;
  created_at: Timestamp;
};

export type NewsAnnouncementTable = {
  article_id: string;
  subscriber_id: string;
  queued_at: Timestamp;
};

// Cases: processing of submitted applications.
export type CaseTable = {
  id: Generated<string>;
  application_id: string;
  number: string;
  service: string;
  service_title: ColumnType<{ lv: string; en: string }, string, string>;
  process: string;
  applicant_kind: "person" | "company";
  applicant_ref: string;
  subject_person_id: string | null;
  channel: "online" | "assisted" | "paper";
  status: "open" | "waiting_applicant" | "waiting_institution" | "decided" | "withdrawn";
  step_index: number;
  step_id: string;
  institution: string;
  assignee: string | null;
  opened_at: Timestamp;
  due_on: string;
  paused_since: string | null;
  extended: Generated<boolean>;
  outcome: "granted" | "refused" | null;
  decided_at: Timestamp | null;
  decision_message_id: string | null;
  delivery: Generated<"mailbox" | "centre" | "post">;
  rating: number | null;
  rating_comment: string | null;
  rated_at: Timestamp | null;
  version: Generated<number>;
};

export type CaseNoteTable = {
  id: Generated<string>;
  case_id: string;
  written_at: Timestamp;
  author: string;
  institution: string;
  text: string;
};

export type CaseRequestTable = {
  id: Generated<string>;
  case_id: string;
  kind: "applicant" | "institution";
  from_institution: string;
  to_institution: string | null;
  question: string;
  asked_at: Timestamp;
  asked_by: string;
  answer: string | null;
  answered_at: Timestamp | null;
  answered_by: string | null;
};

export type CaseRequestFileTable = {
  id: Generated<string>;
  request_id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  content: Buffer;
};

export type CaseStepResultTable = {
  id: Generated<string>;
  case_id: string;
  step_id: string;
  fetched_at: Timestamp;
  outcome: "ok" | "attention" | "unavailable";
  data: ColumnType<Record<string, unknown>, string, string>;
};

export type CaseDecisionTable = {
  case_id: string;
  outcome: "granted" | "refused";
  reasoning: string;
  pdf: Buffer;
  edoc: Buffer | null;
  decided_by: string;
  decided_at: Timestamp;
};

// Payments (issue #10) and the development payment provider.
export type PaymentRequestTable = {
  id: string;
  application_id: string;
  application_number: string;
  institution: string;
  service: string;
  amount_cents: number;
  currency: "EUR";
  reason_lv: string;
  reason_en: string;
  status: "due" | "paid";
  created_by: string;
  created_at: Timestamp;
  paid_at: Date | null;
};

export type PaymentTable = {
  id: string;
  reference: string;
  application_id: string;
  application_number: string | null;
  request_id: string | null;
  institution: string;
  service: string;
  purpose: "fee" | "decision";
  amount_cents: number;
  currency: "EUR";
  provider: string;
  method: "bank" | "card";
  provider_payment_id: string | null;
  redirect_url: string | null;
  status: "new" | "started" | "paid" | "cancelled" | "failed" | "refunding" | "refunded";
  bank: string | null;
  card_last4: string | null;
  settled_by: "callback" | "query" | null;
  created_by: string;
  created_at: Timestamp;
  paid_at: Date | null;
  closed_at: Date | null;
  refund_reason: string | null;
  refunded_by: string | null;
  refunded_at: Date | null;
  provider_refund_id: string | null;
};

export type PaymentCallbackTable = {
  id: Generated<number>;
  provider: string;
  payment_id: string | null;
  outcome: "applied" | "repeated" | "refused";
  problem: string | null;
  received_at: Timestamp;
};

export type DevPayPaymentTable = {
  id: string;
  order_id: string;
  amount_cents: number;
  currency: string;
  reference: string;
  description: string;
  recipient: string;
  method: "bank" | "card";
  locale: "lv" | "en";
  return_url: string;
  callback_path: string;
  state: "pending" | "paid" | "cancelled" | "failed";
  bank: string | null;
  card_last4: string | null;
  created_at: Timestamp;
  decided_at: Date | null;
  refund_id: string | null;
  refunded_at: Date | null;
};

export type DevPayCallbackTable = {
  id: Generated<number>;
  payment_id: string;
  due_at: Timestamp;
  sent_at: Date | null;
  tries: Generated<number>;
};

// Client service centres, digital agents and the consultants' knowledge base (issue #9, centres module).
/** Per ISO weekday ("1" Monday … "7" Sunday): the day's opening intervals, as "HH:MM" pairs. */
export type CentreWeeklyHours = Partial<Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", [string, string][]>>;

export type CentresCentreTable = {
  code: string;
  slug: string;
  name_lv: string;
  name_en: string;
  municipality: string;
  town_lv: string;
  town_en: string;
  address: string;
  latitude: number;
  longitude: number;
  phone: string | null;
  email: string | null;
  hours: ColumnType<CentreWeeklyHours, string, string>;
  accessibility_lv: string;
  accessibility_en: string;
  host_kind: "municipality" | "library";
  host_lv: string;
  host_en: string;
  created_at: Timestamp;
};

export type CentresCentreServiceTable = {
  centre_code: string;
  service: string;
  template: string | null;
  origin: "state" | "municipal";
};

export type CentresDigitalAgentTable = {
  id: Generated<string>;
  name: string;
  occupation: "librarian" | "teacher" | "official" | "social_worker";
  municipality: string;
  town_lv: string;
  town_en: string;
  place_lv: string;
  place_en: string;
  address: string;
  availability_lv: string;
  availability_en: string;
  languages: string[];
  latitude: number;
  longitude: number;
  created_at: Timestamp;
};

export type CentresKnowledgeArticleTable = {
  id: Generated<string>;
  slug: string;
  topic: "eservice" | "eid" | "eparaksts" | "eaddress" | "centre_work";
  title_lv: string;
  title_en: string;
  body_lv: string;
  body_en: string;
  /** A calendar date, "YYYY-MM-DD". */
  checked_on: string;
  lexemes: string;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  updated_by: string;
};

// Mandates between persons and written authorisations recorded at centres (issue #9, mandates module).
export type MandateTable = {
  id: string;
  principal_id: string;
  agent_id: string;
  principal_name: string;
  agent_name: string;
  all_services: boolean;
  services: string[];
  /** Calendar dates in Riga, "YYYY-MM-DD", both days included. */
  valid_from: string;
  valid_until: string;
  created_at: Timestamp;
  revoked_at: Date | null;
  revoked_by: string | null;
};

export type AuthorisationTable = {
  id: string;
  number: string;
  person_id: string;
  person_name: string;
  centre: string;
  consultant_id: string;
  consultant_name: string;
  all_services: boolean;
  services: string[];
  valid_from: string;
  valid_until: string;
  scan_name: string;
  scan_type: string;
  scan_size: number;
  scan_sha256: string;
  scan: Buffer;
  created_at: Timestamp;
  revoked_at: Date | null;
  revoked_by: string | null;
};

export type CentresVisitTable = {
  id: string;
  centre: string;
  consultant_id: string;
  person_id: string;
  person_name: string;
  document_kind: "passport" | "id_card" | "residence_permit";
  document_number: string;
  started_at: Timestamp;
};

export type Tables = {
  "platform.migrations": MigrationsTable;
  "platform.audit_log": AuditLogTable;
  "platform.site_notice": SiteNoticeTable;
  "platform.instance_secret": InstanceSecretTable;
  "platform.seed_run": SeedRunTable;
  "platform.worker_heartbeat": WorkerHeartbeatTable;
  "platform.page_feedback": PageFeedbackTable;
  "identity.person": PersonTable;
  "identity.session": SessionTable;
  "identity.login_event": LoginEventTable;
  "identity.staff_membership": StaffMembershipTable;
  "identity.contact_code": ContactCodeTable;
  "dev_idp.oidc_model": DevIdpModelTable;
  "platform.dev_outbox": DevOutboxTable;
  "exchange.provider_service": ProviderServiceTable;
  "exchange.consumer": ConsumerTable;
  "exchange.access_grant": AccessGrantTable;
  "exchange.message_log": MessageLogTable;
  "exchange.message_subject": MessageSubjectTable;
  "exchange.log_head": LogHeadTable;
  "catalog.institution": CatalogInstitutionTable;
  "catalog.service": CatalogServiceTable;
  "catalog.service_version": CatalogServiceVersionTable;
  "catalog.event": CatalogEventTable;
  "catalog.event_service": CatalogEventServiceTable;
  "catalog.search_entry": CatalogSearchEntryTable;
  "catalog.search_lexeme": CatalogSearchLexemeTable;
  "catalog.synonym": CatalogSynonymTable;
  "catalog.eservice_link": CatalogEServiceLinkTable;
  "eservices.definition": EServiceDefinitionTable;
  "eservices.definition_version": EServiceDefinitionVersionTable;
  "eservices.application": ApplicationTable;
  "eservices.attachment": AttachmentTable;
  "eservices.receipt": ReceiptTable;
  "mailbox.message": MailboxMessageTable;
  "mailbox.attachment": MailboxAttachmentTable;
  "mailbox.email": MailboxEmailTable;
  "mailbox.template": MailboxTemplateTable;
  "cases.case": CaseTable;
  "cases.note": CaseNoteTable;
  "cases.request": CaseRequestTable;
  "cases.request_file": CaseRequestFileTable;
  "cases.step_result": CaseStepResultTable;
  "cases.decision": CaseDecisionTable;
  "questions.question": QuestionTable;
  "news.article": NewsArticleTable;
  "news.subscriber": NewsSubscriberTable;
  "news.unsubscribe_token": NewsUnsubscribeTokenTable;
  "news.announcement": NewsAnnouncementTable;
  "payments.request": PaymentRequestTable;
  "payments.payment": PaymentTable;
  "payments.callback": PaymentCallbackTable;
  "dev_pay.payment": DevPayPaymentTable;
  "dev_pay.callback": DevPayCallbackTable;
  "centres.centre": CentresCentreTable;
  "centres.centre_service": CentresCentreServiceTable;
  "centres.digital_agent": CentresDigitalAgentTable;
  "centres.knowledge_article": CentresKnowledgeArticleTable;
  "centres.visit": CentresVisitTable;
  "mandates.mandate": MandateTable;
  "mandates.authorisation": AuthorisationTable;
};
