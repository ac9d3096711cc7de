// An institution's officers send official messages to e-addresses and follow their delivery.
import type { FastifyInstance, FastifyReply } from "fastify";
import { recordAudit } from "../../platform/audit/audit.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import type { FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { formBody } from "../../platform/http/multipart-body.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../platform/module.ts";
import { actingAsStaff, contextOf, requireIdentity } from "../identity/index.ts";
import { type ComposeInput, checkCompose, EMPTY_COMPOSE, readCompose } from "./commands/compose-input.ts";
import { checkAttachments, sendMailboxMessage } from "./commands/send-mailbox-message.ts";
import { findMessage, type Owner, sentBy } from "./mailbox.repository.ts";
import type { Readers } from "./readers.ts";
import { ComposePage, SentMessagePage, SentMessagesPage } from "./views/staff-views.tsx";

function institutionOf(request: Parameters<typeof requireIdentity>[0]): string {
  const { membership } = requireIdentity(request);
  if (membership?.unitKind !== "institution") throw new AppError("forbidden", 403);
  return membership.unitCode;
}

export function staffRoutes(app: FastifyInstance, services: AppServices, readers: Readers): void {
  const { db, clock, jobs } = services;
  const officer = { preHandler: actingAsStaff(["officer"]) };

  app.get("/darbs/pastkaste", officer, async (request, reply) => {
    const institution = institutionOf(request);
    return reply.page(<SentMessagesPage institution={institution} messages={await sentBy(db, institution)} now={clock.now()} />);
  });

  const renderCompose = (reply: FastifyReply, input: ComposeInput, errors: FieldErrors) =>
    reply
      .code(Object.keys(errors).length > 0 ? 400 : 200)
      .page(<ComposePage input={input} errors={errors} csrfToken={reply.generateCsrf()} />);

  app.get("/darbs/pastkaste/jauna", officer, async (request, reply) => {
    institutionOf(request);
    return renderCompose(reply, EMPTY_COMPOSE, {});
  });

  app.post("/darbs/pastkaste/jauna", officer, async (request, reply) => {
    const institution = institutionOf(request);
    const form = formBody(request.body);
    const input = readCompose(form);
    const checked = checkCompose(input);
    if (!checked.ok) return renderCompose(reply, input, checked.errors);
    const files = (form.files.attachments ?? []).map((f) => ({ fileName: f.fileName, content: f.bytes, truncated: f.truncated }));
    const askedBy = `user:${requireIdentity(request).session.personId}`;
    let recipient: Owner;
    let notify: string[] | undefined;
    try {
      checkAttachments(files);
      if (checked.value.recipient.kind === "person") {
        const person = await readers.person(checked.value.recipient.personalCode, askedBy);
        if (!person) return renderCompose(reply, input, { personalCode: "mailbox.compose.error.person_unknown" });
        recipient = { kind: "person", personId: person.personId };
      } else {
        const company = await readers.company(checked.value.recipient.registrationNumber, askedBy);
        if (!company) return renderCompose(reply, input, { registrationNumber: "mailbox.compose.error.company_unknown" });
        recipient = { kind: "company", registrationNumber: checked.value.recipient.registrationNumber };
        notify = company.readerIds;
      }
    } catch (error) {
      if (error instanceof AppError && error.fields) return renderCompose(reply, input, error.fields);
      if (error instanceof AppError && error.code === "register_unavailable")
        return renderCompose(reply, input, {
          [input.recipientKind === "company" ? "registrationNumber" : "personalCode"]: "mailbox.compose.error.register_unavailable",
        });
      throw error;
    }
    const { id } = await inTransaction(db, (trx) =>
      sendMailboxMessage(
        contextOf(request, trx),
        jobs,
        {
          recipient,
          institution,
          type: checked.value.type,
          subject: checked.value.subject,
          body: checked.value.body,
          reference: checked.value.reference,
          attachments: files,
          notify,
        },
        clock.now(),
      ),
    );
    return reply.redirect(`${localePath(request.locale, `/darbs/pastkaste/${id}`)}?nosutita=1`, 303);
  });

  app.get<{ Params: { id: string }; Querystring: { nosutita?: string } }>("/darbs/pastkaste/:id", officer, async (request, reply) => {
    const institution = institutionOf(request);
    const message = isUuid(request.params.id) ? await findMessage(db, request.params.id) : null;
    // Another institution's letters are not this officer's to see.
    if (!message || message.institution !== institution) throw new AppError("not_found", 404);
    // Reading the letter again is a use of the person's data, shown on their "who used my data" page.
    await inTransaction(db, (trx) =>
      recordAudit(contextOf(request, trx), {
        event: "mailbox.message.view",
        subjectType: message.owner.kind === "person" ? "person" : "company",
        subjectId: message.owner.kind === "person" ? message.owner.personId : message.owner.registrationNumber,
        details: { message: message.id },
      }),
    );
    return reply.page(<SentMessagePage message={message} now={clock.now()} justSent={request.query.nosutita === "1"} />);
  });
}
