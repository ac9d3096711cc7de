// The service page as a person reads it, rendered from sample documents: every part of the model
// that a person needs, in both languages, with the e-service button pointing to the right place,
// and a template's municipality chooser and a variant's local details.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { renderDocument } from "../../../platform/html/render.tsx";
import { Messages } from "../../../platform/i18n/messages.ts";
import type { PublishedService } from "../catalog.repository.ts";
import type { InstitutionDocument, ServiceDocument } from "../model.ts";
import { ServicePage, type ServicePageProps } from "./service-page.tsx";

const messages = new Messages();

function render(locale: "lv" | "en", props: ServicePageProps): string {
  const page = {
    locale,
    t: messages.translator(locale),
    path: `/pakalpojumi/${props.service.document.identifier}`,
    query: "",
    asset: (name: string) => `/assets/${name}`,
    notices: [],
    viewer: null,
    csrfToken: null,
  };
  return renderDocument(page, <ServicePage {...props} />);
}

/** The page's visible text, tags removed and spaces collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&amp;", "&")
    .replaceAll("&quot;", '"')
    .replace(/\s+/g, " ");
}

const PMLP: InstitutionDocument = {
  identifier: "PMLP",
  kind: "agency",
  name: { lv: "Pilsonības un migrācijas lietu pārvalde", en: "Office of Citizenship and Migration Affairs" },
  shortName: "PMLP",
  contactPoint: { address: "Čiekurkalna 1. līnija 1, Rīga", phone: "+371 67209400", email: "pmlp@pmlp.gov.lv" },
  website: "https://www.pmlp.gov.lv",
};

const CESIS: InstitutionDocument = {
  identifier: "CESIS",
  kind: "municipality",
  name: { lv: "Cēsu novada pašvaldība", en: "Cēsis Municipality" },
  contactPoint: { address: "Bērzaines iela 16, Cēsis" },
};

const PASSPORT: ServiceDocument = {
  identifier: "pases-izsniegsana",
  title: { lv: "Pases izsniegšana", en: "Getting a passport" },
  description: { lv: "Pase ir ceļošanas dokuments.", en: "A passport is a travel document." },
  institution: "PMLP",
  audience: ["residents", "businesses"],
  kind: "transactional",
  maturity: 4,
  thematicArea: "identity_documents",
  keywords: { lv: ["slepenais atslēgvārds"], en: ["secret keyword"] },
  channels: [
    { type: "online", url: "/e-pakalpojumi/pase", note: { lv: "Pieteikums tiešsaistē.", en: "Apply online." } },
    { type: "online", url: "https://www.latvija.lv/pase" },
    { type: "centre", hours: { lv: "P.–Pk. 8.30–17.00", en: "Mon–Fri 8.30–17.00" } },
    { type: "in_person", note: { lv: "Jebkurā PMLP nodaļā.", en: "At any office." } },
    { type: "post", note: { lv: "Tikai atkārtotai izsniegšanai.", en: "Only for a repeat issue." } },
    { type: "phone", note: { lv: "Konsultācijas pa tālruni.", en: "Advice by phone." } },
  ],
  processingTime: { lv: "Līdz 10 darbdienām", en: "Up to 10 working days" },
  costs: [
    { amount: 12.5, currency: "EUR", description: { lv: "Valsts nodeva", en: "State fee" } },
    { amount: 0, currency: "EUR", description: { lv: "Bērniem līdz 5 gadiem", en: "Children under 5" } },
  ],
  requirements: [
    {
      title: { lv: "Latvijas pilsonība", en: "Latvian citizenship" },
      description: { lv: "Pasi izsniedz pilsoņiem.", en: "Passports are issued to citizens." },
      evidence: [
        { title: { lv: "Iepriekšējā pase", en: "Your previous passport" }, description: { lv: "Ja tāda ir", en: "If you have one" } },
      ],
    },
  ],
  outputs: [{ title: { lv: "Pase", en: "A passport" }, description: { lv: "Derīga 10 gadus", en: "Valid for 10 years" } }],
  steps: [
    { lv: "Piesakieties vizītei.", en: "Book a visit." },
    { lv: "Samaksājiet nodevu.", en: "Pay the fee." },
  ],
  legalBasis: [
    { title: { lv: "Personu apliecinošu dokumentu likums", en: "Identity Documents Law" }, url: "https://likumi.lv/ta/id/243484" },
    { title: { lv: "MK noteikumi Nr. 134", en: "Cabinet Regulation No 134" } },
  ],
  municipalities: [],
};

function published(
  document: PublishedService["document"],
  institution: InstitutionDocument,
  extra: Partial<PublishedService> = {},
): PublishedService {
  return {
    document,
    version: 3,
    publishedAt: new Date("2026-11-22T23:30:00Z"),
    institution,
    events: [
      { identifier: "celosana-uz-arzemem", kind: "life", title: { lv: "Ceļošana uz ārzemēm", en: "Travelling abroad" } },
      { identifier: "uznemuma-dibinasana", kind: "business", title: { lv: "Uzņēmuma dibināšana", en: "Starting a business" } },
    ],
    variants: [],
    eService: null,
    ...extra,
  };
}

describe("a service page", () => {
  const service = published(PASSPORT, PMLP);

  test("says in Latvian who provides the service, for whom, and how far it works online, in words", () => {
    const html = render("lv", { service, coverage: [] });
    assert.match(html, /<title>Pases izsniegšana – /);
    assert.match(html, /<h1 class="govuk-heading-xl">Pases izsniegšana<\/h1>/);
    const page = text(html);
    assert.ok(page.includes("Pakalpojumu sniedz Pilsonības un migrācijas lietu pārvalde"), page);
    assert.ok(page.includes("Kam paredzēts Iedzīvotāji, Uzņēmēji"));
    assert.ok(page.includes("Elektronizācijas līmenis 4 no 5 – pakalpojumu var pieprasīt un saņemt tiešsaistē"));
    assert.ok(page.includes("Kur pieejams Visā Latvijā"));
    assert.ok(!page.includes("slepenais atslēgvārds"), "keywords are for search, not for the page");
  });

  test("starts the e-service inside Epak in the page's language, and names the other site before sending anyone there", () => {
    const lv = render("lv", { service, coverage: [] });
    const en = render("en", { service, coverage: [] });
    const starts = (html: string) => [...html.matchAll(/<a href="([^"]+)"[^>]*class="govuk-button govuk-button--start/g)].map((m) => m[1]);
    assert.deepEqual(starts(lv), ["/e-pakalpojumi/pase", "https://www.latvija.lv/pase"]);
    assert.deepEqual(starts(en), ["/en/e-pakalpojumi/pase", "https://www.latvija.lv/pase"]);
    assert.ok(text(lv).includes("E-pakalpojums atvērsies vietnē www.latvija.lv."));
    assert.doesNotMatch(lv, /target="_blank"/);
  });

  test("lists every other channel under its own name, with its hours and notes", () => {
    const page = text(render("lv", { service, coverage: [] }));
    for (const line of [
      "Valsts un pašvaldības vienotie klientu apkalpošanas centri Darba laiks: P.–Pk. 8.30–17.00",
      "Klātienē Jebkurā PMLP nodaļā.",
      "Pa pastu Tikai atkārtotai izsniegšanai.",
      "Pa tālruni Konsultācijas pa tālruni.",
    ]) {
      assert.ok(page.includes(line), `missing: ${line}`);
    }
  });

  test("writes fees as euro in each language, a zero fee as free, and the processing time", () => {
    const lv = text(render("lv", { service, coverage: [] }));
    assert.ok(lv.includes("12,50 € – Valsts nodeva"), lv);
    assert.ok(lv.includes("Bez maksas – Bērniem līdz 5 gadiem"));
    assert.ok(lv.includes("Izpildes termiņš Līdz 10 darbdienām"));
    const en = text(render("en", { service, coverage: [] }));
    assert.ok(en.includes("€12.50 – State fee"), en);
    assert.ok(en.includes("Free of charge – Children under 5"));
    const free = text(render("lv", { service: published({ ...PASSPORT, costs: [] }, PMLP), coverage: [] }));
    assert.ok(free.includes("Maksa Bez maksas"));
  });

  test("shows requirements with their documents, the steps in order, what one receives and the law with links", () => {
    const html = render("lv", { service, coverage: [] });
    const page = text(html);
    assert.ok(page.includes("Latvijas pilsonība Pasi izsniedz pilsoņiem. Nepieciešamie dokumenti: Iepriekšējā pase Ja tāda ir"), page);
    assert.match(html, /<ol class="govuk-list govuk-list--number"><li>Piesakieties vizītei\.<\/li><li>Samaksājiet nodevu\.<\/li><\/ol>/);
    assert.ok(page.includes("Ko saņemsiet Pase Derīga 10 gadus"));
    assert.match(html, /<a class="govuk-link" href="https:\/\/likumi.lv\/ta\/id\/243484">Personu apliecinošu dokumentu likums<\/a>/);
    assert.ok(page.includes("MK noteikumi Nr. 134"));
  });

  test("links its institution, its life and business situations, and says its version and the day it was updated in Riga", () => {
    const html = render("lv", { service, coverage: [] });
    assert.match(html, /href="\/iestades\/PMLP"/);
    assert.match(html, /href="\/dzives-situacijas\/celosana-uz-arzemem">Ceļošana uz ārzemēm</);
    assert.match(html, /href="\/biznesa-situacijas\/uznemuma-dibinasana">Uzņēmuma dibināšana</);
    const page = text(html);
    // 23:30 UTC on the 22nd is already the 23rd in Riga.
    assert.ok(page.includes("Versija: 3 Atjaunināts: 2026. gada 23. novembris"), page);
    const en = text(render("en", { service, coverage: [] }));
    assert.ok(en.includes("Version: 3 Updated: 23 November 2026"), en);
  });

  test("gives the institution's contacts when the service has none of its own", () => {
    const page = text(render("lv", { service, coverage: [] }));
    assert.ok(page.includes("Sazinieties ar iestādi: Pilsonības un migrācijas lietu pārvalde"));
    assert.ok(page.includes("Tālrunis +371 67209400"));
    const own = published({ ...PASSPORT, contactPoint: { phone: "+371 11111111" } }, PMLP);
    const ownPage = text(render("lv", { service: own, coverage: [] }));
    assert.ok(ownPage.includes("Tālrunis +371 11111111"));
    assert.ok(!ownPage.includes("67209400"));
  });

  test("with no way of getting it described, says whom to ask", () => {
    const page = text(render("en", { service: published({ ...PASSPORT, channels: [] }, PMLP), coverage: [] }));
    assert.ok(page.includes("Ask the institution how to get the service"));
    assert.ok(!page.includes("Start the e-service"));
  });
});

describe("a service every municipality provides", () => {
  const template: ServiceDocument = {
    ...PASSPORT,
    identifier: "majokla-pabalsts",
    template: true,
    title: { lv: "Mājokļa pabalsts", en: "Housing benefit" },
  };
  const variants = [
    {
      identifier: "majokla-pabalsts-riga",
      municipality: "RIGA",
      name: { lv: "Rīgas valstspilsētas pašvaldība", en: "Riga State City Municipality" },
    },
    { identifier: "majokla-pabalsts-cesis", municipality: "CESIS", name: { lv: "Cēsu novada pašvaldība", en: "Cēsis Municipality" } },
  ];
  const service = published(template, PMLP, { variants });

  test("offers a chooser that sends the municipality to this page, and links every municipality's page", () => {
    const html = render("lv", { service, coverage: [] });
    const page = text(html);
    assert.ok(page.includes("Šo pakalpojumu sniedz katra pašvaldība"));
    assert.match(html, /<form method="get" action="\/pakalpojumi\/majokla-pabalsts"/);
    // In Latvian alphabetical order: Cēsis before Rīga.
    assert.match(
      html,
      /<select[^>]*name="pasvaldiba"[^>]*><option value(?:="")?>Izvēlieties pašvaldību<\/option><option value="CESIS">Cēsu novada pašvaldība<\/option><option value="RIGA">/,
    );
    assert.match(html, /href="\/pakalpojumi\/majokla-pabalsts-cesis">Cēsu novada pašvaldība</);
    assert.ok(page.includes("Visas pašvaldības (2)"));
    assert.ok(page.includes("Par pakalpojumu jautājiet savai pašvaldībai."), "a template's institution is not whom to ask");
    assert.ok(page.includes("Atbildīgā iestāde"));
  });

  test("a chooser sent empty says so next to the field and in the summary, and in the title", () => {
    const html = render("en", { service, coverage: [], chooserError: "catalog.pages.template.choose_required" });
    assert.match(html, /<title>Error: /);
    assert.match(html, /class="govuk-error-summary"[\s\S]*href="#pasvaldiba">Choose a municipality from the list</);
    assert.match(html, /<p id="pasvaldiba-error" class="govuk-error-message">/);
  });

  test("a municipality's own page shows its note and links back to the national description", () => {
    const variant = published(
      {
        ...PASSPORT,
        identifier: "majokla-pabalsts-cesis",
        institution: "CESIS",
        municipalities: ["CESIS"],
        title: { lv: "Mājokļa pabalsts (Cēsu novada pašvaldība)", en: "Housing benefit (Cēsis Municipality)" },
        localNote: { lv: "Cēsīs pabalstu piešķir Sociālais dienests.", en: "In Cēsis the Social Service grants it." },
        variantOf: "majokla-pabalsts",
        costs: [{ amount: 5, currency: "EUR", description: { lv: "Vietējā maksa", en: "Local fee" } }],
      },
      CESIS,
    );
    const html = render("lv", { service: variant, coverage: [CESIS.name] });
    const page = text(html);
    assert.ok(page.includes("Vietējā informācija: Cēsu novada pašvaldība Cēsīs pabalstu piešķir Sociālais dienests."), page);
    assert.match(html, /href="\/pakalpojumi\/majokla-pabalsts">Pakalpojuma vispārīgais apraksts un citas pašvaldības</);
    assert.ok(page.includes("Kur pieejams Cēsu novada pašvaldība"));
    assert.ok(page.includes("5,00 € – Vietējā maksa"));
    assert.ok(!html.includes('name="pasvaldiba"'), "a variant has no chooser");
  });
});
