// What Epak adds to Fastify's request and reply, for every route.
import type { ComponentChildren } from "preact";
import type { Locale } from "../i18n/locale.ts";
import type { Translate } from "../i18n/messages.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The language of the page, from the URL (/en/… is English, everything else Latvian). */
    locale: Locale;
    t: Translate;
  }
  interface FastifyReply {
    /** Renders a full page (a <Layout>) as this reply's HTML. */
    page(body: ComponentChildren): FastifyReply;
    /**
     * Like page(), for pages that are the same for everyone (no form, nothing personal): the
     * HTML is rendered once per language and site-notice version and then served from memory.
     */
    staticPage(render: () => ComponentChildren): FastifyReply;
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
