// The staff area: where staff see whom they work as, and where administrators manage staff.
import { CsrfField } from "../../../platform/html/components/csrf-field.tsx";
import { DataTable } from "../../../platform/html/components/data-table.tsx";
import { ErrorSummary, type FieldErrors } from "../../../platform/html/components/error-summary.tsx";
import { Select } from "../../../platform/html/components/select.tsx";
import { SuccessBanner } from "../../../platform/html/components/success-banner.tsx";
import { TextInput } from "../../../platform/html/components/text-input.tsx";
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { maskPersonalCode, type PersonalCode } from "../../../platform/identifiers/personal-code.ts";
import type { MembershipInput } from "../commands/grant-membership.ts";
import { type Membership, type MembershipWithPerson, STAFF_ROLES } from "../memberships.repository.ts";
import { UNITS, unitName } from "../units.ts";

export function StaffHomePage({
  acting,
  memberships,
  csrfToken,
}: {
  acting: Membership | null;
  memberships: Membership[];
  csrfToken: string;
}) {
  const { t, locale } = usePage();
  return (
    <Layout title={t("identity.staff.home.title")}>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h1 class="govuk-heading-l">{t("identity.staff.home.title")}</h1>
          {acting ? (
            <p class="govuk-body-l">
              {t("identity.staff.home.acting", { role: t(`identity.role.${acting.role}`), unit: unitName(acting, locale) })}
            </p>
          ) : (
            <p class="govuk-body">{t("identity.staff.home.not_acting")}</p>
          )}
          <h2 class="govuk-heading-m">{t("identity.staff.home.memberships")}</h2>
          <ul class="govuk-list">
            {memberships.map((m) => (
              <li key={m.id}>
                <form method="post" action={localePath(locale, "/konts/loma")} class="epak-inline-form">
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="acting" value={`staff:${m.id}`} />
                  <span>
                    {t(`identity.role.${m.role}`)}, {unitName(m, locale)}
                  </span>{" "}
                  {acting?.id === m.id ? (
                    <strong class="govuk-tag">{t("identity.staff.home.current")}</strong>
                  ) : (
                    <button type="submit" class="epak-link-button">
                      {t("identity.staff.home.work_as")}
                      <span class="govuk-visually-hidden">
                        {" "}
                        {t(`identity.role.${m.role}`)}, {unitName(m, locale)}
                      </span>
                    </button>
                  )}
                </form>
              </li>
            ))}
          </ul>
          <h2 class="govuk-heading-m">{t("identity.staff.home.areas")}</h2>
          <ul class="govuk-list">
            <li>
              <a class="govuk-link" href={localePath(locale, "/darbs/datu-apmaina")}>
                {t("identity.staff.home.exchange")}
              </a>
            </li>
            {acting?.role === "editor" ? (
              <li>
                <a class="govuk-link" href={localePath(locale, "/darbs/katalogs")}>
                  {t("identity.staff.home.catalogue")}
                </a>
              </li>
            ) : null}
            {acting?.role === "editor" ? (
              <li>
                <a class="govuk-link" href={localePath(locale, "/darbs/aktualitates")}>
                  {t("identity.staff.home.news")}
                </a>
              </li>
            ) : null}
            {acting?.role === "officer" && acting.unitKind === "institution" ? (
              <>
                <li>
                  <a class="govuk-link" href={localePath(locale, "/darbs/lietas")}>
                    {t("identity.staff.home.cases")}
                  </a>
                </li>
                <li>
                  <a class="govuk-link" href={localePath(locale, "/darbs/pastkaste")}>
                    {t("identity.staff.home.mailbox")}
                  </a>
                </li>
                <li>
                  <a class="govuk-link" href={localePath(locale, "/darbs/jautajumi")}>
                    {t("identity.staff.home.questions")}
                  </a>
                </li>
                <li>
                  <a class="govuk-link" href={localePath(locale, "/darbs/maksajumi")}>
                    {t("identity.staff.home.payments")}
                  </a>
                </li>
              </>
            ) : null}
            {acting?.role === "analyst" || acting?.role === "administrator" ? (
              <li>
                <a class="govuk-link" href={localePath(locale, "/darbs/klientu-centri/statistika")}>
                  {t("identity.staff.home.centre_statistics")}
                </a>
              </li>
            ) : null}
            {acting?.role === "consultant" && acting.unitKind === "centre" ? (
              <li>
                <a class="govuk-link" href={localePath(locale, "/darbs/klienti")}>
                  {t("identity.staff.home.clients")}
                </a>
              </li>
            ) : null}
            {acting?.role === "consultant" || acting?.role === "administrator" ? (
              <li>
                <a class="govuk-link" href={localePath(locale, "/darbs/zinasana")}>
                  {t("identity.staff.home.knowledge")}
                </a>
              </li>
            ) : null}
            {(acting?.role === "editor" || acting?.role === "administrator") && acting.unitCode === "VDAA" ? (
              <li>
                <a class="govuk-link" href={localePath(locale, "/darbs/veidnes")}>
                  {t("identity.staff.home.templates")}
                </a>
              </li>
            ) : null}
            {acting?.role === "administrator" ? (
              <li>
                <a class="govuk-link" href={localePath(locale, "/darbs/darbinieki")}>
                  {t("identity.staff.admin.title")}
                </a>
              </li>
            ) : null}
          </ul>
        </div>
      </div>
    </Layout>
  );
}

