-- The data-exchange bus: the data services institutions publish, the systems that consume them,
-- the access grants between the two, and the message log of every call through the gateway.
create schema if not exists exchange;

-- A data service, named as on X-Road: instance/class/member/subsystem/service.
create table exchange.provider_service (
  id uuid primary key default gen_random_uuid(),
  service_id text not null unique,
  institution text not null,
  subsystem text not null,
  service_code text not null,
  name_lv text not null,
  name_en text not null,
  description_lv text not null,
  description_en text not null,
  openapi jsonb not null,
  -- Absolute, or a path starting with "/" for a register mounted in this Epak's own process.
  base_url text not null,
  data_categories jsonb not null default '[]',
  personal_data boolean not null,
  timeout_ms integer not null default 5000 check (timeout_ms between 100 and 60000),
  status text not null default 'active' check (status in ('active', 'withdrawn')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- An information system that calls the bus; its client id is its X-Road subsystem identifier.
create table exchange.consumer (
  id uuid primary key default gen_random_uuid(),
  client_id text not null unique,
  institution text not null,
  name text not null,
  -- SHA-256 of a random secret shown once; the secret itself is not kept.
  secret_hash text,
  -- An Ed25519 public key (JWK) for consumers that sign a token instead of sending a secret.
  public_key jsonb,
  created_at timestamptz not null default now(),
  disabled_at timestamptz
);

create table exchange.access_grant (
  id uuid primary key default gen_random_uuid(),
  consumer_id uuid not null references exchange.consumer (id),
  service_id uuid not null references exchange.provider_service (id),
  purpose_lv text not null,
  purpose_en text not null,
  legal_basis text not null,
  -- Bodies of requests and answers are kept in the log only where the grant says so.
  log_bodies boolean not null default false,
  -- An exception (an investigation, say): its calls are hidden from the data subject.
  exception boolean not null default false,
  granted_by text not null,
  granted_at timestamptz not null default now(),
  revoked_by text,
  revoked_at timestamptz
);
create unique index access_grant_live_idx on exchange.access_grant (consumer_id, service_id) where revoked_at is null;

-- The message log: append-only, each row carrying the hash of the one before (a hash chain), so
-- that a changed, removed or inserted row shows. Rows are numbered without gaps by the writer.
create table exchange.message_log (
  seq bigint primary key,
  message_id text not null,
  logged_at timestamptz not null,
  consumer text not null,
  service text not null,
  method text not null,
  user_id text,
  issue text,
  represented_party text,
  grant_id uuid,
  purpose text,
  status integer not null,
  error_code text,
  duration_ms integer not null,
  request_hash text not null,
  response_hash text,
  request_body text,
  response_body text,
  -- Personal codes of the persons the answer was about, sorted; part of the hashed content.
  subjects jsonb not null default '[]',
  prev_hash text not null,
  hash text not null
);

-- Who a logged call was about, for "who used my data"; rebuilt from message_log.subjects if lost.
create table exchange.message_subject (
  personal_code text not null,
  seq bigint not null references exchange.message_log (seq),
  primary key (personal_code, seq)
);

-- The end of the chain, locked by each writer so that rows from many processes form one chain.
create table exchange.log_head (
  id integer primary key check (id = 1),
  seq bigint not null,
  hash text not null
);
insert into exchange.log_head (id, seq, hash) values (1, 0, repeat('0', 64));

create function exchange.refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'exchange.message_log is append-only';
end;
$$;
create trigger message_log_append_only before update or delete on exchange.message_log
  for each row execute function exchange.refuse_change();
create trigger message_log_no_truncate before truncate on exchange.message_log
  for each statement execute function exchange.refuse_change();
