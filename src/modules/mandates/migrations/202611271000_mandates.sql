-- Mandates: one person lets another act for them (for chosen e-services or all, for a period),
-- and written authorisations a visitor signs at a client service centre so that a consultant may
-- submit e-services for them. Persons are identity's and services the catalogue's: both are
-- referred to by their identifiers, never joined here.
create schema mandates;

-- A mandate between two persons. Revoking keeps the row: what was done under it stays explained.
create table mandates.mandate (
  id uuid primary key,
  principal_id uuid not null,
  agent_id uuid not null,
  -- The names as the population register gave them when the mandate was made, for lists.
  principal_name text not null,
  agent_name text not null,
  all_services boolean not null,
  services text[] not null default '{}',
  valid_from date not null,
  valid_until date not null,
  created_at timestamptz not null,
  revoked_at timestamptz,
  revoked_by text,
  check (principal_id <> agent_id),
  check (valid_until >= valid_from),
  check (all_services or cardinality(services) between 1 and 50)
);
create index mandate_principal on mandates.mandate (principal_id, created_at desc);
create index mandate_agent on mandates.mandate (agent_id, created_at desc);

create sequence mandates.authorisation_number;

-- A written authorisation recorded at a centre: its scope is e-services of the centre's list (all
-- of it, or those named), its scan is the signed form as the consultant photographed or scanned it.
create table mandates.authorisation (
  id uuid primary key,
  number text not null unique,
  person_id uuid not null,
  person_name text not null,
  centre text not null,
  consultant_id uuid not null,
  consultant_name text not null,
  all_services boolean not null,
  services text[] not null default '{}',
  valid_from date not null,
  valid_until date not null,
  scan_name text not null,
  scan_type text not null,
  scan_size integer not null,
  scan_sha256 text not null,
  scan bytea not null,
  created_at timestamptz not null,
  revoked_at timestamptz,
  revoked_by text,
  check (valid_until >= valid_from),
  check (all_services or cardinality(services) between 1 and 50)
);
create index authorisation_person on mandates.authorisation (person_id, created_at desc);
