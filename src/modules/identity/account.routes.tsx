// "Mani dati" (my data): the register entry, contact details confirmed by a code, language,
// active sessions and login history; and the switch of whom the person acts for.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { recordAudit } from "../../platform/audit/audit.ts";
import { inTransaction } from "../../platform/db/transaction.ts";
import { AppError } from "../../platform/errors.ts";
import type { FieldErrors } from "../../platform/html/components/error-summary.tsx";
import { localePath } from "../../platform/i18n/locale.ts";
import type { AppServices } from "../../platform/module.ts";
import { principalsOf } from "./acting-principals.ts";
import { confirmContactCode } from "./commands/confirm-contact-code.ts";
import { endOtherSession } from "./commands/end-other-session.ts";
import { requestContactCode } from "./commands/request-contact-code.ts";
import { setPreferredLanguage } from "./commands/set-preferred-language.ts";
import { switchActing } from "./commands/switch-acting.ts";
import { type ContactChannel, pendingCode } from "./contact-codes.repository.ts";
import { signedIn } from "./identity.policies.ts";
import { activeMembershipsOf } from "./memberships.repository.ts";
import { findPersonById, loginHistory } from "./persons.repository.ts";
import type { Registers } from "./registers.ts";
import { contextOf, type RequestIdentity, requireIdentity } from "./request-identity.ts";
import { listOpenSessions } from "./sessions.repository.ts";
import type { Sessions } from "./sessions.ts";
import { membershipLabel } from "./units.ts";
import { AccountPage, type ActingOption, ActingPage } from "./views/account-views.tsx";
import { CONTACT_PATHS, ContactCodePage, ContactValuePage } from "./views/contact-views.tsx";

const SAVED = new Set(["language", "email", "phone", "session"]);
const HISTORY_SHOWN = 10;

function fieldErrors(error: unknown): FieldErrors {
  if (error instanceof AppError && error.fields) return error.fields;
  throw error;
}

