import type { ComponentChildren } from "preact";
import { TableWrap } from "./table-wrap.tsx";

type Props = {
  caption: string;
  /** A visible caption is a medium heading; otherwise it is read out only. */
  captionVisible?: boolean;
  /** One per column; an action column's header is usually visually hidden text. */
  headers: ComponentChildren[];
  /** The rows (<tr class="govuk-table__row">). */
  children: ComponentChildren;
};

/** A govuk table with column headers, in a box that scrolls on a narrow screen. */
export function DataTable({ caption, captionVisible = false, headers, children }: Props) {
  return (
    <TableWrap label={caption}>
      <table class="govuk-table">
        <caption class={`govuk-table__caption ${captionVisible ? "govuk-table__caption--m" : "govuk-visually-hidden"}`}>{caption}</caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            {headers.map((header, i) => (
              <th key={i} scope="col" class="govuk-table__header">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="govuk-table__body">{children}</tbody>
      </table>
    </TableWrap>
  );
}
