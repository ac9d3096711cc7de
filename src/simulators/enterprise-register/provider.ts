// The enterprise register (UR) as an HTTP API: companies with their boards, and a person's board seats.
import type { FastifyInstance } from "fastify";
import { parseRegistrationNumber } from "../../platform/identifiers/registration-number.ts";
import { findPerson } from "../population-register/index.ts";
import { aboutPersons, type ProviderApp } from "../provider-app.ts";
import { invalidIdentifier, jsonApi, notFound, personNamed, replies } from "../register-api.ts";
import { findCompany, positionsOf } from "./index.ts";
import { companySchema, enterpriseOpenapi, positionsSchema } from "./openapi.ts";

function routes(app: FastifyInstance): void {
  jsonApi(app);

  app.get<{ Params: { registrationNumber: string } }>(
    "/companies/:registrationNumber",
    { schema: replies(companySchema) },
    async (request, reply) => {
      if (!parseRegistrationNumber(request.params.registrationNumber).ok)
        return invalidIdentifier(reply, "Not a valid registration number.");
      const company = findCompany(request.params.registrationNumber);
      if (!company) return notFound(reply, "The enterprise register has no company with this number.");
      const board = company.board.map((member) => {
        const person = findPerson(member.personalCode);
        if (!person) throw new Error(`Board member ${member.personalCode} is missing from the population register`);
        return { ...member, givenName: person.givenName, familyName: person.familyName };
      });
      aboutPersons(
        reply,
        board.map((member) => member.personalCode),
      );
      return { ...company, board };
    },
  );

  app.get<{ Params: { personalCode: string } }>(
    "/officers/:personalCode/positions",
    { schema: replies(positionsSchema) },
    async (request, reply) => {
      const person = personNamed(reply, request.params.personalCode);
      if (!person) return reply;
      aboutPersons(reply, [person.personalCode]);
      const positions = positionsOf(person.personalCode).map(({ company, member }) => ({
        registrationNumber: company.registrationNumber,
        name: company.name,
        status: company.status,
        position: member.position,
        representation: member.representation,
        since: member.since,
      }));
      return { personalCode: person.personalCode, positions };
    },
  );
}

export const enterpriseProvider: ProviderApp = {
  code: "enterprise",
  institution: "UR",
  subsystem: "uznemumu-registrs",
  name: { lv: "Uzņēmumu reģistrs", en: "Enterprise register" },
  prefix: "/registri/uznemumi",
  services: [
    {
      code: "companies",
      name: { lv: "Uzņēmuma dati", en: "Company data" },
      description: {
        lv: "Uzņēmuma nosaukums, tiesiskā forma, juridiskā adrese, statuss un valdes locekļi ar pārstāvības tiesībām.",
        en: "A company's name, legal form, legal address, status and board members with their right to represent it.",
      },
      dataCategories: ["company", "company-officers"],
      personalData: true,
    },
    {
      code: "officers",
      name: { lv: "Personas amati uzņēmumos", en: "A person's board positions" },
      description: {
        lv: "Uzņēmumi, kuru valdē persona ir, arī izslēgtie, ar amatu un pārstāvības tiesībām.",
        en: "The companies on whose board the person sits, struck-off ones included, with position and right to represent.",
      },
      dataCategories: ["company-officers"],
      personalData: true,
    },
  ],
  openapi: enterpriseOpenapi,
  routes,
};
