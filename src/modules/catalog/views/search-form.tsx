// The catalogue's search box, on the front page and above the results: a GET form that works
// without script. With script, epak-suggest (src/platform/assets/search-suggestions.js) turns
// the field into a combobox that offers services while the person types; everything it needs
// to say is rendered here, in the page's language.

import { usePage } from "../../../platform/html/page-context.ts";
import { localePath } from "../../../platform/i18n/locale.ts";
import { MAX_QUERY_LENGTH, SEARCH_PATH } from "./search-address.ts";

/** How many suggestions the field offers; the script asks the API for this many. */
const SUGGESTIONS = 6;

type Props = {
  q: string;
  /** Filters the search keeps when the person searches again, as name–value pairs. */
  keep?: [string, string][];
  /** The front page's box is larger and its label reads as the page's question. */
  size?: "l" | "m";
};

export function SearchForm({ q, keep = [], size = "m" }: Props) {
  const { t, locale } = usePage();
  const counts = Array.from({ length: SUGGESTIONS }, (_, i) => t("catalog.search.suggest.count", { count: i + 1 }));
  return (
    <search class={`epak-search epak-search--${size}`}>
      <form method="get" action={localePath(locale, SEARCH_PATH)}>
        {keep.map(([name, value]) => (
          <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
        ))}
        <div class="govuk-form-group">
          <label class={`govuk-label govuk-label--${size}`} for="q">
            {t("catalog.search.label")}
          </label>
          <div class="govuk-hint" id="q-hint">
            {t("catalog.search.hint")}
          </div>
          <div
            class="epak-search__bar"
            data-module="epak-suggest"
            data-api="/api/v1/services"
            data-lang={locale}
            data-service-path={localePath(locale, `${SEARCH_PATH}/`)}
            data-counts={JSON.stringify(counts)}
            data-none={t("catalog.search.suggest.none")}
            data-instructions={t("catalog.search.suggest.instructions")}
            data-list-label={t("catalog.search.suggest.label")}
          >
            <input
              class="govuk-input epak-search__input"
              id="q"
              name="q"
              type="search"
              value={q}
              maxLength={MAX_QUERY_LENGTH}
              aria-describedby="q-hint"
              spellcheck={false}
              enterkeyhint="search"
            />
            <button type="submit" class="govuk-button epak-search__button" data-module="govuk-button">
              {t("catalog.search.submit")}
            </button>
          </div>
        </div>
      </form>
    </search>
  );
}
