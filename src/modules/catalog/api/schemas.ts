// The shapes of the API's answers. The mappers are typed by them and the OpenAPI document's
// schemas are generated from them, so what is documented is what is sent.
import { z } from "zod";
import { AUDIENCES, CHANNEL_TYPES, EVENT_KINDS, INSTITUTION_KINDS, SERVICE_KINDS, THEMATIC_AREAS } from "../model.ts";

/** Every schema with a name of its own in the document's components. */
export const apiSchemas = z.registry<{ id: string; description: string }>();

function named<T extends z.ZodType>(id: string, description: string, schema: T): T {
  apiSchemas.add(schema, { id, description });
  return schema;
}

const absoluteUrl = z.string().meta({ format: "uri" });
const pageUrls = {
  url: absoluteUrl.describe("The page on the portal, in Latvian."),
  urlEn: absoluteUrl.describe("The same page in English."),
};

const Text = named("Text", "A text in Latvian and English.", z.object({ lv: z.string(), en: z.string() }));
const TextList = named(
  "TextList",
  "Lists of words in Latvian and English.",
  z.object({ lv: z.array(z.string()), en: z.array(z.string()) }),
);

const InstitutionReference = named(
  "InstitutionReference",
  "An institution a service or another institution points at.",
  z.object({ identifier: z.string(), name: Text, ...pageUrls }),
);

const ServiceReference = named(
  "ServiceReference",
  "A published service another entry points at.",
  z.object({ identifier: z.string(), title: Text, online: z.boolean().describe("An e-service is available."), ...pageUrls }),
);

const ServiceItem = named(
  "ServiceItem",
  "A service in a list of search results.",
  z.object({
    identifier: z.string(),
    title: Text,
    description: Text,
    institution: InstitutionReference,
    kind: z.enum(SERVICE_KINDS),
    online: z.boolean().describe("An e-service is available."),
    municipalities: z.array(z.string()).describe("The municipalities where it is offered; empty: the whole state."),
    template: z.boolean().describe("A national description every municipality offers as its own local variant."),
    variantOf: z.string().optional().describe("For a municipality's local variant: the template service."),
    ...pageUrls,
  }),
);

export const ServiceList = named(
  "ServiceList",
  "One page of services, most relevant first when searched for words.",
  z.object({ total: z.number().int().min(0), page: z.number().int().min(1), limit: z.number().int().min(1), items: z.array(ServiceItem) }),
);

const Titled = z.object({ title: Text, description: Text.optional() });

const ContactPoint = named(
  "ContactPoint",
  "How to reach an institution or office.",
  z.object({ email: z.string().optional(), phone: z.string().optional(), address: z.string().optional(), hours: Text.optional() }),
);

const Channel = named(
  "Channel",
  "A way to receive the service: online (the e-service), at a client service centre, in person, by post or by phone.",
  z.object({ type: z.enum(CHANNEL_TYPES), url: absoluteUrl.optional(), hours: Text.optional(), note: Text.optional() }),
);

const EService = named(
  "EService",
  "The service's own e-service on this portal.",
  z.object({
    url: absoluteUrl.describe("Where the e-service starts, in Latvian."),
    urlEn: absoluteUrl.describe("The same e-service in English."),
    maturity: z
      .number()
      .int()
      .min(3)
      .max(5)
      .describe(
        "The level what the e-service does reaches: 3 apply online, 4 also receive the decision online, 5 also with other institutions' data.",
      ),
  }),
);

export const Service = named(
  "Service",
  "A published service with all of its description; a municipality's local variant is shown laid over its national template.",
  z.object({
    identifier: z.string(),
    title: Text,
    description: Text,
    institution: InstitutionReference,
    audience: z.array(z.enum(AUDIENCES)),
    kind: z.enum(SERVICE_KINDS),
    maturity: z
      .number()
      .int()
      .min(1)
      .max(5)
      .describe(
        "1 inform, 2 forms to download, 3 apply online, 4 receive online, 5 proactive. With an e-service on this portal, the level that e-service reaches.",
      ),
    thematicArea: z.enum(THEMATIC_AREAS),
    keywords: TextList,
    channels: z.array(Channel),
    processingTime: Text,
    costs: z.array(z.object({ amount: z.number().min(0), currency: z.literal("EUR"), description: Text })),
    requirements: z.array(
      z.object({ title: Text, description: Text.optional(), evidence: z.array(Titled).describe("The documents needed.") }),
    ),
    outputs: z.array(Titled).describe("What the person receives."),
    steps: z.array(Text),
    legalBasis: z.array(z.object({ title: Text, url: absoluteUrl.optional() })),
    events: z.array(z.object({ identifier: z.string(), kind: z.enum(EVENT_KINDS), title: Text, ...pageUrls })),
    municipalities: z.array(InstitutionReference).describe("Where it is offered; empty: the whole state."),
    template: z.boolean(),
    variantOf: z.string().optional().describe("For a municipality's local variant: the template service."),
    variants: z
      .array(z.object({ identifier: z.string(), municipality: InstitutionReference, ...pageUrls }))
      .describe("For a template: each municipality's local variant."),
    localNote: Text.optional(),
    contactPoint: ContactPoint.optional(),
    eService: EService.optional().describe(
      "Present when the service has its own e-service on this portal, which is then also its first online channel.",
    ),
    version: z.number().int().min(1),
    publishedAt: z.string().meta({ format: "date-time" }),
    ...pageUrls,
  }),
);

const InstitutionFields = {
  identifier: z.string(),
  kind: z.enum(INSTITUTION_KINDS),
  name: Text,
  shortName: z.string().optional(),
  description: Text.optional(),
  parent: z.string().optional().describe("The supervising institution."),
  contactPoint: ContactPoint,
  website: absoluteUrl.optional(),
  ...pageUrls,
};

const Institution = named("Institution", "A ministry, agency, state city, municipality or other institution.", z.object(InstitutionFields));

export const InstitutionList = named(
  "InstitutionList",
  "Every institution, by Latvian name.",
  z.object({ total: z.number().int().min(0), items: z.array(Institution) }),
);

export const InstitutionDetail = named(
  "InstitutionDetail",
  "An institution with the published services it provides.",
  z.object({ ...InstitutionFields, services: z.array(ServiceReference) }),
);

const EventFields = {
  identifier: z.string(),
  kind: z.enum(EVENT_KINDS).describe("A life situation or a business situation."),
  title: Text,
  description: Text,
  keywords: TextList.optional(),
  ...pageUrls,
};

const LifeEvent = named("LifeEvent", "A life or business situation.", z.object(EventFields));

export const LifeEventList = named(
  "LifeEventList",
  "Life and business situations.",
  z.object({ total: z.number().int().min(0), items: z.array(LifeEvent) }),
);

export const LifeEventDetail = named(
  "LifeEventDetail",
  "A life or business situation with its steps in order, each with the services it takes.",
  z.object({
    ...EventFields,
    steps: z.array(z.object({ title: Text, description: Text.optional(), services: z.array(ServiceReference) })),
  }),
);

export type ServiceListBody = z.output<typeof ServiceList>;
export type ServiceBody = z.output<typeof Service>;
export type InstitutionListBody = z.output<typeof InstitutionList>;
export type InstitutionDetailBody = z.output<typeof InstitutionDetail>;
export type LifeEventListBody = z.output<typeof LifeEventList>;
export type LifeEventDetailBody = z.output<typeof LifeEventDetail>;
