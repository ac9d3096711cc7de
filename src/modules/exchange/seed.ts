// Demo consumers and grants: Epak's own systems with the grants their pages need, and two outside
// systems, one of them an investigation whose grant is an exception hidden from data subjects.
// Grants are made only for services a register has published (the demo registers seed first).
import type { Context } from "../../platform/context.ts";
import { createConsumer } from "./commands/create-consumer.ts";
import { grantAccess } from "./commands/grant-access.ts";
import { exchangeKeys } from "./gateway/provider-key.ts";
import { EPAK_SYSTEMS, REGISTER_SERVICES as S } from "./register-services.ts";

const E_SERVICES_RULES = "Ministru kabineta 2017. gada 4. jūlija noteikumi Nr. 402 “Valsts pārvaldes e-pakalpojumu noteikumi”";

type DemoConsumer = {
  clientId: string;
  institution: string;
  name: string;
  grants: { service: string; purposeLv: string; purposeEn: string; legalBasis: string; exception?: boolean }[];
};

const CONSUMERS: DemoConsumer[] = [
  {
    clientId: EPAK_SYSTEMS.portal,
    institution: "VDAA",
    name: "Epak portāls",
    grants: [
      {
        service: S.officers,
        purposeLv: "Pārbaudīt, vai persona drīkst pārstāvēt uzņēmumu portālā",
        purposeEn: "Checking whether a person may act for a company on the portal",
        legalBasis: E_SERVICES_RULES,
      },
      {
        service: S.persons,
        purposeLv: "Parādīt personai viņas datus iedzīvotāju reģistrā",
        purposeEn: "Showing a person their own entry in the population register",
        legalBasis: E_SERVICES_RULES,
      },
    ],
  },
  {
    clientId: EPAK_SYSTEMS.informative,
    institution: "VDAA",
    name: "Epak informatīvie e-pakalpojumi",
    grants: [S.persons, S.addresses, S.propertyOwners, S.properties, S.officers, S.insurance, S.benefits, S.vehicleOwners].map(
      (service) => ({
        service,
        purposeLv:
          service === S.addresses ? "Parādīt īpašniekam viņa īpašumā deklarētās personas" : "Parādīt personai viņas datus valsts reģistros",
        purposeEn:
          service === S.addresses
            ? "Showing an owner the persons declared at their property"
            : "Showing a person their own data in state registers",
        legalBasis: E_SERVICES_RULES,
      }),
    ),
  },
  {
    clientId: EPAK_SYSTEMS.eservices,
    institution: "VDAA",
    name: "Epak e-pakalpojumi",
    grants: [S.persons, S.addresses, S.propertyOwners, S.companies, S.officers, S.insurance, S.benefits].map((service) => ({
      service,
      purposeLv:
        service === S.addresses
          ? "Atrast adresi, ko persona norāda e-pakalpojuma iesniegumā"
          : "Aizpildīt e-pakalpojuma iesniegumu ar valsts reģistros jau esošajiem datiem",
      purposeEn:
        service === S.addresses
          ? "Finding the address a person gives in an e-service application"
          : "Filling in an e-service application with what the state registers already hold",
      legalBasis: E_SERVICES_RULES,
    })),
  },
  {
    clientId: EPAK_SYSTEMS.mailbox,
    institution: "VDAA",
    name: "Epak e-adrese",
    grants: [S.persons, S.companies].map((service) => ({
      service,
      purposeLv:
        service === S.persons
          ? "Atrast personu, kurai iestāde sūta oficiālu ziņu uz e-adresi"
          : "Noskaidrot, kuri valdes locekļi lasa uzņēmuma e-adresi un saņem paziņojumus",
      purposeEn:
        service === S.persons
          ? "Finding the person an institution sends an official message to"
          : "Finding the board members who read a company's e-address and are notified",
      legalBasis: "Oficiālās elektroniskās adreses likums",
    })),
  },
  {
    clientId: EPAK_SYSTEMS.cases,
    institution: "VDAA",
    name: "Epak lietvedība",
    grants: [S.persons, S.insurance].map((service) => ({
      service,
      purposeLv: "Pārbaudīt pieteikumā norādīto valsts reģistros, izskatot iesniegumu",
      purposeEn: "Checking an application against the state registers while it is examined",
      legalBasis: "Administratīvā procesa likums, 59. pants",
    })),
  },
  {
    clientId: "LV/GOV/VID/nodoklu-administresana",
    institution: "VID",
    name: "VID nodokļu administrēšanas sistēma",
    grants: [
      {
        service: S.persons,
        purposeLv: "Nodokļu maksātāju reģistra datu pārbaude",
        purposeEn: "Checking the taxpayer register against the population register",
        legalBasis: "likums “Par nodokļiem un nodevām”, 18. pants",
      },
    ],
  },
  {
    clientId: "LV/GOV/VP/kriminalizmeklesana",
    institution: "VP",
    name: "Valsts policijas kriminālizmeklēšanas sistēma",
    grants: [
      {
        service: S.vehicleOwners,
        purposeLv: "Kriminālprocesa izmeklēšana",
        purposeEn: "Criminal investigation",
        legalBasis: "Kriminālprocesa likums, 180. pants",
        exception: true,
      },
    ],
  },
];

export async function seedExchange(ctx: Context): Promise<void> {
  const keys = await exchangeKeys(ctx.trx);
  const services = await ctx.trx.selectFrom("exchange.provider_service").select(["id", "service_id"]).execute();
  const byServiceId = new Map(services.map((s) => [s.service_id, s.id]));
  for (const consumer of CONSUMERS) {
    const { id } = await createConsumer(ctx, consumer, { secret: keys.ownConsumerSecret(consumer.clientId) });
    for (const grant of consumer.grants) {
      const serviceId = byServiceId.get(grant.service);
      if (!serviceId) continue;
      await grantAccess(ctx, {
        consumerId: id,
        serviceId,
        purposeLv: grant.purposeLv,
        purposeEn: grant.purposeEn,
        legalBasis: grant.legalBasis,
        logBodies: false,
        exception: grant.exception ?? false,
      });
    }
  }
}
