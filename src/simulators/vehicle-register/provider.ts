// The vehicle register (CSDD) as an HTTP API: a vehicle by plate, and what an owner owns.
import type { FastifyInstance } from "fastify";
import { aboutPersons, type ProviderApp } from "../provider-app.ts";
import { describeParty, invalidIdentifier, jsonApi, notFound, partyNamed, personCodes, replies } from "../register-api.ts";
import { findVehicle, parsePlate, type Vehicle, vehiclesOf } from "./index.ts";
import { ownedVehiclesSchema, vehicleOpenapi, vehicleSchema } from "./openapi.ts";

function routes(app: FastifyInstance): void {
  jsonApi(app);

  app.get<{ Params: { plate: string } }>("/vehicles/:plate", { schema: replies(vehicleSchema) }, async (request, reply) => {
    if (!parsePlate(request.params.plate)) return invalidIdentifier(reply, 'A plate is two letters and up to four digits, e.g. "KA-1234".');
    const vehicle = findVehicle(request.params.plate);
    if (!vehicle) return notFound(reply, "The vehicle register has no vehicle with this plate.");
    const answer = { ...described(vehicle), owner: describeParty(vehicle.owner) };
    aboutPersons(reply, personCodes([answer.owner, answer.holder]));
    return answer;
  });

  app.get<{ Params: { owner: string } }>("/owners/:owner/vehicles", { schema: replies(ownedVehiclesSchema) }, async (request, reply) => {
    const owner = partyNamed(reply, request.params.owner);
    if (!owner) return reply;
    const owned = vehiclesOf(request.params.owner).map(described);
    aboutPersons(reply, personCodes([owner, ...owned.map((vehicle) => vehicle.holder)]));
    return { owner, vehicles: owned };
  });
}

function described({ owner: _owner, holder, ...vehicle }: Vehicle) {
  return { ...vehicle, holder: holder && describeParty(holder) };
}

export const vehicleProvider: ProviderApp = {
  code: "vehicles",
  institution: "CSDD",
  subsystem: "transportlidzeklu-registrs",
  name: { lv: "Transportlīdzekļu reģistrs", en: "Vehicle register" },
  prefix: "/registri/transportlidzekli",
  services: [
    {
      code: "vehicles",
      name: { lv: "Transportlīdzekļa dati", en: "Vehicle data" },
      description: {
        lv: "Transportlīdzekļa marka, modelis, kategorija, VIN, īpašnieks, turētājs un tehniskās apskates derīgums.",
        en: "A vehicle's make, model, category, VIN, owner, holder and roadworthiness test validity.",
      },
      dataCategories: ["vehicles", "identity"],
      personalData: true,
    },
    {
      code: "owners",
      name: { lv: "Personai piederošie transportlīdzekļi", en: "Vehicles an owner holds" },
      description: {
        lv: "Transportlīdzekļi, kas pieder personai vai uzņēmumam, arī izslēgtie no reģistra.",
        en: "The vehicles a person or company owns, deregistered ones included.",
      },
      dataCategories: ["vehicles"],
      personalData: true,
    },
  ],
  openapi: vehicleOpenapi,
  routes,
};
