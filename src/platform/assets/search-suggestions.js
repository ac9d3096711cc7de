// Suggestions while typing in the catalogue's search box, as progressive enhancement: the field
// becomes a combobox with a list of services (the WAI-ARIA combobox pattern with list
// autocomplete), fed by the public JSON API. Focus stays in the field; the arrow keys move
// through the list, Enter opens the chosen service, Escape closes the list, and a live region
// says how many suggestions there are. Without this script the box is a plain GET form.

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 200;

function setExpanded(input, list, expanded) {
  list.hidden = !expanded;
  input.setAttribute("aria-expanded", String(expanded));
  if (!expanded) input.removeAttribute("aria-activedescendant");
}

/** `root` wraps the field and carries, rendered by the server in the page's language, all it says. */
export function searchSuggestions(root) {
  const input = root.querySelector("input");
  // One text per possible number of suggestions ("1 suggestion", "2 suggestions", …).
  const counts = JSON.parse(root.dataset.counts ?? "[]");
  if (!input || counts.length === 0) return;
  const limit = counts.length;
  const listId = `${input.id}-suggestions`;

  // The list hangs under the field alone, not under the button beside it.
  const box = document.createElement("div");
  box.className = "epak-suggest";
  input.before(box);
  box.append(input);

  const list = document.createElement("ul");
  list.id = listId;
  list.className = "epak-suggest__list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", root.dataset.listLabel ?? "");
  list.hidden = true;
  const status = document.createElement("div");
  status.className = "govuk-visually-hidden";
  status.setAttribute("role", "status");
  box.append(list, status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("aria-expanded", "false");
  // The browser's own list of earlier entries would cover this one.
  input.setAttribute("autocomplete", "off");

  let items = [];
  let active = -1;
  let timer;
  let controller;

  const close = () => {
    active = -1;
    setExpanded(input, list, false);
  };

  const open = (item) => {
    window.location.assign(`${root.dataset.servicePath}${encodeURIComponent(item.identifier)}`);
  };

  const highlight = (index) => {
    active = index;
    for (const [i, option] of [...list.children].entries()) {
      const chosen = i === index;
      option.classList.toggle("epak-suggest__option--active", chosen);
      option.setAttribute("aria-selected", String(chosen));
      if (chosen) {
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      }
    }
  };

  const show = (found) => {
    items = found;
    active = -1;
    list.replaceChildren(
      ...found.map((item, i) => {
        const option = document.createElement("li");
        option.id = `${listId}-${i}`;
        option.className = "epak-suggest__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = item.title?.[root.dataset.lang] || item.title?.lv || item.identifier;
        // Keeps focus in the field, so the click lands before the field's blur closes the list.
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => open(item));
        return option;
      }),
    );
    setExpanded(input, list, found.length > 0);
    status.textContent = found.length > 0 ? `${counts[found.length - 1]}. ${root.dataset.instructions}` : (root.dataset.none ?? "");
  };

  const suggest = async (q) => {
    controller?.abort();
    controller = new AbortController();
    const url = `${root.dataset.api}?${new URLSearchParams({ q, limit: String(limit) })}`;
    try {
      const response = await fetch(url, { signal: controller.signal, headers: { accept: "application/json" } });
      if (!response.ok) return close();
      const body = await response.json();
      if (input.value.trim() === q) show((body.items ?? []).slice(0, limit));
    } catch (error) {
      // A newer request took this one's place; anything else leaves the plain search box.
      if (error.name !== "AbortError") close();
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < MIN_LENGTH) {
      controller?.abort();
      items = [];
      close();
      status.textContent = "";
      return;
    }
    timer = setTimeout(() => suggest(q), DEBOUNCE_MS);
  });

  input.addEventListener("keydown", (event) => {
    if ((event.key === "ArrowDown" || event.key === "ArrowUp") && items.length > 0) {
      event.preventDefault();
      setExpanded(input, list, true);
      const down = event.key === "ArrowDown";
      if (active === -1) highlight(down ? 0 : items.length - 1);
      else highlight((active + (down ? 1 : items.length - 1)) % items.length);
    } else if (event.key === "Enter" && !list.hidden && active >= 0) {
      // Enter without a chosen suggestion sends the form: a search for what was typed.
      event.preventDefault();
      open(items[active]);
    } else if (event.key === "Escape" && !list.hidden) {
      // The list closes; the field keeps what was typed (a search field would clear itself).
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", close);
}
