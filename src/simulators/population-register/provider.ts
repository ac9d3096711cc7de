// The population register (PMLP) as an HTTP API: persons, their relations, and who is declared where.
import type { FastifyInstance, FastifyReply } from "fastify";
import { aboutPersons, type ProviderApp } from "../provider-app.ts";
import { invalidIdentifier, jsonApi, notFound, personCodes, personNamed, replies } from "../register-api.ts";
import { type Address, addressesMatching, findAddress, findPerson, type RegisterPerson, residentsAt } from "./index.ts";
import { addressSchema, addressSearchSchema, personSchema, populationOpenapi, relationsSchema, residentsSchema } from "./openapi.ts";

type CodeParams = { Params: { personalCode: string } };
type AddressParams = { Params: { addressCode: string } };
type SearchQuery = { Querystring: { q?: string | string[]; limit?: string | string[] } };

const SEARCH_LIMIT = { default: 10, max: 20 } as const;

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

  // Addresses are not personal data: searching them or reading one names no data subject.
  app.get<SearchQuery>("/addresses", { schema: replies(addressSearchSchema) }, async (request, reply) => {
    const { q, limit } = request.query;
    const query = typeof q === "string" ? q.trim() : "";
    if (query.length < 2) return invalidIdentifier(reply, "A search needs at least 2 characters in q.");
    const most = searchLimit(limit);
    if (most === null) return invalidIdentifier(reply, "limit is a whole number from 1; more than 20 gives 20.");
    return { addresses: addressesMatching(query, most) };
  });

  app.get<AddressParams>("/addresses/:addressCode", { schema: replies(addressSchema) }, async (request, reply) => {
    return addressNamed(reply, request.params.addressCode) ?? reply;
  });

  app.get<AddressParams>("/addresses/:addressCode/residents", { schema: replies(residentsSchema) }, async (request, reply) => {
    const address = addressNamed(reply, request.params.addressCode);
    if (!address) return reply;
    const residents = residentsAt(address.addressCode).map((person) => ({ ...relative(person), declaredOn: person.declaredOn }));
    aboutPersons(
      reply,
      residents.map((resident) => resident.personalCode),
    );
    return { ...address, residents };
  });
}

function searchLimit(input: string | string[] | undefined): number | null {
  if (input === undefined) return SEARCH_LIMIT.default;
  if (typeof input !== "string" || !/^[1-9]\d*$/.test(input)) return null;
  return Math.min(Number(input), SEARCH_LIMIT.max);
}

/** The address a path names; null once the reply says why not: 400 for a malformed code, 404 for an unknown one. */
function addressNamed(reply: FastifyReply, input: string): Address | null {
  const addressCode = input.replace(/\s/g, "");
  if (!/^\d{9}$/.test(addressCode)) {
    invalidIdentifier(reply, "An address code has 9 digits.");
    return null;
  }
  const address = findAddress(addressCode);
  if (!address) notFound(reply, "The address register has no address with this code.");
  return address;
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
      name: { lv: "Adreses un tajās deklarētās personas", en: "Addresses and the persons declared there" },
      description: {
        lv: "Adrešu meklēšana valsts adrešu reģistra datos un personas, kuru deklarētā dzīvesvieta ir norādītajā adresē.",
        en: "Searching the state address register's addresses, and the persons whose declared residence is at a given address.",
      },
      dataCategories: ["address", "identity"],
      personalData: true,
    },
  ],
  openapi: populationOpenapi,
  routes,
};
