// "My data in state registers": what each register holds about the person, asked in parallel
// through the bus. A register that does not answer is reported as such; the others still show.
import { AppError } from "../../../platform/errors.ts";
import type { BusClient } from "../../exchange/index.ts";
import { REGISTER_SERVICES } from "../../exchange/index.ts";
import type {
  BenefitsAnswer,
  OwnedPropertiesAnswer,
  PeriodsAnswer,
  PersonAnswer,
  PositionsAnswer,
  RelationsAnswer,
  VehiclesAnswer,
} from "./register-answers.ts";

/** The answer, null when the register has no entry, or "unavailable". */
export type Section<T> = T | null | "unavailable";

export type MyRegisterData = {
  person: Section<PersonAnswer>;
  relations: Section<RelationsAnswer>;
  properties: Section<OwnedPropertiesAnswer>;
  positions: Section<PositionsAnswer>;
  periods: Section<PeriodsAnswer>;
  benefits: Section<BenefitsAnswer>;
  vehicles: Section<VehiclesAnswer>;
};

async function section<T>(ask: Promise<T | null>): Promise<Section<T>> {
  try {
    return await ask;
  } catch (error) {
    if (error instanceof AppError && error.code === "register_unavailable") return "unavailable";
    throw error;
  }
}

export async function myRegisterData(bus: BusClient, personalCode: string, userId: string): Promise<MyRegisterData> {
  const get = <T>(service: string, path: string) => section(bus.get<T>({ service, path, userId }));
  const [person, relations, properties, positions, periods, benefits, vehicles] = await Promise.all([
    get<PersonAnswer>(REGISTER_SERVICES.persons, `/${personalCode}`),
    get<RelationsAnswer>(REGISTER_SERVICES.persons, `/${personalCode}/relations`),
    get<OwnedPropertiesAnswer>(REGISTER_SERVICES.propertyOwners, `/${personalCode}/properties`),
    get<PositionsAnswer>(REGISTER_SERVICES.officers, `/${personalCode}/positions`),
    get<PeriodsAnswer>(REGISTER_SERVICES.insurance, `/${personalCode}/periods`),
    get<BenefitsAnswer>(REGISTER_SERVICES.benefits, `/${personalCode}`),
    get<VehiclesAnswer>(REGISTER_SERVICES.vehicleOwners, `/${personalCode}/vehicles`),
  ]);
  return { person, relations, properties, positions, periods, benefits, vehicles };
}
