-- A session may act for another person who has mandated the logged-in one (the mandates module
-- keeps the mandates; the session names the principal, and every request checks it still holds).
alter table identity.session drop constraint session_acting_kind_check;
alter table identity.session add constraint session_acting_kind_check check (acting_kind in ('self', 'company', 'staff', 'person'));
