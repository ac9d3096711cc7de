-- The platform's own tables: the audit log every module writes to, site-wide notices, and
-- secrets the instance makes for itself. Each module keeps its tables in its own schema.
create schema if not exists platform;

create table platform.audit_log (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  event text not null,
  actor text not null,
  on_behalf_of text,
  channel text not null,
  subject_type text,
  subject_id text,
  request_id text,
  details jsonb not null default '{}'::jsonb
);
create index audit_log_subject_idx on platform.audit_log (subject_type, subject_id, occurred_at);
create index audit_log_event_idx on platform.audit_log (event, occurred_at);

create table platform.site_notice (
  id bigint generated always as identity primary key,
  level text not null check (level in ('info', 'warning')),
  text_lv text not null,
  text_en text not null,
  starts_at timestamptz not null default now(),
  ends_at timestamptz,
  created_at timestamptz not null default now()
);

create table platform.instance_secret (
  name text primary key,
  value text not null,
  created_at timestamptz not null default now()
);

create table platform.seed_run (
  name text primary key,
  seeded_at timestamptz not null default now()
);

-- Each worker process stamps this on a schedule, so /readyz can tell whether jobs are running.
create table platform.worker_heartbeat (
  worker text primary key,
  seen_at timestamptz not null default now()
);

-- "Report a problem with this page": what a visitor wrote about a page, without who they are.
create table platform.page_feedback (
  id bigint generated always as identity primary key,
  page_path text not null,
  locale text not null check (locale in ('lv', 'en')),
  problem text not null check (char_length(problem) between 1 and 1200),
  created_at timestamptz not null default now()
);
