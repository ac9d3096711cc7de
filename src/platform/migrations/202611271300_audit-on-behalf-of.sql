-- "Who acted on my behalf" reads the audit log by the person acted for, newest first.
create index audit_log_on_behalf_of_idx on platform.audit_log (on_behalf_of, occurred_at) where on_behalf_of is not null;
