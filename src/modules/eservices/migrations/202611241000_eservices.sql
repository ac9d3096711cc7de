-- E-services: each catalogue service's form definition with its published versions, and the
-- applications people fill in (drafts) and submit, with their attachments and receipts.
create schema if not exists eservices;

-- One row per catalogue service that has an e-service. The editors' working copy sits beside the
-- latest published version; it may have problems and is checked again before publishing.
create table eservices.definition (
  service text primary key,
  institution text not null,
  published_version integer,
  draft jsonb,
  draft_updated_by text,
  draft_updated_at timestamptz,
  created_at timestamptz not null default now()
);
create index definition_institution on eservices.definition (institution);

-- Every published version is kept: an application is filled and checked against the version it
-- was started on, even after a newer one is published.
create table eservices.definition_version (
  service text not null references eservices.definition (service),
  version integer not null,
  document jsonb not null,
  published_by text not null,
  published_at timestamptz not null,
  primary key (service, version)
);

create sequence eservices.application_number;

-- A draft until submitted, then the submitted application. The subject is whose application it is
-- (the person, their child, or a company); created_by is the user who filled it, who differs from
-- the subject at a client service centre (channel 'assisted') or for paper ('paper').
create table eservices.application (
  id uuid primary key,
  service text not null,
  version integer not null,
  status text not null check (status in ('draft', 'submitted')),
  number text unique,
  channel text not null check (channel in ('online', 'assisted', 'paper')),
  created_by text not null,
  acting_for text,
  subject_kind text not null check (subject_kind in ('person', 'child', 'company')),
  subject_id text not null,
  subject_name text not null,
  answers jsonb not null default '{}',
  prefill jsonb not null default '{}',
  completed_pages jsonb not null default '[]',
  created_at timestamptz not null,
  updated_at timestamptz not null,
  expires_at timestamptz,
  submitted_at timestamptz,
  foreign key (service, version) references eservices.definition_version (service, version),
  check ((status = 'submitted') = (number is not null and submitted_at is not null))
);
create index application_drafts on eservices.application (created_by, updated_at desc) where status = 'draft';
create index application_subject on eservices.application (subject_kind, subject_id, created_at desc);
create index application_expiry on eservices.application (expires_at) where status = 'draft';

-- Files are kept in the database beside the application they belong to, so they are backed up,
-- deleted and access-checked with it; they are only ever served as downloads to their owner.
create table eservices.attachment (
  id uuid primary key,
  application_id uuid not null references eservices.application (id) on delete cascade,
  question text not null,
  file_name text not null,
  media_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  content bytea not null,
  created_at timestamptz not null
);
create index attachment_application on eservices.attachment (application_id);

-- The receipt is made once, in the submission's transaction, so what the person downloads later is
-- exactly what was issued.
create table eservices.receipt (
  application_id uuid primary key references eservices.application (id) on delete cascade,
  pdf bytea not null,
  sha256 text not null,
  created_at timestamptz not null
);
