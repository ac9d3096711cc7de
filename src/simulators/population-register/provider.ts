// The population register (PMLP) as an HTTP API: persons, their relations, and who is declared where.
import type { FastifyInstance } from "fastify";
import { aboutPersons, type ProviderApp } from "../provider-app.ts";
import { invalidIdentifier, jsonApi, notFound, personCodes, personNamed, replies } from "../register-api.ts";
import { findAddress, findPerson, type RegisterPerson, residentsAt } from "./index.ts";
import { personSchema, populationOpenapi, relationsSchema, residentsSchema } from "./openapi.ts";

type CodeParams = { Params: { personalCode: string } };

function routes(app: FastifyInstance): void {
  jsonApi(app);

  app.get<CodeParams>("/persons/:personalCode", { schema: replies(personSchema) }, async (request, reply) => {
    const person = personNamed(reply, request.params.personalCode);
    if (!person) return reply;
    aboutPersons(reply, [person.personalCode]);
    return personAnswer(person);
  });

  app.get<CodeParams>("/persons/:personalCode/relations", { schema: replies(relationsSchema) }, async (request, reply) => {
    const person = personNamed(reply, request.params.personalCode);
    if (!person) return reply;
    const relatives = (codes: string[]) => codes.map((code) => relative(findPerson(code)));
    const answer = {
      personalCode: person.personalCode,
      spouse: person.spouse ? relative(findPerson(person.spouse)) : null,
      parents: relatives(person.parents),
      children: relatives(person.children),
    };
    aboutPersons(reply, personCodes([person, answer.spouse, ...answer.parents, ...answer.children]));
    return answer;
  });

  app.get<{ Params: { addressCode: string } }>(
    "/addresses/:addressCode/residents",
    { schema: replies(residentsSchema) },
    async (request, reply) => {
      const addressCode = request.params.addressCode.replace(/\s/g, "");
      if (!/^\d{9}$/.test(addressCode)) return invalidIdentifier(reply, "An address code has 9 digits.");
      const address = findAddress(addressCode);
      if (!address) return notFound(reply, "The address register has no address with this code.");
      const residents = residentsAt(addressCode).map((person) => ({ ...relative(person), declaredOn: person.declaredOn }));
      aboutPersons(
        reply,
        residents.map((resident) => resident.personalCode),
      );
      return { ...address, residents };
    },
  );
}

function personAnswer(person: RegisterPerson) {
  const { declaredAddress, declaredOn } = person;
  return {
    personalCode: person.personalCode,
    givenName: person.givenName,
    familyName: person.familyName,
    birthDate: person.birthDate,
    sex: person.sex,
    citizenship: person.citizenship,
    status: person.status,
    residencePermit: person.residencePermit,
    declaredAddress: declaredAddress && declaredOn ? { ...declaredAddress, declaredOn } : null,
    deceasedOn: person.deceasedOn,
  };
}

function relative(person: RegisterPerson | null) {
  if (!person) throw new Error("A relation points at a person missing from the register");
  const { personalCode, givenName, familyName, birthDate, deceasedOn } = person;
  return { personalCode, givenName, familyName, birthDate, deceasedOn };
}

export const populationProvider: ProviderApp = {
  code: "population",
  institution: "PMLP",
  subsystem: "iedzivotaju-registrs",
  name: { lv: "Iedzīvotāju reģistrs", en: "Population register" },
  prefix: "/registri/iedzivotaji",
  services: [
    {
      code: "persons",
      name: { lv: "Personas dati", en: "Person data" },
      description: {
        lv: "Personas vārds, uzvārds, dzimšanas datums, pilsonība, uzturēšanās atļauja, deklarētā adrese un ģimenes saites.",
        en: "A person's name, birth date, citizenship, residence permit, declared address and family relations.",
      },
      dataCategories: ["identity", "citizenship", "address", "family"],
      personalData: true,
    },
    {
      code: "addresses",
      name: { lv: "Adresē deklarētās personas", en: "Persons declared at an address" },
      description: {
        lv: "Personas, kuru deklarētā dzīvesvieta ir norādītajā adresē.",
        en: "The persons whose declared residence is at the given address.",
      },
      dataCategories: ["address", "identity"],
      personalData: true,
    },
  ],
  openapi: populationOpenapi,
  routes,
};
