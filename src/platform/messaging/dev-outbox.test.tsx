import assert from "node:assert/strict";
import { test } from "node:test";
import { renderDocument } from "../html/render.tsx";
import { Messages } from "../i18n/messages.ts";
import en from "../messages/en.json" with { type: "json" };
import lv from "../messages/lv.json" with { type: "json" };
import type { OutboxMessage } from "./dev-outbox.ts";
import { DevOutboxPage } from "./dev-outbox-views.tsx";

// The platform's own catalogue is all this page uses; the modules' catalogues are not needed.
const messages = new Messages({ lv, en });

const page = (locale: "lv" | "en") => ({
  locale,
  t: messages.translator(locale),
  path: "/dev/izsutitie",
  query: "",
  asset: (name: string) => `/assets/${name}`,
  notices: [],
  viewer: null,
  csrfToken: null,
});

const sent: OutboxMessage[] = [
  {
    id: 2,
    channel: "sms",
    recipient: "+37120000000",
    subject: "",
    body: "Epak kods: 222222",
    createdAt: new Date("2026-11-23T10:05:00Z"),
  },
  {
    id: 1,
    channel: "email",
    recipient: "anna@example.lv",
    subject: "Apstipriniet e-pastu <script>",
    body: "Jūsu kods: 111111\nŠis kods derīgs 10 minūtes.",
    createdAt: new Date("2026-07-01T21:30:00Z"),
  },
];

test("the outbox page lists each message with channel, recipient, time in Riga and its text", () => {
  const html = renderDocument(page("lv"), <DevOutboxPage messages={sent} max={50} />);
  assert.match(html, /<title>Izsūtītās ziņas – /);
  assert.match(html, /<h1 class="govuk-heading-l">Izsūtītās ziņas<\/h1>/);
  // Newest first, as given; an SMS without a subject still has a heading.
  const headings = [...html.matchAll(/<h2 class="govuk-summary-card__title">([^<]*)<\/h2>/g)].map((m) => m[1]);
  assert.deepEqual(headings, ["Bez temata", "Apstipriniet e-pastu &lt;script>"]);
  assert.ok(!html.includes("<script>"), "every value is escaped");
  assert.match(html, /Īsziņa \(SMS\)/);
  assert.match(html, /\+37120000000/);
  // November in Riga is UTC+2, July UTC+3.
  assert.match(html, /<time datetime="2026-11-23T10:05:00.000Z">[^<]*12:05:00<\/time>/);
  assert.match(html, /<time datetime="2026-07-01T21:30:00.000Z">[^<]*2026[^<]*00:30:00<\/time>/);
  assert.match(html, /Jūsu kods: 111111<\/span><span><br\/>Šis kods derīgs 10 minūtes./);
  assert.match(html, /href="\/dev\/izsutitie.json"/);
});

test("the outbox page speaks English and says when nothing has been sent", () => {
  const en = renderDocument(page("en"), <DevOutboxPage messages={sent} max={50} />);
  assert.match(en, /<h1 class="govuk-heading-l">Sent messages<\/h1>/);
  assert.match(en, /23 Nov 2026, 12:05:00/);
  assert.match(en, /Text message \(SMS\)/);
  const empty = renderDocument(page("lv"), <DevOutboxPage messages={[]} max={50} />);
  assert.match(empty, /Vēl nav izsūtīta neviena ziņa\./);
  assert.ok(!empty.includes("govuk-summary-card"));
});
