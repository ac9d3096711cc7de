import assert from "node:assert/strict";
import { test } from "node:test";
import { extractText, extractTextItems, getDocumentProxy, getMeta, type StructuredTextItem } from "unpdf";
import { Messages } from "../../../platform/i18n/messages.ts";
import { type ReceiptInput, receiptPdf } from "./receipt-pdf.ts";

const messages = new Messages();

function receipt(overrides: Partial<ReceiptInput> = {}): ReceiptInput {
  return {
    locale: "lv",
    number: "EP-2026-000123",
    serviceTitle: "Dzīvesvietas deklarēšana",
    institutionName: "Pilsonības un migrācijas lietu pārvalde",
    // 10:30 in Riga, whose winter time is two hours ahead of UTC.
    submittedAt: new Date("2026-03-14T08:30:00Z"),
    channel: "assisted",
    applicantName: "Jānis Bērziņš",
    submittedByName: "Ģirts Ķēniņš",
    sections: [
      {
        title: "Jaunā dzīvesvieta",
        rows: [
          { label: "Adrese", value: "Ūdens iela 7-3, Jūrmala, LV-2015" },
          { label: "Vai mājoklis ir jūsu īpašumā?", value: "Nē, īrēju" },
          { label: "Ģimenes locekļi, kas pārceļas līdzi", value: "Žanis Čākurs, Ļena Šņore" },
        ],
      },
    ],
    attachments: [
      { fileName: "Īres līgums.pdf", sizeBytes: 234_567, sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
    ],
    fee: "20,00 €",
    followUrl: "https://epak.example.lv/pieteikumi/EP-2026-000123",
    ...overrides,
  };
}

async function render(input: ReceiptInput) {
  const pdf = await getDocumentProxy(new Uint8Array(await receiptPdf(input, messages.translator(input.locale))));
  const { text } = await extractText(pdf, { mergePages: false });
  return { pdf, pages: text, all: text.join("\n") };
}

test("a Latvian receipt keeps every Latvian letter and says what was submitted, when and by whom", async () => {
  const { all } = await render(receipt());
  for (const expected of [
    "Pieteikuma saņemšanas apliecinājums",
    "EP-2026-000123",
    "Dzīvesvietas deklarēšana",
    "Pilsonības un migrācijas lietu pārvalde",
    "14.03.26 10:30",
    "Klientu apkalpošanas centrā ar konsultanta palīdzību",
    "Jānis Bērziņš",
    "Iesniedza Ģirts Ķēniņš",
    "Maksa 20,00 €",
    "Jaunā dzīvesvieta",
    "Adrese Ūdens iela 7-3, Jūrmala, LV-2015",
    "Nē, īrēju",
    "Žanis Čākurs, Ļena Šņore",
    "https://epak.example.lv/pieteikumi/EP-2026-000123",
    "1. lpp. no 1",
  ]) {
    assert.ok(all.includes(expected), `the receipt says "${expected}"`);
  }
});

test("each attached file is listed with its size and SHA-256 checksum", async () => {
  const files = [
    { fileName: "Īres līgums.pdf", sizeBytes: 234_567, sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
    { fileName: "Pase.jpg", sizeBytes: 3_456_789, sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
  ];
  const lv = await render(receipt({ attachments: files }));
  assert.ok(lv.all.includes("Īres līgums.pdf (234,6 kB)"));
  assert.ok(lv.all.includes("Pase.jpg (3,5 MB)"));
  for (const file of files) assert.ok(lv.all.includes(`SHA-256: ${file.sha256}`));
  const en = await render(receipt({ locale: "en", attachments: files }));
  assert.ok(en.all.includes("Īres līgums.pdf (234.6 kB)"));
  assert.ok(en.all.includes("Attached files"));
});

test("an English receipt is written in English", async () => {
  const { all } = await render(receipt({ locale: "en", channel: "online", submittedByName: null }));
  for (const expected of [
    "Receipt for your application",
    "Application number",
    "EP-2026-000123",
    "Submitted 14/03/2026, 10:30",
    "Submitted through Online",
    "Applicant Jānis Bērziņš",
    "Fee 20,00 €",
    "You can follow your application here:",
    "Page 1 of 1",
  ]) {
    assert.ok(all.includes(expected), `the receipt says "${expected}"`);
  }
  assert.ok(!all.includes("Pieteikum"));
});

test("the document is titled, dated and in the receipt's language", async () => {
  const lv = await getMeta((await render(receipt())).pdf);
  assert.equal(lv.info.Title, "Pieteikuma saņemšanas apliecinājums EP-2026-000123");
  assert.equal(lv.info.Author, "Epak");
  assert.equal(lv.info.Language, "lv-LV");
  assert.equal(lv.info.CreationDate, "D:20260314083000Z");
  const en = await getMeta((await render(receipt({ locale: "en" }))).pdf);
  assert.equal(en.info.Title, "Receipt for your application EP-2026-000123");
  assert.equal(en.info.Language, "en-GB");
});

test("a fee paid online shows the amount, when it was paid and the reference the bank statement carries", async () => {
  const paidAt = new Date("2026-03-14T08:20:00Z");
  const { all } = await render(receipt({ payment: { amount: "20,00 €", reference: "RF61EP2026000042", paidAt } }));
  assert.ok(all.includes("Samaksāts 20,00 € (14.03.26 10:20)"), all);
  assert.ok(all.includes("Maksājuma atsauce RF61EP2026000042"));
  const en = (await render(receipt({ locale: "en", payment: { amount: "€20.00", reference: "RF61EP2026000042", paidAt } }))).all;
  assert.ok(en.includes("Paid €20.00 (14/03/2026, 10:20)"), en);
  assert.ok(en.includes("Payment reference RF61EP2026000042"));
});

test("a receipt without attachments, fee or someone acting for the applicant leaves those out", async () => {
  const { all } = await render(receipt({ attachments: [], fee: null, submittedByName: null }));
  for (const absent of ["Pievienotās datnes", "SHA-256", "Maksa", "Samaksāts", "atsauce", "Iesniedza", "null", "undefined", "eservices."]) {
    assert.ok(!all.includes(absent), `the receipt does not say "${absent}"`);
  }
  assert.ok(all.includes("Pieteicējs Jānis Bērziņš"));
});

test("a long receipt runs over several pages, each numbered, with every answer on one of them", async () => {
  const rows = Array.from({ length: 200 }, (_, i) => ({ label: `Jautājums ${i + 1}`, value: `Atbilde ${i + 1} – ģērbšanās` }));
  const { pdf, pages, all } = await render(receipt({ sections: [{ title: "Daudz atbilžu", rows }] }));
  assert.ok(pages.length > 1);
  pages.forEach((text, i) => {
    assert.ok(text.includes(`${i + 1}. lpp. no ${pages.length}`), `page ${i + 1} has its number`);
    assert.ok(text.includes("EP-2026-000123"), `page ${i + 1} names the application`);
  });
  for (let i = 1; i <= 200; i++)
    assert.equal(all.split("\n").filter((line) => line === `Jautājums ${i} Atbilde ${i} – ģērbšanās`).length, 1);
  await assertNoOverlap(pdf);
});

test("an answer longer than a page flows on to the next pages without losing or overlapping text", async () => {
  const sentence = "Žūžojoša čūska ģērbjas ķēķī. ";
  const long = sentence.repeat(500);
  const { pdf, pages, all } = await render(
    receipt({
      sections: [
        {
          title: "Apraksts",
          rows: [
            { label: "Situācijas apraksts", value: long },
            { label: "Pēdējais", value: "Beigas" },
          ],
        },
      ],
    }),
  );
  assert.ok(pages.length >= 3);
  // Wrapped lines come out as separate lines of text, and each page ends in its footer.
  const body = all
    .split("\n")
    .filter((line) => !/ \d+\. lpp\. no \d+$/.test(line))
    .join(" ");
  assert.equal(body.match(/Žūžojoša čūska ģērbjas ķēķī\./g)?.length, 500);
  assert.ok(all.includes("Pēdējais Beigas"));
  await assertNoOverlap(pdf);
});

/** No two pieces of text on a page cover each other, and all of them are on the page. */
async function assertNoOverlap(pdf: Awaited<ReturnType<typeof getDocumentProxy>>) {
  const { items } = await extractTextItems(pdf);
  for (const [index, page] of items.entries()) {
    const { view } = await pdf.getPage(index + 1);
    const [, , width = 0, height = 0] = view;
    const boxes = page.filter((item) => item.str.trim() !== "");
    for (const box of boxes) {
      assert.ok(box.x >= 0 && box.x + box.width <= width && box.y >= 0 && box.y + box.height <= height, `"${box.str}" is on the page`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]] as [StructuredTextItem, StructuredTextItem];
        assert.ok(!overlaps(a, b), `"${a.str}" and "${b.str}" on page ${index + 1} do not overlap`);
      }
    }
  }
}

function overlaps(a: StructuredTextItem, b: StructuredTextItem): boolean {
  // Boxes that only touch are neighbours on a line or lines close together, not overlapping text.
  const tolerance = 0.5;
  return (
    a.x + tolerance < b.x + b.width &&
    b.x + tolerance < a.x + a.width &&
    a.y + tolerance < b.y + b.height &&
    b.y + tolerance < a.y + a.height
  );
}
