import assert from "node:assert/strict";
import { test } from "node:test";
import { Messages } from "../../../platform/i18n/messages.ts";
import { readAnswer } from "./answer-formats.ts";
import { holds } from "./conditions.ts";
import { type Flow, nextPage, visiblePages } from "./form-flow.ts";
import type { EServiceDefinition, Page } from "./model.ts";
import { checkApplication, checkPage } from "./validate-answers.ts";

const t = new Messages().translator("lv");
const text = (lv: string) => ({ lv, en: lv });

const address: Page = { id: "address", title: text("Adrese"), questions: [{ id: "address", type: "address", label: text("Adrese") }] };
const consent: Page = {
  id: "consent",
  title: text("Piekrišana"),
  showIf: { field: "address", notIn: { prefill: "ownedProperties.addressCodes" } },
  questions: [
    {
      id: "basis",
      type: "choice",
      label: text("Pamats"),
      options: [
        { value: "lease", label: text("Īre") },
        { value: "owner", label: text("Piekrišana") },
      ],
    },
    {
      id: "from",
      type: "date",
      label: text("No kura datuma"),
      rules: [{ rule: "notAfter", value: "today", message: text("Datums nevar būt nākotnē") }],
    },
  ],
};
const household: Page = {
  id: "household",
  title: text("Mājsaimniecība"),
  questions: [
    {
      id: "members",
      type: "group",
      label: text("Locekļi"),
      rules: [{ rule: "maxItems", value: 2, message: text("Ne vairāk kā 2") }],
      questions: [
        { id: "name", type: "text", label: text("Vārds") },
        { id: "income", type: "money", label: text("Ienākumi"), rules: [{ rule: "max", value: 100000, message: text("Par daudz") }] },
      ],
    },
  ],
};
const definition = { pages: [address, consent, household] } as unknown as EServiceDefinition;
const flow = (answers: Flow["answers"], owned: string[] = ["105117328"]): Flow => ({
  definition,
  answers,
  prefill: { ownedProperties: { addressCodes: owned } },
});
const checking = (f: Flow) => ({ flow: f, today: "2026-11-23", locale: "lv" as const, t });

test("the owner's consent page appears only for an address the person does not own", () => {
  assert.deepEqual(
    visiblePages(flow({ address: "105117328" })).map((p) => p.id),
    ["address", "household"],
  );
  assert.deepEqual(
    visiblePages(flow({ address: "102114367" })).map((p) => p.id),
    ["address", "consent", "household"],
  );
  assert.equal(nextPage(flow({ address: "102114367" }), "address")?.id, "consent");
  // Nothing answered yet: a condition on a missing answer is false, so the page waits.
  assert.equal(holds({ field: "address", notIn: ["1"] }, { answers: {}, prefill: {} }), false);
});

test("answers are read as people type them and stored in one form", () => {
  assert.deepEqual(readAnswer("money", "1 234,5 €"), { ok: true, value: "1234.50" });
  assert.deepEqual(readAnswer("date", "2026-2-30"), { ok: false, code: "invalid_date" });
  assert.deepEqual(readAnswer("date", "2026-2-3"), { ok: true, value: "2026-02-03" });
  assert.deepEqual(readAnswer("iban", "lv80 bank 0000 4351 9500 1"), { ok: true, value: "LV80BANK0000435195001" });
  assert.deepEqual(readAnswer("iban", "LV81BANK0000435195001"), { ok: false, code: "invalid_iban" });
  assert.deepEqual(readAnswer("personalCode", "15038413866"), { ok: true, value: "150384-13866" });
  assert.deepEqual(readAnswer("registrationNumber", "40103587987"), { ok: false, code: "invalid_registration_number" });
});

test("a page reports each field with the definition's message or the type's own", () => {
  const f = flow({ address: "102114367", basis: "rent", from: "2027-1-5" });
  const { errors } = checkPage(consent, checking(f));
  assert.equal(errors.basis, t("eservices.answer.choose_one"));
  assert.equal(errors.from, "Datums nevar būt nākotnē");
});

test("repeating groups are checked item by item and counted", () => {
  const items = [
    { name: "Anna", income: "12,5" },
    { name: "", income: "500000" },
    { name: "Jānis", income: "0" },
  ];
  const { answers, errors } = checkPage(household, checking(flow({ members: items })));
  assert.equal(errors["members.1.name"], t("eservices.answer.required"));
  assert.equal(errors["members.1.income"], "Par daudz");
  assert.equal(errors.members, "Ne vairāk kā 2");
  assert.equal((answers.members as { income: string }[])[0]?.income, "12.50");
});

test("at submission every visible page is checked again and hidden pages' answers are dropped", () => {
  const f = flow({ address: "105117328", basis: "lease", from: "2026-11-01", members: [{ name: "Anna", income: "10" }] });
  const { answers, problems } = checkApplication(checking(f));
  assert.equal(problems.length, 0);
  assert.equal(answers.basis, undefined, "the consent page is hidden for one's own property");
  const broken = checkApplication(checking(flow({ address: "12" })));
  assert.deepEqual(
    broken.problems.map((p) => p.page.id),
    ["address", "consent", "household"],
  );
});
