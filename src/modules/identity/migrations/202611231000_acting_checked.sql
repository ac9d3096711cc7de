-- When the register last confirmed that a session may act for the company it chose: the check
-- goes through the data-exchange bus and is logged for the person, so it is repeated only now
-- and then rather than on every page.
alter table identity.session add column acting_checked_at timestamptz not null default now();
