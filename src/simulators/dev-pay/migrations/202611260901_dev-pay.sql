-- The development payment provider's own state, kept in the database so that every Epak process
-- (and a restart) sees the same payments and the callbacks still to send.
create schema if not exists dev_pay;

create table dev_pay.payment (
  id uuid primary key,
  order_id text not null unique,
  amount_cents integer not null,
  currency text not null,
  reference text not null,
  description text not null,
  recipient text not null,
  method text not null check (method in ('bank', 'card')),
  locale text not null check (locale in ('lv', 'en')),
  return_url text not null,
  callback_path text not null,
  state text not null check (state in ('pending', 'paid', 'cancelled', 'failed')),
  bank text,
  card_last4 text,
  created_at timestamptz not null,
  decided_at timestamptz,
  refund_id text,
  refunded_at timestamptz
);

-- Callbacks to send: at once, late (due later) or twice; a failed send stays for the next sweep.
create table dev_pay.callback (
  id bigint generated always as identity primary key,
  payment_id uuid not null references dev_pay.payment (id),
  due_at timestamptz not null,
  sent_at timestamptz,
  tries integer not null default 0
);
create index callback_due on dev_pay.callback (due_at) where sent_at is null;
