// The public news pages and the questions page, in Latvian and English: the demo articles newest
// first, an article's text as plain escaped paragraphs, pages of ten, and the questions' contents
// list leading to each answer.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type TestApp, testApp } from "../harness/app.ts";

function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&quot;", '"')
    .replaceAll("&amp;", "&")
    .replace(/\s+/g, " ");
}

/** Headings of the page's own content, not of the shell around it. */
function headings(html: string, level: number): string[] {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
  return [...main.matchAll(new RegExp(`<h${level}[^>]*>([\\s\\S]*?)</h${level}>`, "g"))].map((m) => text(m[1] ?? "").trim());
}

describe("news pages", () => {
  let site: TestApp;

  before(async () => {
    site = await testApp({ seed: true });
  });
  after(() => site.close());

  const get = (url: string) => site.http.inject({ method: "GET", url });

  test("the list shows the published articles newest first, with the subscription box, in Latvian and English", async () => {
    const lv = await get("/aktualitates");
    assert.equal(lv.statusCode, 200);
    assert.deepEqual(headings(lv.body, 1), ["Aktualitātes"]);
    const titles = headings(lv.body, 2);
    assert.deepEqual(titles.slice(0, 5), [
      "Kas ir e-indekss un ko tas mēra",
      "Digitāli nobriedušākās iestādes un pašvaldības 2019. gadā",
      "Sociālie tīkli un mobilās ierīces iestāžu saziņā ar iedzīvotājiem",
      "Iestādes arvien vairāk dokumentu sūta elektroniski",
      "E-indekss 2019: elektroniski sniegto pakalpojumu kļuvis krietni vairāk",
    ]);
    assert.ok(titles.includes("Aktualitātes e-pastā"), "the subscription box");
    assert.match(lv.body, /<form method="post" action="\/aktualitates\/abonet"/);
    assert.match(lv.body, /<time datetime="2019-12-20T08:00:00.000Z">2019. gada 20. decembris<\/time>/);

    const en = await get("/en/aktualitates");
    assert.equal(en.statusCode, 200);
    assert.deepEqual(headings(en.body, 1), ["News"]);
    assert.equal(headings(en.body, 2)[0], "What the e-index is and what it measures");
    assert.match(en.body, /<form method="post" action="\/en\/aktualitates\/abonet"/);
    assert.match(en.body, /href="\/en\/aktualitates\/kas-ir-e-indekss"/);
  });

  test("an article page has its title, date, publisher and paragraphs in the page's language", async () => {
    const lv = await get("/aktualitates/iestades-arvien-vairak-dokumentu-suta-elektroniski");
    assert.equal(lv.statusCode, 200);
    assert.deepEqual(headings(lv.body, 1), ["Iestādes arvien vairāk dokumentu sūta elektroniski"]);
    assert.match(text(lv.body), /2019. gada 13. decembris · Publicēja: Viedās administrācijas un reģionālās attīstības ministrija/);
    assert.equal((lv.body.match(/<p class="govuk-body">[^<]*(dokument|risinājum)/g) ?? []).length, 4, "four paragraphs");

    const en = await get("/en/aktualitates/iestades-arvien-vairak-dokumentu-suta-elektroniski");
    assert.deepEqual(headings(en.body, 1), ["Institutions send more and more documents electronically"]);
    assert.match(text(en.body), /13 December 2019 · Published by: Ministry of Smart Administration and Regional Development/);
  });

  test("an article's text is shown as text: markup typed by an editor is escaped, never run", async () => {
    await site.database.db
      .insertInto("news.article")
      .values({
        slug: "markup",
        institution: "VDAA",
        status: "published",
        title_lv: "Virsraksts <i>slīpi</i>",
        title_en: "Title",
        summary_lv: "Kopsavilkums",
        summary_en: "Summary",
        body_lv: 'Pirmā rindkopa <script>alert("x")</script>\n\nOtrā <a href="javascript:x">saite</a>',
        body_en: "Body",
        published_at: new Date("2001-01-01T00:00:00Z"),
        created_at: new Date(),
        created_by: "test",
        updated_at: new Date(),
        updated_by: "test",
      })
      .execute();
    const page = await get("/aktualitates/markup");
    assert.equal(page.statusCode, 200);
    assert.ok(!page.body.includes("<script>alert"), "no script element from the text");
    assert.ok(!page.body.includes('<a href="javascript:x">'), "no link from the text");
    assert.ok(page.body.includes("Pirmā rindkopa &lt;script>alert"), "the script shows as text");
    assert.ok(page.body.includes("Virsraksts &lt;i>slīpi&lt;/i>"));
    await site.database.db.deleteFrom("news.article").where("slug", "=", "markup").execute();
  });

  test("an unknown, draft or taken-down article is not found", async () => {
    assert.equal((await get("/aktualitates/nav-tadas")).statusCode, 404);
    await site.database.db.updateTable("news.article").set({ status: "unpublished" }).where("slug", "=", "kas-ir-e-indekss").execute();
    try {
      assert.equal((await get("/aktualitates/kas-ir-e-indekss")).statusCode, 404);
      assert.ok(!(await get("/aktualitates")).body.includes("Kas ir e-indekss un ko tas mēra"));
    } finally {
      await site.database.db.updateTable("news.article").set({ status: "published" }).where("slug", "=", "kas-ir-e-indekss").execute();
    }
  });

  test("more than ten articles go over pages; a page past the last is not found", async () => {
    const at = (i: number) => new Date(Date.UTC(2020, 0, i + 1));
    await site.database.db
      .insertInto("news.article")
      .values(
        Array.from({ length: 8 }, (_, i) => ({
          slug: `zina-${i}`,
          institution: "VDAA",
          status: "published" as const,
          title_lv: `Ziņa ${i}`,
          title_en: `Item ${i}`,
          summary_lv: "K",
          summary_en: "S",
          body_lv: "T",
          body_en: "B",
          published_at: at(i),
          created_at: at(i),
          created_by: "test",
          updated_at: at(i),
          updated_by: "test",
        })),
      )
      .execute();
    try {
      const first = await get("/aktualitates");
      const firstTitles = headings(first.body, 2).filter((h) => h !== "Aktualitātes e-pastā");
      assert.equal(firstTitles.length, 10);
      assert.equal(firstTitles[0], "Ziņa 7");
      assert.match(first.body, /href="\/aktualitates\?lapa=2" rel="next"/);
      assert.match(text(first.body), /1\. lapa no 2/);

      const second = await get("/aktualitates?lapa=2");
      assert.equal(second.statusCode, 200);
      assert.deepEqual(
        headings(second.body, 2).filter((h) => h !== "Aktualitātes e-pastā"),
        [
          "Sociālie tīkli un mobilās ierīces iestāžu saziņā ar iedzīvotājiem",
          "Iestādes arvien vairāk dokumentu sūta elektroniski",
          "E-indekss 2019: elektroniski sniegto pakalpojumu kļuvis krietni vairāk",
        ],
      );
      assert.match(second.body, /<title>Aktualitātes, 2\. lapa/);
      assert.match(second.body, /href="\/aktualitates" rel="prev"/);
      assert.equal((await get("/aktualitates?lapa=3")).statusCode, 404);
      assert.equal((await get("/aktualitates?lapa=abc")).statusCode, 200, "a page that is not a number is the first");
    } finally {
      await site.database.db.deleteFrom("news.article").where("slug", "like", "zina-%").execute();
    }
  });

  test("the questions page lists every question in its contents, each leading to its answer", async () => {
    for (const [url, title, sections] of [
      ["/buj", "Biežāk uzdotie jautājumi", ["Saturs", "Kas ir e-pakalpojumi?", "Kā sākt?", "Vai tas ir droši?", "Kur saņemt palīdzību?"]],
      [
        "/en/buj",
        "Frequently asked questions",
        ["Contents", "What are e-services?", "How do I start?", "Is it safe?", "Where can I get help?"],
      ],
    ] as const) {
      const page = await get(url);
      assert.equal(page.statusCode, 200);
      assert.deepEqual(headings(page.body, 1), [title]);
      assert.deepEqual(headings(page.body, 2), sections);
      const nav = /<nav[^>]*aria-labelledby="contents"[^>]*>([\s\S]*?)<\/nav>/.exec(page.body)?.[1] ?? "";
      const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
      assert.ok(targets.length >= 16, `contents links: ${targets.length}`);
      for (const id of targets) assert.match(page.body, new RegExp(`<h[23][^>]* id="${id}"`), `#${id} has a heading`);
    }
  });
});
