-- Cases: a submitted application being processed, step by step, until a decision reaches the
-- applicant. What happened to a case is the audit log (subject_type 'case'), from which its
-- timeline is built; these tables hold its current state and what the steps produced.
create schema cases;

create table cases.case (
  id uuid primary key default gen_random_uuid(),
  application_id uuid not null unique,
  number text not null unique,
  service text not null,
  -- The e-service's title in both languages when the case opened, for queues and lists.
  service_title jsonb not null,
  process text not null,
  -- Who the decision goes to: a person (identity id) or a company (registration number).
  applicant_kind text not null check (applicant_kind in ('person', 'company')),
  applicant_ref text not null,
  -- The person the applicant's register data belongs to, when there is one (for the bus's logs).
  subject_person_id text,
  channel text not null check (channel in ('online', 'assisted', 'paper')),
  status text not null check (status in ('open', 'waiting_applicant', 'waiting_institution', 'decided', 'withdrawn')),
  step_index integer not null,
  step_id text not null,
  institution text not null,
  assignee text,
  opened_at timestamptz not null,
  due_on date not null,
  paused_since date,
  extended boolean not null default false,
  outcome text check (outcome in ('granted', 'refused')),
  decided_at timestamptz,
  decision_message_id uuid,
  delivery text not null default 'mailbox' check (delivery in ('mailbox', 'centre', 'post')),
  rating integer check (rating between 1 and 5),
  rating_comment text,
  rated_at timestamptz,
  version integer not null default 1
);
create index case_queue on cases.case (institution, status, due_on);
create index case_applicant on cases.case (applicant_kind, applicant_ref);

create table cases.note (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases.case (id) on delete cascade,
  written_at timestamptz not null,
  author text not null,
  institution text not null,
  text text not null check (length(text) between 1 and 4000)
);
create index note_case on cases.note (case_id, written_at);

-- Requests for more information (to the applicant: it stops the deadline clock) and requests to
-- another institution's queue.
create table cases.request (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases.case (id) on delete cascade,
  kind text not null check (kind in ('applicant', 'institution')),
  from_institution text not null,
  to_institution text,
  question text not null check (length(question) between 1 and 4000),
  asked_at timestamptz not null,
  asked_by text not null,
  answer text,
  answered_at timestamptz,
  answered_by text
);
create index request_case on cases.request (case_id, asked_at);

create table cases.request_file (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references cases.request (id) on delete cascade,
  file_name text not null,
  media_type text not null,
  size_bytes integer not null,
  content bytea not null
);

-- What an automatic step fetched from a register, as the officer saw it.
create table cases.step_result (
  id uuid primary key default gen_random_uuid(),
  case_id uuid not null references cases.case (id) on delete cascade,
  step_id text not null,
  fetched_at timestamptz not null,
  outcome text not null check (outcome in ('ok', 'attention', 'unavailable')),
  data jsonb not null
);
create index step_result_case on cases.step_result (case_id, fetched_at);

create table cases.decision (
  case_id uuid primary key references cases.case (id) on delete cascade,
  outcome text not null check (outcome in ('granted', 'refused')),
  reasoning text not null,
  pdf bytea not null,
  edoc bytea,
  decided_by text not null,
  decided_at timestamptz not null
);
