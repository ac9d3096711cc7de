// The vehicle register API's OpenAPI document, and the schemas its routes serialise answers with.
import { dateSchema, getOperation, nullableDateSchema, openapiErrors, partySchema } from "../register-api.ts";

const vehicleProperties = {
  plate: { type: "string", pattern: "^[A-Z]{2}-\\d{1,4}$", description: 'Registration plate, e.g. "KA-1234".' },
  vin: { type: "string", pattern: "^[A-HJ-NPR-Z0-9]{17}$", description: "Vehicle identification number." },
  make: { type: "string" },
  model: { type: "string" },
  year: { type: "integer", description: "Year of manufacture." },
  category: { type: "string", enum: ["M1", "L3", "N1"], description: "M1 passenger car, L3 motorcycle, N1 light goods vehicle." },
  firstRegistered: { ...dateSchema, description: "First registration in Latvia." },
  status: { type: "string", enum: ["registered", "deregistered"] },
  holder: { ...partySchema, type: ["object", "null"], description: "Who keeps and uses the vehicle (turētājs) when not the owner." },
  inspectionValidUntil: { ...nullableDateSchema, description: "Last day the roadworthiness test is valid; may be past." },
} as const;
const vehicleRequired = [
  "plate",
  "vin",
  "make",
  "model",
  "year",
  "category",
  "firstRegistered",
  "status",
  "holder",
  "inspectionValidUntil",
] as const;

export const vehicleSchema = {
  type: "object",
  required: [...vehicleRequired, "owner"],
  properties: { ...vehicleProperties, owner: partySchema },
} as const;

export const ownedVehiclesSchema = {
  type: "object",
  required: ["owner", "vehicles"],
  properties: {
    owner: partySchema,
    vehicles: {
      type: "array",
      description: "Deregistered vehicles included.",
      items: { type: "object", required: vehicleRequired, properties: vehicleProperties },
    },
  },
} as const;

export const vehicleOpenapi = {
  openapi: "3.1.0",
  info: {
    title: "Transportlīdzekļu reģistrs (Vehicle register)",
    version: "1.0.0",
    description:
      "Registered vehicles with their owners, holders and roadworthiness tests. A demo register with synthetic data, run by CSDD.",
  },
  tags: [
    { name: "vehicles", description: "A vehicle by its plate." },
    { name: "owners", description: "What a person or a company owns." },
  ],
  paths: {
    "/vehicles/{plate}": getOperation({
      service: "vehicles",
      operationId: "getVehicle",
      summary: "A vehicle, its owner and holder",
      description: "The vehicle with this plate, registered or deregistered.",
      parameter: { name: "plate", description: "Registration plate; case, spaces and the hyphen do not matter.", example: "HR-4512" },
      schema: "Vehicle",
    }),
    "/owners/{owner}/vehicles": getOperation({
      service: "owners",
      operationId: "getOwnedVehicles",
      summary: "Vehicles a person or a company owns",
      description: "An empty list if they own none.",
      parameter: { name: "owner", description: "A personal code, or a company's registration number.", example: "150384-13866" },
      schema: "OwnedVehicles",
    }),
  },
  components: {
    schemas: { Vehicle: vehicleSchema, OwnedVehicles: ownedVehiclesSchema, ...openapiErrors.schemas },
    responses: openapiErrors.responses,
  },
} as const;