export function accountRoutes(
  app: FastifyInstance,
  { db, clock, sender, config }: AppServices,
  sessions: Sessions,
  registers: Registers,
): void {
  const policy = { preHandler: signedIn() };

  // Asked over the bus before any transaction; a register that does not answer leaves a note on
  // the page rather than taking the whole account page down.
  const registerData = async (identity: RequestIdentity) => {
    const { personalCode, personId } = identity.session;
    const userId = `user:${personId}`;
    try {
      const [entry, representations] = await Promise.all([
        registers.entryOf(personalCode, userId),
        registers.representationsOf(personalCode, userId),
      ]);
      return { entry, companies: representations.alone, joint: representations.jointly, registersUnavailable: false };
    } catch (error) {
      if (!(error instanceof AppError && error.code === "register_unavailable")) throw error;
      return { entry: null, companies: [], joint: [], registersUnavailable: true };
    }
  };

  const renderAccount = async (request: FastifyRequest, reply: FastifyReply, errors: FieldErrors, saved: string | null) => {
    const identity = requireIdentity(request);
    const now = clock.now();
    const fromRegisters = await registerData(identity);
    const data = await inTransaction(db, async (trx) => {
      const person = await findPersonById(trx, identity.session.personId);
      if (!person) throw new AppError("login_required", 401);
      // Reading the register entry is a use of the person's data: it is logged for them to see.
      await recordAudit(contextOf(request, trx), { event: "identity.register-entry.read", subjectType: "person", subjectId: person.id });
      return {
        person,
        sessions: await listOpenSessions(trx, person.id, now, sessions.idleMs),
        history: await loginHistory(trx, person.id, HISTORY_SHOWN),
      };
    });
    return reply
      .code(Object.keys(errors).length > 0 ? 400 : 200)
      .page(
        <AccountPage
          person={data.person}
          {...fromRegisters}
          sessions={data.sessions}
          currentSessionId={identity.session.publicId}
          history={data.history}
          csrfToken={reply.generateCsrf()}
          saved={saved}
          errors={errors}
        />,
      );
  };

  app.get("/konts", policy, async (request, reply) => {
    const saved = (request.query as { saglabats?: unknown }).saglabats;
    return renderAccount(request, reply, {}, typeof saved === "string" && SAVED.has(saved) ? saved : null);
  });

  app.post("/konts/valoda", policy, async (request, reply) => {
    const identity = requireIdentity(request);
    try {
      await inTransaction(db, (trx) => setPreferredLanguage(trx, request, identity, (request.body as { language?: unknown })?.language));
    } catch (error) {
      return renderAccount(request, reply, fieldErrors(error), null);
    }
    return reply.redirect(`${localePath(request.locale, "/konts")}?saglabats=language`, 303);
  });

  app.post("/konts/sesijas/:id/beigt", policy, async (request, reply) => {
    const identity = requireIdentity(request);
    const { id } = request.params as { id: string };
    await inTransaction(db, (trx) => endOtherSession(trx, request, identity, id, clock.now()));
    return reply.redirect(`${localePath(request.locale, "/konts")}?saglabats=session`, 303);
  });

  for (const channel of ["email", "phone"] as const satisfies ContactChannel[]) contactRoutes(channel);

  function contactRoutes(channel: ContactChannel) {
    // Outside production, what is not really sent (SMS always, email without SMTP) goes to the
    // development outbox, and the code page says where to read it.
    const devOutbox = config.devRoutes && (channel === "phone" || !config.mail.smtpUrl);
    const path = CONTACT_PATHS[channel];
    app.get(path, policy, async (request, reply) => {
      const person = await findPersonById(db, requireIdentity(request).session.personId);
      const current = (channel === "email" ? person?.email : person?.phone) ?? "";
      return reply.page(<ContactValuePage channel={channel} value={current} errors={{}} csrfToken={reply.generateCsrf()} />);
    });

    app.post(path, policy, async (request, reply) => {
      const identity = requireIdentity(request);
      const value = (request.body as { value?: unknown })?.value;
      const again = (errors: FieldErrors, status: number) =>
        reply
          .code(status)
          .page(
            <ContactValuePage
              channel={channel}
              value={typeof value === "string" ? value : ""}
              errors={errors}
              csrfToken={reply.generateCsrf()}
            />,
          );
      let message: Awaited<ReturnType<typeof requestContactCode>>;
      try {
        message = await inTransaction(db, (trx) => requestContactCode(trx, request, identity, channel, value, clock.now()));
      } catch (error) {
        return again(fieldErrors(error), error instanceof AppError ? error.status : 400);
      }
      try {
        await sender.send(message);
      } catch (error) {
        // The mail server's own message may name the recipient: only its code goes to the log.
        const cause = (error as { cause?: { code?: unknown; responseCode?: unknown } }).cause;
        request.log.error({ channel, code: cause?.code, responseCode: cause?.responseCode }, "one-time code not sent");
        return again({ value: "identity.contact.not_sent" }, 502);
      }
      return reply.redirect(localePath(request.locale, `${path}/kods`), 303);
    });

    // The code page names where the code went, so a typo in the address is noticed.
    const sentTo = async (request: FastifyRequest) =>
      (await pendingCode(db, requireIdentity(request).session.personId, channel, clock.now()))?.value ?? null;

    app.get(`${path}/kods`, policy, async (request, reply) =>
      reply.page(
        <ContactCodePage
          channel={channel}
          sentTo={await sentTo(request)}
          errors={{}}
          csrfToken={reply.generateCsrf()}
          devOutbox={devOutbox}
        />,
      ),
    );

    app.post(`${path}/kods`, policy, async (request, reply) => {
      const identity = requireIdentity(request);
      const typed = (request.body as { code?: unknown })?.code;
      const result = await inTransaction(db, (trx) => confirmContactCode(trx, request, identity, channel, typed, clock.now()));
      if ("problem" in result) {
        return reply
          .code(400)
          .page(
            <ContactCodePage
              devOutbox={devOutbox}
              channel={channel}
              sentTo={await sentTo(request)}
              errors={{ code: result.problem }}
              csrfToken={reply.generateCsrf()}
            />,
          );
      }
      return reply.redirect(`${localePath(request.locale, "/konts")}?saglabats=${channel}`, 303);
    });
  }

  const actingOptions = async (request: FastifyRequest): Promise<ActingOption[]> => {
    const identity = requireIdentity(request);
    const person = await findPersonById(db, identity.session.personId);
    if (!person) throw new AppError("login_required", 401);
    const t = request.t;
    const options: ActingOption[] = [
      { value: "self", label: `${person.givenName} ${person.familyName}`, hint: t("identity.acting.self_hint") },
    ];
    const { alone } = await registers.representationsOf(person.personalCode, `user:${person.id}`);
    for (const company of alone) {
      options.push({
        value: `company:${company.registrationNumber}`,
        label: company.name,
        hint: t("identity.acting.company_hint", { number: company.registrationNumber }),
      });
    }
    for (const principal of await principalsOf(request.server, person.id)) {
      options.push({ value: `person:${principal.personId}`, label: principal.name, hint: t("identity.acting.person_hint") });
    }
    for (const m of await activeMembershipsOf(db, person.id)) {
      options.push({ value: `staff:${m.id}`, label: membershipLabel(t, m, request.locale), hint: t("identity.acting.staff_hint") });
    }
    return options;
  };

  const currentChoice = (identity: RequestIdentity) =>
    identity.session.acting.kind === "self" ? "self" : `${identity.session.acting.kind}:${identity.session.acting.id}`;

  app.get("/konts/loma", policy, async (request, reply) => {
    const identity = requireIdentity(request);
    return reply.page(
      <ActingPage options={await actingOptions(request)} current={currentChoice(identity)} csrfToken={reply.generateCsrf()} errors={{}} />,
    );
  });

  app.post("/konts/loma", policy, async (request, reply) => {
    const identity = requireIdentity(request);
    const choice = (request.body as { acting?: unknown })?.acting;
    try {
      const wantsCompany = typeof choice === "string" && choice.startsWith("company:");
      const companies = wantsCompany
        ? (await registers.representationsOf(identity.session.personalCode, `user:${identity.session.personId}`)).alone
        : [];
      const principals =
        typeof choice === "string" && choice.startsWith("person:") ? await principalsOf(request.server, identity.session.personId) : [];
      const acting = await inTransaction(db, (trx) =>
        switchActing(trx, sessions, reply, identity, typeof choice === "string" ? choice : "", { companies, principals }),
      );
      return reply.redirect(localePath(request.locale, acting.kind === "staff" ? "/darbs" : "/konts"), 303);
    } catch (error) {
      const errors = fieldErrors(error);
      return reply
        .code(400)
        .page(
          <ActingPage
            options={await actingOptions(request)}
            current={currentChoice(identity)}
            csrfToken={reply.generateCsrf()}
            errors={errors}
          />,
        );
    }
  });
}
