// The search results page (/pakalpojumi): the search box with the query, the facets in a
// sidebar (above the results on a narrow screen), the results and their pages. Without a query
// it lists every service, so the same page is also the way to browse the catalogue by filter.
import { Layout } from "../../../platform/html/layout.tsx";
import { usePage } from "../../../platform/html/page-context.ts";
import type { SearchResult } from "../queries/search-services.ts";
import type { Marker } from "../search/highlight.ts";
import { addressParams, PAGE_SIZE, type SearchAddress } from "./search-address.ts";
import { SearchFacets } from "./search-facets.tsx";
import { SearchForm } from "./search-form.tsx";
import type { SearchLookups } from "./search-labels.ts";
import { SearchPagination } from "./search-pagination.tsx";
import { SearchResults } from "./search-results.tsx";

type Props = { address: SearchAddress; result: SearchResult; marker: Marker; lookups: SearchLookups; ignored: string[] };

function pageTitle(t: ReturnType<typeof usePage>["t"], address: SearchAddress): string {
  const base = address.q ? t("catalog.search.title_for", { q: address.q }) : t("catalog.search.title");
  return address.page > 1 ? `${base} (${t("catalog.search.title_page", { page: address.page })})` : base;
}

export function SearchPage({ address, result, marker, lookups, ignored }: Props) {
  const { t } = usePage();
  // Searching again keeps the filters, not the page number or the expanded lists.
  const keep = addressParams({ ...address, q: "", page: 1, expanded: [] });
  return (
    <Layout title={pageTitle(t, address)}>
      <h1 class="govuk-heading-xl">{t("catalog.search.heading")}</h1>
      <SearchForm q={address.q} keep={keep} />
      <div class="govuk-grid-row epak-search-page">
        {result.facets ? (
          <div class="govuk-grid-column-one-third">
            <SearchFacets facets={result.facets} address={address} lookups={lookups} />
          </div>
        ) : null}
        <div class="govuk-grid-column-two-thirds">
          <SearchResults address={address} result={result} marker={marker} lookups={lookups} ignored={ignored} />
          <SearchPagination address={address} pages={Math.ceil(result.total / PAGE_SIZE)} />
        </div>
      </div>
    </Layout>
  );
}
