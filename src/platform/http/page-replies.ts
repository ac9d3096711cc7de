// reply.page() and reply.staticPage(): a page component rendered in the request's language,
// with the shell's context (path, assets, site notices), sent as HTML.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ComponentChildren } from "preact";
import { type AssetManifest, assetUrl } from "../html/assets.ts";
import type { SiteNotice } from "../html/page-context.ts";
import { renderDocument } from "../html/render.tsx";

const STATIC_PAGE_CACHE_SIZE = 200;

type PageOptions = {
  assets: AssetManifest;
  notices: (locale: "lv" | "en") => SiteNotice[];
  noticesVersion: () => number;
};

function pathOf(request: FastifyRequest): string {
  return request.url.split("?")[0] ?? "/";
}

function queryOf(request: FastifyRequest): string {
  const at = request.url.indexOf("?");
  return at === -1 ? "" : request.url.slice(at);
}

/** Adds reply.page() and reply.staticPage(); returns the renderer for replies made before routing. */
export function registerPageReplies(
  app: FastifyInstance,
  options: PageOptions,
): (request: FastifyRequest, body: ComponentChildren, query: string, csrfToken?: string | null) => string {
  const render = (request: FastifyRequest, body: ComponentChildren, query: string, csrfToken: string | null = null) =>
    renderDocument(
      {
        locale: request.locale,
        t: request.t,
        path: pathOf(request),
        query,
        asset: (name) => assetUrl(options.assets, name),
        notices: options.notices(request.locale),
        viewer: request.viewer,
        csrfToken,
      },
      body,
    );
  app.decorateReply("page", function page(body: ComponentChildren) {
    const query = this.request.method === "GET" ? queryOf(this.request) : "";
    // A page with someone's name on it is theirs alone: no cache may keep it.
    if (this.request.viewer) this.header("cache-control", "no-store");
    const csrfToken = this.request.viewer ? this.generateCsrf() : null;
    return this.type("text/html; charset=utf-8").send(render(this.request, body, query, csrfToken));
  });
  // For pages served by something other than a Fastify reply (the development identity
  // provider's own endpoints), in the same shell.
  app.decorate("renderPage", (request: FastifyRequest, body: ComponentChildren) => render(request, body, ""));
  // Kept as bytes: a cached page is sent as it is, without encoding it again per request.
  const rendered = new Map<string, Buffer>();
  app.decorateReply("staticPage", function staticPage(body: () => ComponentChildren, version = "") {
    // The shared copy is the anonymous one; a logged-in person sees their own header.
    if (this.request.viewer) return this.page(body());
    const key = `${options.noticesVersion()}|${version}|${this.request.locale}|${pathOf(this.request)}`;
    let html = rendered.get(key);
    if (html === undefined) {
      // Bounded: a handful of static pages per language; old notice and data versions are dropped.
      if (rendered.size >= STATIC_PAGE_CACHE_SIZE) rendered.clear();
      // Rendered without the query string: the page is shared, so nothing of one request's
      // address may end up in it (the language switch links to the plain page).
      html = Buffer.from(render(this.request, body(), ""));
      rendered.set(key, html);
    }
    return this.type("text/html; charset=utf-8").send(html);
  });
  return render;
}