type AdminProps = {
  memberships: MembershipWithPerson[];
  input: MembershipInput;
  errors: FieldErrors;
  csrfToken: string;
  saved: boolean;
  ownId: string | null;
};

export function StaffAdminPage({ memberships, input, errors, csrfToken, saved, ownId }: AdminProps) {
  const { t, locale } = usePage();
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout title={`${hasErrors ? `${t("form.error_title_prefix")} ` : ""}${t("identity.staff.admin.title")}`}>
      <ErrorSummary errors={errors} />
      <SuccessBanner text={saved ? t("identity.staff.admin.saved") : null} />
      <h1 class="govuk-heading-l">{t("identity.staff.admin.title")}</h1>
      <DataTable
        caption={t("identity.staff.admin.list")}
        captionVisible
        headers={[
          t("identity.staff.admin.person"),
          t("identity.staff.admin.role"),
          t("identity.staff.admin.unit"),
          <span class="govuk-visually-hidden">{t("identity.staff.admin.action")}</span>,
        ]}
      >
        {memberships.map((m) => (
          <tr class="govuk-table__row" key={m.id}>
            <td class="govuk-table__cell">
              {m.givenName} {m.familyName}
              <br />
              <span class="govuk-hint">{maskPersonalCode(m.personalCode as PersonalCode)}</span>
            </td>
            <td class="govuk-table__cell">{t(`identity.role.${m.role}`)}</td>
            <td class="govuk-table__cell">{unitName(m, locale)}</td>
            <td class="govuk-table__cell">
              {m.id === ownId ? null : (
                <form method="post" action={localePath(locale, `/darbs/darbinieki/${m.id}/atsaukt`)}>
                  <CsrfField token={csrfToken} />
                  <button type="submit" class="epak-link-button">
                    {t("identity.staff.admin.revoke")}
                    <span class="govuk-visually-hidden">
                      {" "}
                      {m.givenName} {m.familyName}, {t(`identity.role.${m.role}`)}
                    </span>
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-heading-m">{t("identity.staff.admin.add")}</h2>
          <form method="post" action={localePath(locale, "/darbs/darbinieki")} novalidate>
            <CsrfField token={csrfToken} />
            <TextInput
              id="personalCode"
              name="personalCode"
              label={t("identity.staff.personal_code.label")}
              hint={t("identity.staff.personal_code.hint")}
              value={input.personalCode}
              error={errors.personalCode}
              inputMode="numeric"
              autocomplete="off"
              spellcheck={false}
              widthClass="govuk-input--width-20"
            />
            <Select id="role" label={t("identity.staff.admin.role")} error={errors.role}>
              <option value="">{t("identity.staff.choose")}</option>
              {STAFF_ROLES.map((r) => (
                <option key={r} value={r} selected={input.role === r}>
                  {t(`identity.role.${r}`)}
                </option>
              ))}
            </Select>
            <Select id="unit" label={t("identity.staff.admin.unit")} error={errors.unit}>
              <option value="">{t("identity.staff.choose")}</option>
              {UNITS.map((u) => (
                <option key={`${u.kind}:${u.code}`} value={`${u.kind}:${u.code}`} selected={input.unit === `${u.kind}:${u.code}`}>
                  {u.name[locale]}
                </option>
              ))}
            </Select>
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {t("identity.staff.admin.add_submit")}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
