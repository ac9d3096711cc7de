-- Identity: the persons who have logged in, their server-side sessions, what they did to log
-- in, their staff memberships, and the contact details they confirmed with a one-time code.
create schema if not exists identity;

create table identity.person (
  id uuid primary key default gen_random_uuid(),
  -- Needed to ask the registers about the person; shown only to the person and never logged.
  personal_code text not null unique,
  given_name text not null,
  family_name text not null,
  email text,
  email_verified_at timestamptz,
  phone text,
  phone_verified_at timestamptz,
  language text not null default 'lv' check (language in ('lv', 'en')),
  created_at timestamptz not null default now(),
  last_login_at timestamptz
);

-- The cookie holds a random token; only its SHA-256 is kept, so a copy of this table opens no session.
create table identity.session (
  token_hash text primary key,
  -- Names a session in "active sessions" without revealing anything that opens it.
  public_id uuid not null unique default gen_random_uuid(),
  person_id uuid not null references identity.person (id) on delete cascade,
  level text not null check (level in ('low', 'substantial', 'high')),
  method text not null,
  acting_kind text not null default 'self' check (acting_kind in ('self', 'company', 'staff')),
  acting_id text,
  acting_label text,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null,
  ended_at timestamptz,
  end_reason text check (end_reason in ('logout', 'logout_everywhere', 'idle', 'expired', 'ended_elsewhere', 'rotated')),
  user_agent text
);
create index session_person_idx on identity.session (person_id, ended_at);

create table identity.login_event (
  id bigint generated always as identity primary key,
  person_id uuid references identity.person (id) on delete cascade,
  occurred_at timestamptz not null,
  outcome text not null check (outcome in ('success', 'failure')),
  method text,
  level text,
  reason text,
  user_agent text
);
create index login_event_person_idx on identity.login_event (person_id, occurred_at desc);

create table identity.staff_membership (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references identity.person (id) on delete cascade,
  role text not null check (role in ('officer', 'editor', 'consultant', 'analyst', 'administrator')),
  unit_kind text not null check (unit_kind in ('institution', 'centre')),
  unit_code text not null,
  created_at timestamptz not null default now(),
  created_by uuid references identity.person (id),
  revoked_at timestamptz,
  revoked_by uuid references identity.person (id)
);
create unique index staff_membership_active_idx on identity.staff_membership (person_id, role, unit_kind, unit_code) where revoked_at is null;

create table identity.contact_code (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references identity.person (id) on delete cascade,
  channel text not null check (channel in ('email', 'phone')),
  value text not null,
  code_hash text not null,
  attempts integer not null default 0,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index contact_code_person_idx on identity.contact_code (person_id, channel, created_at desc);
