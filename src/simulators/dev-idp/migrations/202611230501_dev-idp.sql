-- The development identity provider's own state (oidc-provider's sessions, codes, grants and
-- interactions), kept in the database so that every Epak process sees the same logins.
create schema if not exists dev_idp;

create table dev_idp.oidc_model (
  kind text not null,
  id text not null,
  payload jsonb not null,
  grant_id text,
  uid text,
  expires_at timestamptz,
  consumed_at timestamptz,
  primary key (kind, id)
);
create index oidc_model_grant_idx on dev_idp.oidc_model (grant_id) where grant_id is not null;
create index oidc_model_uid_idx on dev_idp.oidc_model (uid) where uid is not null;
