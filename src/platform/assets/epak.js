// Progressive enhancement only: every page works without this file. It marks the page as
// scripted (so components that need script style themselves), starts govuk-frontend and Epak's own components.
import { initAll } from "./govuk-frontend.min.js";
import { searchSuggestions } from "./search-suggestions.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

// The idle-timeout warning: shown two minutes before the session would end, so that a person
// filling a long form can stay logged in; when the time is up the page says the session ended.
const WARN_BEFORE_MS = 2 * 60 * 1000;
// Going to the "session ended" page a moment late rather than early: early, the session is
// still there and the person would be sent back to where they were.
const END_MARGIN_MS = 1500;

function sessionTimeout(root) {
  // The server says how long is left, not when: this computer's clock may be off.
  const secondsLeft = Number(root.dataset.secondsLeft);
  if (!Number.isFinite(secondsLeft)) return;
  let expiresAt = Date.now() + secondsLeft * 1000;
  const stay = root.querySelector(".epak-session-timeout__stay");
  const ended = () => {
    const back = encodeURIComponent(`${window.location.pathname}${window.location.search}`);
    window.location.assign(`${root.dataset.endedUrl}?atpakal=${back}`);
  };
  let warnTimer;
  let endTimer;
  const schedule = () => {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    const left = expiresAt - Date.now();
    warnTimer = setTimeout(
      () => {
        root.hidden = false;
        root.querySelector("button")?.focus();
      },
      Math.max(0, left - WARN_BEFORE_MS),
    );
    endTimer = setTimeout(ended, Math.max(0, left + END_MARGIN_MS));
  };
  stay?.addEventListener("submit", async (event) => {
    if (event.submitter?.hasAttribute("formaction")) return;
    event.preventDefault();
    const response = await fetch(stay.action, {
      method: "POST",
      headers: { accept: "application/json" },
      body: new URLSearchParams(new FormData(stay)),
      credentials: "same-origin",
    });
    if (!response.ok) return ended();
    const body = await response.json();
    expiresAt = Date.now() + body.idleSecondsLeft * 1000;
    root.hidden = true;
    schedule();
  });
  schedule();
}

for (const root of document.querySelectorAll('[data-module="epak-session-timeout"]')) sessionTimeout(root);

for (const root of document.querySelectorAll('[data-module="epak-suggest"]')) searchSuggestions(root);
