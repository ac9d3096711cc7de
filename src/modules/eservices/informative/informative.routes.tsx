// The informative e-services: pages that show a logged-in person what the state's registers say,
// asked through the data-exchange bus, so each answer is logged for everyone it is about.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { recordAudit } from "../../../platform/audit/audit.ts";
import { inTransaction } from "../../../platform/db/transaction.ts";
import { AppError } from "../../../platform/errors.ts";
import type { AppServices } from "../../../platform/module.ts";
import { busClient, EPAK_SYSTEMS } from "../../exchange/index.ts";
import { contextOf, requireIdentity, signedIn } from "../../identity/index.ts";
import { DeclaredAtPropertyPage } from "../views/declared-at-property-views.tsx";
import { MyRegisterDataPage } from "../views/my-register-data-views.tsx";
import { residentsOfOwnedProperties } from "./declared-at-property.ts";
import { myRegisterData } from "./my-register-data.ts";

async function audit(request: FastifyRequest, services: AppServices, service: string): Promise<void> {
  const { personId } = requireIdentity(request).session;
  await inTransaction(services.db, (trx) =>
    recordAudit(contextOf(request, trx), {
      event: "eservices.informative.read",
      subjectType: "person",
      subjectId: personId,
      details: { service },
    }),
  );
}

export function informativeRoutes(app: FastifyInstance, services: AppServices): void {
  const bus = busClient(services, EPAK_SYSTEMS.informative);

  app.get("/e-pakalpojumi/mana-ipasuma-deklaretas-personas", { preHandler: signedIn() }, async (request, reply) => {
    const { session } = requireIdentity(request);
    // Acting for a company, the owner is the company; otherwise the person themselves.
    const company = session.acting.kind === "company" ? session.acting : null;
    const owner = company?.id ?? session.personalCode;
    const call = { userId: `user:${session.personId}`, representedParty: company?.id ? `COM/${company.id}` : undefined };
    let properties: Awaited<ReturnType<typeof residentsOfOwnedProperties>> | null = null;
    try {
      properties = await residentsOfOwnedProperties(bus, owner, call);
    } catch (error) {
      if (!(error instanceof AppError && error.code === "register_unavailable")) throw error;
    }
    await audit(request, services, "declared-at-property");
    return reply.code(properties ? 200 : 503).page(<DeclaredAtPropertyPage properties={properties} ownerLabel={company?.label ?? null} />);
  });

  app.get("/e-pakalpojumi/mani-dati-valsts-registros", { preHandler: signedIn() }, async (request, reply) => {
    const { session } = requireIdentity(request);
    const data = await myRegisterData(bus, session.personalCode, `user:${session.personId}`);
    await audit(request, services, "my-register-data");
    return reply.page(<MyRegisterDataPage data={data} />);
  });
}
