import type { ComponentChildren } from "preact";

/**
 * A table that may be wider than a phone scrolls inside this box instead of widening the page;
 * the box is a labelled, focusable region so that keyboard users can scroll it too.
 */
export function TableWrap({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <section class="epak-table-wrap" aria-label={label} tabindex={0}>
      {children}
    </section>
  );
}
