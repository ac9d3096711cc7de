// The State Social Insurance Agency (VSAA) as an HTTP API: a person's insured periods and benefits.
import type { FastifyInstance } from "fastify";
import type { RegistrationNumber } from "../../platform/identifiers/registration-number.ts";
import { findCompany } from "../enterprise-register/index.ts";
import { aboutPersons, type ProviderApp } from "../provider-app.ts";
import { jsonApi, personNamed, replies } from "../register-api.ts";
import { benefitsOf, insuredPeriodsOf } from "./index.ts";
import { benefitsSchema, periodsSchema, socialInsuranceOpenapi } from "./openapi.ts";

type CodeParams = { Params: { personalCode: string } };

function routes(app: FastifyInstance): void {
  jsonApi(app);

  app.get<CodeParams>("/insurance/:personalCode/periods", { schema: replies(periodsSchema) }, async (request, reply) => {
    const person = personNamed(reply, request.params.personalCode);
    if (!person) return reply;
    aboutPersons(reply, [person.personalCode]);
    const periods = insuredPeriodsOf(person.personalCode).map(({ employer, ...period }) => ({
      ...period,
      employer: employer && employerNamed(employer),
    }));
    return { personalCode: person.personalCode, periods };
  });

  app.get<CodeParams>("/benefits/:personalCode", { schema: replies(benefitsSchema) }, async (request, reply) => {
    const person = personNamed(reply, request.params.personalCode);
    if (!person) return reply;
    const benefits = benefitsOf(person.personalCode).map(({ child, ...benefit }) => ({ ...benefit, childPersonalCode: child }));
    aboutPersons(reply, [
      person.personalCode,
      ...benefits.flatMap((benefit) => (benefit.childPersonalCode ? [benefit.childPersonalCode] : [])),
    ]);
    return { personalCode: person.personalCode, benefits };
  });
}

function employerNamed(number: RegistrationNumber): { registrationNumber: RegistrationNumber; name: string } {
  const company = findCompany(number);
  if (!company) throw new Error(`Employer ${number} is missing from the enterprise register`);
  return { registrationNumber: company.registrationNumber, name: company.name };
}

export const socialInsuranceProvider: ProviderApp = {
  code: "social-insurance",
  institution: "VSAA",
  subsystem: "socialas-apdrosinasanas-dati",
  name: { lv: "Valsts sociālās apdrošināšanas aģentūras dati", en: "Social insurance data" },
  prefix: "/registri/vsaa",
  services: [
    {
      code: "insurance",
      name: { lv: "Apdrošināšanas periodi", en: "Insurance periods" },
      description: {
        lv: "Personas sociālās apdrošināšanas periodi: kā darba ņēmējam, pašnodarbinātajam vai brīvprātīgi apdrošinātam, ar darba devēju.",
        en: "A person's social insurance periods as an employee, self-employed or voluntarily insured, with the employer.",
      },
      dataCategories: ["insurance-periods", "employment"],
      personalData: true,
    },
    {
      code: "benefits",
      name: { lv: "Pabalsti un pensijas", en: "Benefits and pensions" },
      description: {
        lv: "Personai piešķirtie pabalsti un pensijas ar mēneša apmēru un periodu.",
        en: "The benefits and pensions granted to a person, with the monthly amount and period.",
      },
      dataCategories: ["benefits"],
      personalData: true,
    },
  ],
  openapi: socialInsuranceOpenapi,
  routes,
};
