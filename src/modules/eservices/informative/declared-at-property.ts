// "Persons declared at my property": the owner's properties from the cadastre, then for each
// address the persons declared there from the population register — both through the bus.
import type { BusCall, BusClient } from "../../exchange/index.ts";
import { REGISTER_SERVICES } from "../../exchange/index.ts";
import type { OwnedPropertiesAnswer, OwnedProperty, Resident, ResidentsAnswer } from "./register-answers.ts";

export type PropertyResidents = { property: OwnedProperty; residents: Resident[] };

/**
 * `owner` is the personal code of the person, or the registration number of the company they
 * act for. Addresses shared by several properties (a building and its land) are asked once.
 */
export async function residentsOfOwnedProperties(
  bus: BusClient,
  owner: string,
  call: Pick<BusCall, "userId" | "representedParty">,
): Promise<PropertyResidents[]> {
  const owned = await bus.get<OwnedPropertiesAnswer>({ ...call, service: REGISTER_SERVICES.propertyOwners, path: `/${owner}/properties` });
  const properties = owned?.properties ?? [];
  const codes = [...new Set(properties.map((p) => p.address.addressCode))];
  const answers = await Promise.all(
    codes.map((code) => bus.get<ResidentsAnswer>({ ...call, service: REGISTER_SERVICES.addresses, path: `/${code}/residents` })),
  );
  const byAddress = new Map(codes.map((code, i) => [code, answers[i]?.residents ?? []]));
  return properties.map((property) => ({ property, residents: byAddress.get(property.address.addressCode) ?? [] }));
}
