// What every component of a page may need to know about the request it renders for.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
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
};

export const PageContextProvider = createContext<PageContext | null>(null);

export function usePage(): PageContext {
  const page = useContext(PageContextProvider);
  if (!page) throw new Error("usePage() called outside a rendered page");
  return page;
}
