-- An application filled at a client service centre (channel 'assisted') or typed in from paper
-- ('paper') records where, by whom and under which written authorisation, as it was when it was
-- started: the person it is about reads this in their account, and the receipt prints it.
alter table eservices.application add column assistance jsonb;
alter table eservices.application add constraint application_assistance_channel
  check ((channel = 'online') = (assistance is null));
