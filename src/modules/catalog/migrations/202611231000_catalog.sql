-- The service catalogue: institutions, services with their versions and working drafts, life and
-- business events, and the search index built from published services.
create extension if not exists pg_trgm;
create schema if not exists catalog;

create table catalog.institution (
  identifier text primary key,
  kind text not null check (kind in ('ministry', 'agency', 'state_city', 'municipality', 'other')),
  name_lv text not null,
  name_en text not null,
  parent text,
  document jsonb not null,
  updated_at timestamptz not null default now()
);

-- A service, a municipal template or a municipality's local variant of a template. What the public
-- sees is the published version; editors work on the draft beside it until it is published.
create table catalog.service (
  identifier text primary key,
  institution text not null references catalog.institution (identifier),
  template text references catalog.service (identifier),
  is_template boolean not null default false,
  published_version integer,
  published jsonb,
  draft jsonb,
  draft_state text check (draft_state in ('editing', 'in_review')),
  draft_updated_by text,
  draft_updated_at timestamptz,
  submitted_by text,
  withdrawn_at timestamptz,
  created_at timestamptz not null default now(),
  check ((draft is null) = (draft_state is null)),
  check ((published is null) = (published_version is null))
);
create index service_institution on catalog.service (institution);
create index service_template on catalog.service (template) where template is not null;

-- Every published version is kept, for history and diffs.
create table catalog.service_version (
  service text not null references catalog.service (identifier),
  version integer not null,
  document jsonb not null,
  published_at timestamptz not null default now(),
  published_by text not null,
  submitted_by text,
  primary key (service, version)
);

create table catalog.event (
  identifier text primary key,
  kind text not null check (kind in ('life', 'business')),
  title_lv text not null,
  title_en text not null,
  document jsonb not null,
  updated_at timestamptz not null default now()
);

-- Which services an event's steps point at, for the service page and the search facet.
create table catalog.event_service (
  event text not null references catalog.event (identifier) on delete cascade,
  step integer not null,
  service text not null,
  primary key (event, step, service)
);
create index event_service_service on catalog.event_service (service);

-- One row per published service (local variants resolved against their template): what search
-- matches, ranks and filters on. Lexemes come from Epak's own Latvian and English stemmers.
create table catalog.search_entry (
  service text primary key references catalog.service (identifier),
  institution text not null,
  template text,
  is_template boolean not null,
  audience text[] not null,
  kind text not null,
  maturity integer not null,
  thematic_area text not null,
  events text[] not null,
  -- Empty for a service of the whole state.
  municipalities text[] not null,
  online boolean not null,
  title_lv text not null,
  title_en text not null,
  sort_lv text not null,
  sort_en text not null,
  summary_lv text not null,
  summary_en text not null,
  lexemes tsvector not null
);
-- Without the pending list: an import rewrites the whole index at once, and neither PGlite nor a
-- server with autovacuum off would ever merge the list, leaving every search to scan it.
create index search_entry_lexemes on catalog.search_entry using gin (lexemes) with (fastupdate = off);
create index search_entry_municipalities on catalog.search_entry using gin (municipalities) with (fastupdate = off);
create index search_entry_sort_lv on catalog.search_entry (sort_lv);

-- The catalogue's vocabulary, to find the word someone meant when they mistyped it.
create table catalog.search_lexeme (
  lexeme text primary key,
  documents integer not null
);
create index search_lexeme_trgm on catalog.search_lexeme using gin (lexeme gin_trgm_ops) with (fastupdate = off);

-- Everyday words and the official ones they stand for ("mašīna" → "transportlīdzeklis").
create table catalog.synonym (
  id serial primary key,
  from_phrase text not null,
  to_phrase text not null,
  unique (from_phrase, to_phrase)
);
