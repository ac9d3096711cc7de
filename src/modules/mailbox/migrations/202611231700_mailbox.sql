-- The official e-address mailbox: one per person and one per company, implied by the owner of
-- its messages. A message is delivered when it is first opened, or on the second business day
-- after it was sent, whichever comes first; both dates are kept, as the law gives them effect.
create schema mailbox;

create table mailbox.message (
  id uuid primary key default gen_random_uuid(),
  owner_kind text not null check (owner_kind in ('person', 'company')),
  owner_ref text not null,
  institution text not null,
  type text not null check (type in ('decision', 'request', 'notice', 'answer')),
  subject text not null check (length(subject) between 1 and 200),
  body text not null check (length(body) between 1 and 20000),
  reference text,
  sent_at timestamptz not null,
  sent_by text not null,
  delivery_due_on date not null,
  opened_at timestamptz,
  opened_by text,
  delivered_at timestamptz,
  delivered_how text check (delivered_how in ('opened', 'deadline')),
  check ((delivered_at is null) = (delivered_how is null))
);
create index message_owner on mailbox.message (owner_kind, owner_ref, sent_at desc);
create index message_institution on mailbox.message (institution, sent_at desc);
create index message_undelivered on mailbox.message (delivery_due_on) where delivered_at is null;

create table mailbox.attachment (
  id uuid primary key default gen_random_uuid(),
  message_id uuid not null references mailbox.message (id) on delete cascade,
  file_name text not null,
  media_type text not null,
  size_bytes integer not null,
  sha256 text not null,
  content bytea not null
);
create index attachment_message on mailbox.attachment (message_id);

-- Every email Epak sends goes through here: written in the transaction of what causes it, sent by
-- a job, tried again with growing pauses while the mail server is unreachable, and marked failed
-- (never dropped) when it has not gone after three days.
create table mailbox.email (
  id uuid primary key default gen_random_uuid(),
  recipient text not null,
  subject text not null,
  body text not null,
  headers jsonb not null default '{}',
  purpose text not null,
  status text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  last_error text,
  created_at timestamptz not null,
  sent_at timestamptz
);
create index email_due on mailbox.email (next_attempt_at) where status = 'queued';

-- The notice emails' wording per message type and language, as editors last saved it; a type
-- with no row here uses the wording shipped in the module's messages.
create table mailbox.template (
  type text not null,
  locale text not null check (locale in ('lv', 'en')),
  subject text not null,
  body text not null,
  updated_at timestamptz not null,
  updated_by text not null,
  primary key (type, locale)
);
