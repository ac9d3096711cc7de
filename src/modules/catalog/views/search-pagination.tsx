// Result pages as govuk-frontend's pagination marks them up: previous and next, the first and
// last page, and the pages around the current one, with ellipses for the gaps.
import { usePage } from "../../../platform/html/page-context.ts";
import { type SearchAddress, searchHref } from "./search-address.ts";

/** Pages listed on either side of the current one. */
const AROUND = 1;

/** The page numbers to list, with null where pages are left out. */
export function pageItems(current: number, last: number): (number | null)[] {
  const items: (number | null)[] = [];
  for (let page = 1; page <= last; page++) {
    const near = Math.abs(page - current) <= AROUND;
    if (page === 1 || page === last || near) items.push(page);
    else if (items.at(-1) !== null) items.push(null);
  }
  return items;
}

function Arrow({ direction }: { direction: "prev" | "next" }) {
  const path =
    direction === "prev"
      ? "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"
      : "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z";
  return (
    <svg
      class={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={path} />
    </svg>
  );
}

export function SearchPagination({ address, pages }: { address: SearchAddress; pages: number }) {
  const { t, locale } = usePage();
  if (pages <= 1) return null;
  const current = address.page;
  const href = (page: number) => searchHref(locale, { ...address, page });
  return (
    <nav class="govuk-pagination" aria-label={t("catalog.search.pages.label")}>
      {current > 1 ? (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={href(current - 1)} rel="prev">
            <Arrow direction="prev" />
            <span class="govuk-pagination__link-title">{t("catalog.search.pages.previous")}</span>
          </a>
        </div>
      ) : null}
      <ul class="govuk-pagination__list">
        {pageItems(current, pages).map((page, i, items) =>
          page === null ? (
            <li key={`after-${items[i - 1]}`} class="govuk-pagination__item govuk-pagination__item--ellipses">
              ⋯
            </li>
          ) : (
            <li key={page} class={`govuk-pagination__item${page === current ? " govuk-pagination__item--current" : ""}`}>
              <a
                class="govuk-link govuk-pagination__link"
                href={href(page)}
                aria-label={t("catalog.search.pages.page", { page })}
                aria-current={page === current ? "page" : undefined}
              >
                {page}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < pages ? (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={href(current + 1)} rel="next">
            <span class="govuk-pagination__link-title">{t("catalog.search.pages.next")}</span>
            <Arrow direction="next" />
          </a>
        </div>
      ) : null}
    </nav>
  );
}
