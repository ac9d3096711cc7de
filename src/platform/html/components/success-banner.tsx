import { usePage } from "../page-context.ts";

/** "Success: …" at the top of a page after a change was saved, announced to screen readers. */
export function SuccessBanner({ text }: { text: string | null }) {
  const { t } = usePage();
  if (!text) return null;
  return (
    <div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-title">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="success-title">
          {t("form.success_title")}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        <p class="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}
