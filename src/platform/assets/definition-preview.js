// The e-service editor's live preview, as progressive enhancement: without script the editor
// presses "Priekšskatīt" and the page comes back with the preview of what was typed. With it,
// each change (after a pause in typing) sends the form the same way in the background and puts
// the preview from the answer in place; a status line tells screen readers, politely, that the
// preview changed. Nothing is saved by this: the server only renders the preview.

const PAUSE_MS = 600;

function definitionPreview(form) {
  const panel = document.getElementById(form.dataset.previewPanel ?? "");
  const status = document.getElementById(form.dataset.previewStatus ?? "");
  if (!panel || !status) return;
  // Not form.action: the form's buttons are named "action", and form.action would be them.
  const address = form.getAttribute("action") ?? "";
  let timer;
  let controller;

  const refresh = async () => {
    controller?.abort();
    controller = new AbortController();
    // The form's own fields, its CSRF token among them, as the "Priekšskatīt" button sends them.
    const body = new URLSearchParams(new FormData(form));
    body.set("action", "preview");
    try {
      const response = await fetch(address, {
        method: "POST",
        body,
        headers: { accept: "text/html" },
        credentials: "same-origin",
        signal: controller.signal,
      });
      // A preview that could not be made (the session ended) leaves the last one; saving will say why.
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = page.getElementById(panel.id);
      if (!fresh) return;
      panel.replaceChildren(...[...fresh.childNodes].map((node) => document.importNode(node, true)));
      status.textContent = "";
      // Set after clearing, so that the same words are announced again on the next change.
      setTimeout(() => {
        status.textContent = form.dataset.previewUpdated ?? "";
      }, 50);
    } catch (error) {
      if (error.name !== "AbortError") throw error;
    }
  };

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, PAUSE_MS);
  };
  form.addEventListener("input", later);
  form.addEventListener("change", later);
}

for (const form of document.querySelectorAll("form[data-preview-panel]")) definitionPreview(form);
