import assert from "node:assert/strict";
import { test } from "node:test";
import { Messages } from "../i18n/messages.ts";
import { Layout } from "./layout.tsx";
import { renderDocument } from "./render.tsx";

const page = (locale: "lv" | "en") => ({
  locale,
  t: new Messages().translator(locale),
  path: "/pieklustamiba",
  query: "",
  asset: (name: string) => `/assets/${name}`,
  notices: [{ level: "info" as const, text: "<script>alert(1)</script>" }],
  viewer: null,
  csrfToken: null,
});

test("every value is escaped", () => {
  const html = renderDocument(page("lv"), <Layout title={`"><img src=x onerror=alert(1)>`}>{"<b>bold</b>"}</Layout>);
  assert.ok(!html.includes("<script>alert(1)</script>"));
  assert.ok(!html.includes("<img src=x"));
  assert.ok(!html.includes("<b>bold</b>"));
  assert.ok(html.includes("&lt;b>bold&lt;/b>") || html.includes("&lt;b&gt;bold&lt;/b&gt;"));
});

test("the shell has the language, a skip link first, and a switch to the same page in the other language", () => {
  const lv = renderDocument(page("lv"), <Layout title="T">x</Layout>);
  assert.match(lv, /^<!DOCTYPE html><html lang="lv"/);
  assert.match(lv, /<body[^>]*><a href="#main-content" class="govuk-skip-link"/);
  assert.match(lv, /href="\/en\/pieklustamiba" lang="en" hreflang="en"/);
  assert.match(lv, /<main class="govuk-main-wrapper" id="main-content">/);
  const en = renderDocument(page("en"), <Layout title="T">x</Layout>);
  assert.match(en, /<html lang="en"/);
  assert.match(en, /href="\/pieklustamiba" lang="lv" hreflang="lv"/);
  assert.match(en, /Skip to main content/);
});
