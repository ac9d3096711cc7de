// What Epak adds to Fastify's request and reply, for every route.
import type { ComponentChildren } from "preact";
import type { Locale } from "../i18n/locale.ts";
import type { Translate } from "../i18n/messages.ts";
import type { Viewer } from "./viewer.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** A full page as HTML, for replies that do not go through reply.page(). */
    renderPage(request: FastifyRequest, body: ComponentChildren): string;
    /** The message translator of a language, for a reply in another language than the request's address says. */
    translator(locale: Locale): Translate;
  }
  interface FastifyRequest {
    /** The language of the page, from the URL (/en/… is English, everything else Latvian). */
    locale: Locale;
    t: Translate;
    /** The person with a live session, or null; set by the identity module before any handler runs. */
    viewer: Viewer | null;
  }
  interface FastifyReply {
    /** Renders a full page (a <Layout>) as this reply's HTML. */
    page(body: ComponentChildren): FastifyReply;
    /**
     * Like page(), for pages that are the same for everyone (no form, nothing personal): the
     * HTML is rendered once per language and site-notice version and then served from memory.
     * A page that shows data passes its `version`: a new version is rendered anew.
     */
    staticPage(render: () => ComponentChildren, version?: string): FastifyReply;
  }
  interface FastifyContextConfig {
    /** Set false only on routes that authenticate their callers by other means than a browser session. */
    csrf?: boolean;
  }
}

declare module "node:http" {
  interface IncomingMessage {
    epakLocale?: Locale;
  }
}
