-- News (aktualitātes) written by institutions' editors, and the people who asked to get them by
-- email. A subscriber's address is kept only while the subscription is pending or confirmed:
-- unsubscribing deletes the row, and a pending one that is never confirmed lapses after 7 days.
-- Tokens sent by email are stored only as SHA-256 hashes.
create schema news;

create table news.article (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  institution text not null,
  status text not null default 'draft' check (status in ('draft', 'published', 'unpublished')),
  title_lv text not null check (length(title_lv) between 1 and 150),
  title_en text not null check (length(title_en) between 1 and 150),
  summary_lv text not null check (length(summary_lv) between 1 and 400),
  summary_en text not null check (length(summary_en) between 1 and 400),
  body_lv text not null check (length(body_lv) between 1 and 20000),
  body_en text not null check (length(body_en) between 1 and 20000),
  -- The first publication, shown as the article's date; an article taken down and put back keeps it.
  published_at timestamptz,
  created_at timestamptz not null,
  created_by text not null,
  updated_at timestamptz not null,
  updated_by text not null,
  check ((status = 'draft') = (published_at is null))
);
create index article_newest on news.article (published_at desc, id desc) where status = 'published';
create index article_institution on news.article (institution, updated_at desc);

create table news.subscriber (
  id uuid primary key default gen_random_uuid(),
  -- Trimmed and lower-cased, so one address is one subscriber however it was typed.
  email text not null unique check (length(email) between 3 and 254),
  locale text not null check (locale in ('lv', 'en')),
  status text not null check (status in ('pending', 'confirmed')),
  confirm_token_hash text unique,
  confirm_expires_at timestamptz,
  -- When an email about the subscription last went to the address: at most one per 10 minutes.
  last_email_at timestamptz not null,
  created_at timestamptz not null,
  confirmed_at timestamptz,
  check ((status = 'pending') = (confirm_token_hash is not null and confirm_expires_at is not null)),
  check ((status = 'confirmed') = (confirmed_at is not null))
);
create index subscriber_pending on news.subscriber (confirm_expires_at) where status = 'pending';

-- One token per email that carries an unsubscribe link; any of a subscriber's tokens unsubscribes,
-- and all of them go with the subscriber.
create table news.unsubscribe_token (
  token_hash text primary key,
  subscriber_id uuid not null references news.subscriber (id) on delete cascade,
  created_at timestamptz not null
);
create index unsubscribe_token_subscriber on news.unsubscribe_token (subscriber_id);

-- Which subscriber has been sent which article, so an announcement cut short resumes where it
-- stopped and nobody gets the same article twice.
create table news.announcement (
  article_id uuid not null references news.article (id) on delete cascade,
  subscriber_id uuid not null references news.subscriber (id) on delete cascade,
  queued_at timestamptz not null,
  primary key (article_id, subscriber_id)
);
create index announcement_subscriber on news.announcement (subscriber_id);
