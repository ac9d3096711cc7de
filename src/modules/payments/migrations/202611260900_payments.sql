-- Payments: each attempt to pay an application's fee or an amount a decision asked for, made
-- through the provider its institution uses; the amounts asked for after a decision; and every
-- callback a provider sent, kept whether it was applied, a repeat or refused.
create schema if not exists payments;

create sequence payments.reference_number;

-- An amount an institution asks for after its decision (the fee depended on it). It is paid by
-- one of the payments below; a new request is a new amount, never an edit of an old one.
create table payments.request (
  id uuid primary key,
  application_id uuid not null,
  application_number text not null,
  institution text not null,
  service text not null,
  amount_cents integer not null check (amount_cents > 0),
  currency text not null check (currency = 'EUR'),
  reason_lv text not null,
  reason_en text not null,
  status text not null check (status in ('due', 'paid')),
  created_by text not null,
  created_at timestamptz not null,
  paid_at timestamptz
);
create index request_application on payments.request (application_id);

-- One row per attempt to pay: its own creditor reference (what the bank statement shows), the
-- provider and how the person paid. Never a card number: at most its last four digits.
create table payments.payment (
  id uuid primary key,
  reference text not null unique,
  application_id uuid not null,
  application_number text,
  request_id uuid references payments.request (id),
  institution text not null,
  service text not null,
  purpose text not null check (purpose in ('fee', 'decision')),
  amount_cents integer not null check (amount_cents > 0),
  currency text not null check (currency = 'EUR'),
  provider text not null,
  method text not null check (method in ('bank', 'card')),
  provider_payment_id text,
  redirect_url text,
  status text not null check (status in ('new', 'started', 'paid', 'cancelled', 'failed', 'refunding', 'refunded')),
  bank text,
  card_last4 text check (card_last4 ~ '^[0-9]{4}$'),
  settled_by text check (settled_by in ('callback', 'query')),
  created_by text not null,
  created_at timestamptz not null,
  paid_at timestamptz,
  closed_at timestamptz,
  refund_reason text,
  refunded_by text,
  refunded_at timestamptz,
  provider_refund_id text,
  check ((purpose = 'decision') = (request_id is not null)),
  check ((status in ('paid', 'refunding', 'refunded')) = (paid_at is not null))
);
create index payment_application on payments.payment (application_id, created_at);
create index payment_institution_created on payments.payment (institution, created_at);
create index payment_institution_paid on payments.payment (institution, paid_at) where paid_at is not null;
create index payment_institution_refunded on payments.payment (institution, refunded_at) where refunded_at is not null;
-- The status query job looks only at attempts still waiting for the provider.
create index payment_open on payments.payment (created_at) where status in ('new', 'started');

-- Every callback received, for the record: a repeat or a refused one changes nothing else.
create table payments.callback (
  id bigint generated always as identity primary key,
  provider text not null,
  payment_id uuid,
  outcome text not null check (outcome in ('applied', 'repeated', 'refused')),
  problem text,
  received_at timestamptz not null
);
create index callback_payment on payments.callback (payment_id) where payment_id is not null;
