// The e-address as its readers see it: their own mailbox, the companies' mailboxes they read,
// a message (opening it delivers it), and its files as downloads.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { recordAudit } from "../../platform/audit/audit.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import { contentDisposition } from "../../platform/files/file-name.ts";
import { localePath } from "../../platform/i18n/locale.ts";
import { parseRegistrationNumber } from "../../platform/identifiers/registration-number.ts";
import { isUuid } from "../../platform/identifiers/uuid.ts";
import type { AppServices } from "../../platform/module.ts";
import { contextOf, requireIdentity, signedIn } from "../identity/index.ts";
import { openMessage } from "./commands/open-message.ts";
import { findAttachment, findMessage, type MailboxMessage, messagesOf, type Owner } from "./mailbox.repository.ts";
import { notFoundUnless, type Readers } from "./readers.ts";
import { MailboxPage, MessagePage } from "./views/mailbox-views.tsx";

function readerOf(request: FastifyRequest) {
  const { session } = requireIdentity(request);
  return { personId: session.personId, personalCode: session.personalCode };
}

export function personRoutes(app: FastifyInstance, services: AppServices, readers: Readers): void {
  const { db, clock } = services;
  const policy = { preHandler: signedIn() };

  const readable = async (request: FastifyRequest, message: MailboxMessage | null): Promise<MailboxMessage> => {
    if (!message) throw new AppError("not_found", 404);
    notFoundUnless(await readers.mayRead(readerOf(request), message.owner));
    return message;
  };

  const showMailbox = async (request: FastifyRequest, reply: FastifyReply, owner: Owner, companyName: string | null) => {
    const reader = readerOf(request);
    // The company list is only for one's own mailbox page; a register outage must not hide one's letters.
    const companies = owner.kind === "person" ? await readers.companiesOf(reader).catch(() => null) : [];
    const messages = await inTransaction(db, async (trx) => {
      const list = await messagesOf(trx, owner);
      await recordAudit(contextOf(request, trx), {
        event: "mailbox.mailbox.read",
        subjectType: "mailbox",
        subjectId: owner.kind === "person" ? owner.personId : owner.registrationNumber,
        details: { ownerKind: owner.kind },
      });
      return list;
    });
    return reply.page(<MailboxPage owner={owner} companyName={companyName} messages={messages} companies={companies} now={clock.now()} />);
  };

  app.get("/pastkaste", policy, async (request, reply) => {
    const { session } = requireIdentity(request);
    if (session.acting.kind === "company" && session.acting.id)
      return reply.redirect(localePath(request.locale, `/pastkaste/uznemums/${session.acting.id}`), 303);
    return showMailbox(request, reply, { kind: "person", personId: session.personId }, null);
  });

  app.get<{ Params: { number: string } }>("/pastkaste/uznemums/:number", policy, async (request, reply) => {
    const parsed = parseRegistrationNumber(request.params.number);
    if (!parsed.ok) throw new AppError("not_found", 404);
    const companies = await readers.companiesOf(readerOf(request));
    const company = companies.find((c) => c.registrationNumber === parsed.number);
    notFoundUnless(company !== undefined);
    return showMailbox(request, reply, { kind: "company", registrationNumber: parsed.number }, company?.name ?? null);
  });

  app.get<{ Params: { id: string } }>("/pastkaste/:id", policy, async (request, reply) => {
    if (!isUuid(request.params.id)) throw new AppError("not_found", 404);
    const message = await readable(request, await findMessage(db, request.params.id));
    const opened = await inTransaction(db, (trx) => openMessage(contextOf(request, trx), message, clock.now()));
    return reply.page(<MessagePage message={opened} now={clock.now()} />);
  });

  app.get<{ Params: { id: string; attachment: string } }>("/pastkaste/:id/pielikumi/:attachment", policy, async (request, reply) => {
    const { id, attachment } = request.params;
    if (!isUuid(id) || !isUuid(attachment)) throw new AppError("not_found", 404);
    const message = await readable(request, await findMessage(db, id));
    const file = await findAttachment(db, message.id, attachment);
    if (!file) throw new AppError("not_found", 404);
    // Downloading a file opens the message too: the person has its content.
    await inTransaction(db, (trx) => openMessage(contextOf(request, trx), message, clock.now()));
    // Always a download in a sandbox: a file from an institution never runs as a page of this site.
    return reply
      .type(file.mediaType)
      .header("content-disposition", contentDisposition(file.fileName))
      .header("cache-control", "private, no-store")
      .header("content-security-policy", "default-src 'none'; sandbox")
      .send(file.content);
  });
}
