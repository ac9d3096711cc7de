// Pages are JSX rendered to a string on the server: every value is escaped by Preact unless
// a component deliberately opts out, which none in Epak does.
import type { ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";
import { type PageContext, PageContextProvider } from "./page-context.ts";

export function renderDocument(page: PageContext, body: ComponentChildren): string {
  return `<!DOCTYPE html>${renderToString(<PageContextProvider.Provider value={page}>{body}</PageContextProvider.Provider>)}`;
}
