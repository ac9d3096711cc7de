-- One-stop client service centres (VPVKAC), the services each offers, digital agents, and the
-- knowledge base the centres' consultants work from. Service identifiers are the catalogue's;
-- the catalogue is asked for their names, never joined here.
create schema centres;

-- A centre keeps the short code staff memberships already use ("VPVKAC-CESIS"); its page
-- address is the slug. Opening hours are per ISO weekday (1 = Monday): a list of [from, to]
-- pairs ("08:00", "17:00"); a day that is absent is a day the centre is closed.
create table centres.centre (
  code text primary key check (code ~ '^VPVKAC-[A-Z0-9-]+$'),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_lv text not null check (length(name_lv) between 1 and 200),
  name_en text not null check (length(name_en) between 1 and 200),
  -- The catalogue's institution identifier of the municipality the centre is in.
  municipality text not null,
  town_lv text not null,
  town_en text not null,
  address text not null,
  latitude double precision not null check (latitude between 55 and 59),
  longitude double precision not null check (longitude between 20 and 29),
  phone text,
  email text,
  hours jsonb not null,
  accessibility_lv text not null,
  accessibility_en text not null,
  host_kind text not null check (host_kind in ('municipality', 'library')),
  host_lv text not null,
  host_en text not null,
  created_at timestamptz not null
);
create index centre_municipality on centres.centre (municipality);

-- What a centre takes applications for. "state" is the state's minimum basket; "municipal" is the
-- municipality's own, where `template` names the national description a local variant follows,
-- so that a search for the national service finds every centre offering its local variant.
create table centres.centre_service (
  centre_code text not null references centres.centre (code) on delete cascade,
  service text not null,
  template text,
  origin text not null check (origin in ('state', 'municipal')),
  primary key (centre_code, service)
);
create index centre_service_service on centres.centre_service (service);
create index centre_service_template on centres.centre_service (template) where template is not null;

-- People trained to help others with e-services where they work: a library, a school, a
-- municipal office. Only what they agreed to have published: name, workplace, when to find them.
create table centres.digital_agent (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 120),
  occupation text not null check (occupation in ('librarian', 'teacher', 'official', 'social_worker')),
  municipality text not null,
  town_lv text not null,
  town_en text not null,
  place_lv text not null,
  place_en text not null,
  address text not null,
  availability_lv text not null,
  availability_en text not null,
  languages text[] not null check (cardinality(languages) > 0),
  latitude double precision not null check (latitude between 55 and 59),
  longitude double precision not null check (longitude between 20 and 29),
  created_at timestamptz not null
);
create index digital_agent_municipality on centres.digital_agent (municipality);

-- Articles for consultants. `lexemes` holds the folded stems of both languages (title weighted
-- above body), written by Epak when the article is saved, queried with the 'simple' configuration.
create table centres.knowledge_article (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  topic text not null check (topic in ('eservice', 'eid', 'eparaksts', 'eaddress', 'centre_work')),
  title_lv text not null check (length(title_lv) between 1 and 150),
  title_en text not null check (length(title_en) between 1 and 150),
  body_lv text not null check (length(body_lv) between 1 and 20000),
  body_en text not null check (length(body_en) between 1 and 20000),
  -- The day someone last made sure the article still matches how things are done.
  checked_on date not null,
  lexemes tsvector not null,
  created_at timestamptz not null,
  created_by text not null,
  updated_at timestamptz not null,
  updated_by text not null
);
create index knowledge_article_lexemes on centres.knowledge_article using gin (lexemes);
