// Progressive enhancement only: every page works without this file. It marks the page as
// scripted (so components that need script style themselves) and starts govuk-frontend.
import { initAll } from "./govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
