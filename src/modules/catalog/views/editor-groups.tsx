// The repeated parts of a service, as groups of fields: channels, costs, requirements with their
// documents, outputs, legal acts, and the contact point. A local variant uses the first two and
// the last one too.
import { usePage } from "../../../platform/html/page-context.ts";
import type { ChannelForm, ContactForm, CostForm, LegalForm, RequirementForm, TitledForm } from "../editor/form-state.ts";
import { CHANNEL_TYPES } from "../model.ts";
import { Bilingual, Box, Dropdown, Repeated } from "./editor-fields.tsx";
import { labelKey } from "./labels.ts";

export function ChannelList({ channels, hint }: { channels: ChannelForm[]; hint?: string }) {
  const { t } = usePage();
  return (
    <Repeated
      list="channels"
      legend={t("catalog.editor.field.channels")}
      hint={hint}
      items={channels}
      itemLabel={(n) => t("catalog.editor.item.channels", { n })}
      addWhat={t("catalog.editor.add.channels")}
    >
      {(c, path) => (
        <>
          <Dropdown
            path={`${path}.type`}
            label={t("catalog.editor.field.type")}
            value={c.type}
            placeholder={t("catalog.editor.choose")}
            choices={CHANNEL_TYPES.map((type) => ({ value: type, label: t(labelKey.channel(type)) }))}
          />
          <Box
            path={`${path}.url`}
            label={t("catalog.editor.field.url")}
            hint={t("catalog.editor.hint.channel_url")}
            value={c.url}
            type="url"
          />
          <Bilingual path={`${path}.hours`} label={t("catalog.editor.field.hours")} value={c.hours} />
          <Bilingual path={`${path}.note`} label={t("catalog.editor.field.note")} value={c.note} rows={3} />
        </>
      )}
    </Repeated>
  );
}

export function CostList({ costs, hint }: { costs: CostForm[]; hint?: string }) {
  const { t } = usePage();
  return (
    <Repeated
      list="costs"
      legend={t("catalog.editor.field.costs")}
      hint={hint}
      items={costs}
      itemLabel={(n) => t("catalog.editor.item.costs", { n })}
      addWhat={t("catalog.editor.add.costs")}
    >
      {(c, path) => (
        <>
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-one-half">
              <Box
                path={`${path}.amount`}
                label={t("catalog.editor.field.amount")}
                hint={t("catalog.editor.hint.amount")}
                value={c.amount}
              />
            </div>
          </div>
          <Bilingual path={`${path}.description`} label={t("catalog.editor.field.description")} value={c.description} rows={2} />
        </>
      )}
    </Repeated>
  );
}

function Titled({ item, path }: { item: TitledForm; path: string }) {
  const { t } = usePage();
  return (
    <>
      <Bilingual path={`${path}.title`} label={t("catalog.editor.field.title")} value={item.title} rows={2} />
      <Bilingual path={`${path}.description`} label={t("catalog.editor.field.description")} value={item.description} rows={2} />
    </>
  );
}

export function RequirementList({ requirements }: { requirements: RequirementForm[] }) {
  const { t } = usePage();
  return (
    <Repeated
      list="requirements"
      legend={t("catalog.editor.field.requirements")}
      hint={t("catalog.editor.hint.requirements")}
      items={requirements}
      itemLabel={(n) => t("catalog.editor.item.requirements", { n })}
      addWhat={t("catalog.editor.add.requirements")}
    >
      {(r, path, index) => (
        <>
          <Titled item={r} path={path} />
          <Repeated
            list={`${path}.evidence`}
            legend={t("catalog.editor.field.evidence")}
            items={r.evidence}
            itemLabel={(n) => t("catalog.editor.item.evidence", { n })}
            addWhat={t("catalog.editor.add.evidence_to", { n: index + 1 })}
          >
            {(e, evidencePath) => <Titled item={e} path={evidencePath} />}
          </Repeated>
        </>
      )}
    </Repeated>
  );
}

export function OutputList({ outputs }: { outputs: TitledForm[] }) {
  const { t } = usePage();
  return (
    <Repeated
      list="outputs"
      legend={t("catalog.editor.field.outputs")}
      hint={t("catalog.editor.hint.outputs")}
      items={outputs}
      itemLabel={(n) => t("catalog.editor.item.outputs", { n })}
      addWhat={t("catalog.editor.add.outputs")}
    >
      {(o, path) => <Titled item={o} path={path} />}
    </Repeated>
  );
}

export function LegalList({ resources }: { resources: LegalForm[] }) {
  const { t } = usePage();
  return (
    <Repeated
      list="legalBasis"
      legend={t("catalog.editor.field.legalBasis")}
      items={resources}
      itemLabel={(n) => t("catalog.editor.item.legalBasis", { n })}
      addWhat={t("catalog.editor.add.legalBasis")}
    >
      {(l, path) => (
        <>
          <Bilingual path={`${path}.title`} label={t("catalog.editor.field.title")} value={l.title} rows={2} />
          <Box
            path={`${path}.url`}
            label={t("catalog.editor.field.url")}
            hint={t("catalog.editor.hint.legal_url")}
            value={l.url}
            type="url"
          />
        </>
      )}
    </Repeated>
  );
}

export function ContactFields({ contact, hint }: { contact: ContactForm; hint: string }) {
  const { t } = usePage();
  return (
    <fieldset class="govuk-fieldset" aria-describedby="contactPoint-hint">
      <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{t("catalog.editor.field.contactPoint")}</legend>
      <div id="contactPoint-hint" class="govuk-hint">
        {hint}
      </div>
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-one-half">
          <Box path="contactPoint.email" label={t("catalog.editor.field.email")} value={contact.email} type="email" />
        </div>
        <div class="govuk-grid-column-one-half">
          <Box path="contactPoint.phone" label={t("catalog.editor.field.phone")} value={contact.phone} type="tel" />
        </div>
      </div>
      <Box
        path="contactPoint.address"
        label={t("catalog.editor.field.address")}
        hint={t("catalog.editor.hint.address")}
        value={contact.address}
      />
      <Bilingual path="contactPoint.hours" label={t("catalog.editor.field.hours")} value={contact.hours} />
    </fieldset>
  );
}
