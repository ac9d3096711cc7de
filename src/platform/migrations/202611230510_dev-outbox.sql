-- Outside production there is no SMS gateway and often no SMTP server: outgoing messages are
-- kept here instead, for a developer or a browser test to read (one-time codes among them).
create table platform.dev_outbox (
  id bigint generated always as identity primary key,
  channel text not null check (channel in ('email', 'sms')),
  recipient text not null,
  subject text not null,
  body text not null,
  created_at timestamptz not null default now()
);
