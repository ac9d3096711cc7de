// What every component of a page may need to know about the request it renders for.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Viewer } from "../http/viewer.ts";
import type { Locale } from "../i18n/locale.ts";
import type { Translate } from "../i18n/messages.ts";

export type SiteNotice = { level: "info" | "warning"; text: string };

export type PageContext = {
  locale: Locale;
  t: Translate;
  /** The current page's path without its language prefix. */
  path: string;
  /** The query string of a GET page ("?…" or ""), kept when switching language. */
  query: string;
  asset: (name: string) => string;
  notices: SiteNotice[];
  /** The person logged in, for the header's account links and the session timeout warning. */
  viewer: Viewer | null;
  /** A CSRF token for forms in the shell (logout); present whenever there is a viewer. */
  csrfToken: string | null;
};

export const PageContextProvider = createContext<PageContext | null>(null);

export function usePage(): PageContext {
  const page = useContext(PageContextProvider);
  if (!page) throw new Error("usePage() called outside a rendered page");
  return page;
}
