-- Questions people ask an institution ("Uzdod jautājumu"), waiting in that institution's queue
-- until an officer answers; the answer goes to the person's e-address mailbox.
create schema questions;

create sequence questions.question_number;

-- The asker's name is kept as it was when they asked, so the officer can address them without
-- reading anything else about them. The submission key is the form's own: the same form sent
-- twice (a double click, a retried request) makes one question.
create table questions.question (
  id uuid primary key default gen_random_uuid(),
  number text not null unique,
  person_id uuid not null,
  asker_name text not null,
  submission_key uuid not null,
  institution text not null,
  subject text not null check (length(subject) between 1 and 150),
  body text not null check (length(body) between 1 and 4000),
  email_notice boolean not null,
  locale text not null check (locale in ('lv', 'en')),
  asked_at timestamptz not null,
  status text not null default 'waiting' check (status in ('waiting', 'answered')),
  answer text check (length(answer) between 1 and 8000),
  answered_at timestamptz,
  answered_by text,
  answered_by_name text,
  mailbox_message_id uuid,
  unique (person_id, submission_key),
  check ((status = 'answered') = (answer is not null and answered_at is not null and answered_by is not null))
);
create index question_queue on questions.question (institution, status, asked_at);
create index question_person on questions.question (person_id, asked_at desc);
