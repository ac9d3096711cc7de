// The property and cadastre register (VZD) as an HTTP API: a property with its owners, and what an owner owns.
import type { FastifyInstance } from "fastify";
import { aboutPersons, type ProviderApp } from "../provider-app.ts";
import { describeParty, invalidIdentifier, jsonApi, notFound, partyNamed, personCodes, replies } from "../register-api.ts";
import { findProperty, parseCadastreNumber, propertiesOf } from "./index.ts";
import { ownedPropertiesSchema, propertyOpenapi, propertySchema } from "./openapi.ts";

function routes(app: FastifyInstance): void {
  jsonApi(app);

  app.get<{ Params: { cadastreNumber: string } }>(
    "/properties/:cadastreNumber",
    { schema: replies(propertySchema) },
    async (request, reply) => {
      if (!parseCadastreNumber(request.params.cadastreNumber)) return invalidIdentifier(reply, "A cadastre number has 11 digits.");
      const property = findProperty(request.params.cadastreNumber);
      if (!property) return notFound(reply, "The cadastre has no property with this number.");
      const owners = property.owners.map(({ owner, share, since }) => ({ owner: describeParty(owner), share, since }));
      aboutPersons(reply, personCodes(owners.map(({ owner }) => owner)));
      return { ...property, owners };
    },
  );

  app.get<{ Params: { owner: string } }>(
    "/owners/:owner/properties",
    { schema: replies(ownedPropertiesSchema) },
    async (request, reply) => {
      const owner = partyNamed(reply, request.params.owner);
      if (!owner) return reply;
      aboutPersons(reply, personCodes([owner]));
      const owned = propertiesOf(request.params.owner).map(({ property, share, since }) => {
        const { cadastreNumber, kind, address, areaM2 } = property;
        return { cadastreNumber, kind, address, areaM2, share, since };
      });
      return { owner, properties: owned };
    },
  );
}

export const propertyProvider: ProviderApp = {
  code: "property",
  institution: "VZD",
  subsystem: "kadastrs",
  name: { lv: "Nekustamā īpašuma valsts kadastrs", en: "Property and cadastre register" },
  prefix: "/registri/kadastrs",
  services: [
    {
      code: "properties",
      name: { lv: "Nekustamā īpašuma dati", en: "Property data" },
      description: {
        lv: "Nekustamā īpašuma veids, adrese, platība un īpašnieki ar domājamām daļām.",
        en: "A property's kind, address, area and owners with their shares.",
      },
      dataCategories: ["property", "identity"],
      personalData: true,
    },
    {
      code: "owners",
      name: { lv: "Personai piederošie īpašumi", en: "Properties an owner holds" },
      description: {
        lv: "Nekustamie īpašumi, kas pieder personai vai uzņēmumam, ar tā domājamo daļu.",
        en: "The properties a person or company owns, with its share of each.",
      },
      dataCategories: ["property"],
      personalData: true,
    },
  ],
  openapi: propertyOpenapi,
  routes,
};
