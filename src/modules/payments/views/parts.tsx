// A payment's status as a tag, coloured by what it means for the money.
import { usePage } from "../../../platform/html/page-context.ts";
import type { PaymentStatus } from "../payments.repository.ts";

const TAG: Record<PaymentStatus, string> = {
  new: "govuk-tag--grey",
  started: "govuk-tag--yellow",
  paid: "govuk-tag--green",
  cancelled: "govuk-tag--grey",
  failed: "govuk-tag--red",
  refunding: "govuk-tag--yellow",
  refunded: "govuk-tag--purple",
};

export function StatusTag({ status }: { status: PaymentStatus }) {
  const { t } = usePage();
  return <strong class={`govuk-tag ${TAG[status]}`}>{t(`payments.status.${status}`)}</strong>;
}
