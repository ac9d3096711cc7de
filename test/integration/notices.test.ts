import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { NoticeCache } from "../../src/platform/notices/index.ts";
import { siteNotice } from "../factories.ts";
import { testApp } from "../harness/app.ts";
import { type TestDatabase, testDatabase } from "../harness/database.ts";

describe("site notices", () => {
  let database: TestDatabase;
  before(async () => {
    database = await testDatabase();
  });
  after(() => database.close());

  test("a notice shows in the page's language once the cache refreshes, and its creation is audited", async () => {
    const cache = new NoticeCache(database.db);
    await cache.refresh();
    const notice = await siteNotice(database.db);
    assert.ok(!cache.current("lv").some((n) => n.text === notice.textLv), "not before a refresh");
    await cache.refresh();
    assert.ok(cache.current("lv").some((n) => n.text === notice.textLv));
    assert.ok(cache.current("en").some((n) => n.text === notice.textEn));
    const audit = await database.db
      .selectFrom("platform.audit_log")
      .select("event")
      .where("subject_type", "=", "site_notice")
      .where("subject_id", "=", String(notice.id))
      .executeTakeFirst();
    assert.equal(audit?.event, "platform.site-notice.create");
  });

  test("an ended notice is not shown", async () => {
    const ended = await siteNotice(database.db, { endsAt: new Date(Date.now() - 60_000) });
    const cache = new NoticeCache(database.db);
    await cache.refresh();
    assert.ok(!cache.current("lv").some((n) => n.text === ended.textLv));
  });
});

describe("site notices on pages served from memory", () => {
  test("a page rendered once shows a new notice after the next refresh", async () => {
    const t = await testApp();
    try {
      const before = await t.http.inject("/pieklustamiba");
      const notice = await siteNotice(t.database.db);
      assert.ok(!before.body.includes(notice.textLv));
      await t.app.notices?.refresh();
      const after = await t.http.inject("/pieklustamiba");
      assert.ok(after.body.includes(notice.textLv));
      const english = await t.http.inject("/en/pieklustamiba");
      assert.ok(english.body.includes(notice.textEn));
    } finally {
      await t.close();
    }
  });
});
