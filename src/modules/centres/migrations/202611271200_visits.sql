-- A visitor identified at a centre: who they are (by their identity id), the identity document
-- the consultant checked, which consultant, when. Everything a consultant then does for the
-- visitor (authorisations, applications) starts from this record.
create table centres.visit (
  id uuid primary key,
  centre text not null references centres.centre (code),
  consultant_id uuid not null,
  person_id uuid not null,
  person_name text not null,
  document_kind text not null check (document_kind in ('passport', 'id_card', 'residence_permit')),
  document_number text not null check (document_number ~ '^[A-Z0-9]{5,12}$'),
  started_at timestamptz not null
);
create index visit_centre on centres.visit (centre, started_at desc);
