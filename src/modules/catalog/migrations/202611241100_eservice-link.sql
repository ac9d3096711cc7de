-- A service's own e-service on this portal: where it starts and the maturity level that what it
-- does reaches. It stands beside the published description rather than inside it, so the level
-- follows the e-service whichever version of the description is published, and a local variant's
-- link is that variant's alone.
create table catalog.eservice_link (
  service text primary key references catalog.service (identifier),
  path text not null check (path like '/%' and path not like '//%'),
  maturity integer not null check (maturity between 3 and 5),
  linked_at timestamptz not null default now()
);
