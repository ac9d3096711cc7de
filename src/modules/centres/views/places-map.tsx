// Latvia drawn as SVG on the server, with a dot for each place; every dot is a link with the
// place's name. Nothing here needs a script or a map tile. The map is a picture of the list
// beside it, which is its text alternative (aria-details points there, and the caption says so);
// its dots are left out of the tab order for the same reason, so keyboard users go through the
// list instead of through dozens of dots.
import { usePage } from "../../../platform/html/page-context.ts";
import { DOT_RADIUS, MAP_HEIGHT, MAP_WIDTH, OUTLINE_PATH, type Place, spotsOf } from "../map/map-geometry.ts";

export type MapPoint = Place & { key: string; href: string; label: string };

type Props = {
  id: string;
  /** What the map shows, as its accessible name ("Client service centres on a map of Latvia"). */
  title: string;
  points: MapPoint[];
  /** The caption: what the dots are and where the same places are listed. */
  caption: string;
  /** The id of the list that holds the same places. */
  listId: string;
};

export function PlacesMap({ id, title, points, caption, listId }: Props) {
  const { t } = usePage();
  const spots = spotsOf(points);
  const captionId = `${id}-caption`;
  return (
    <figure class="govuk-!-margin-0 govuk-!-margin-bottom-6" id={id}>
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        width="100%"
        aria-labelledby={`${id}-title`}
        aria-describedby={captionId}
        aria-details={listId}
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <path d={OUTLINE_PATH} fill="#f3f2f1" stroke="#505a5f" stroke-width="1.5" stroke-linejoin="round" />
        {points.map((p, i) => {
          const spot = spots[i] ?? { x: 0, y: 0 };
          return (
            <a key={p.key} href={p.href} aria-label={p.label} tabindex={-1}>
              <title>{p.label}</title>
              <circle cx={spot.x} cy={spot.y} r={DOT_RADIUS} fill="#1d4f91" stroke="#ffffff" stroke-width="2" />
            </a>
          );
        })}
      </svg>
      <figcaption class="govuk-body-s govuk-!-margin-top-2" id={captionId}>
        {caption}{" "}
        <a class="govuk-link" href={`#${listId}`}>
          {t("centres.map.to_list")}
        </a>
      </figcaption>
    </figure>
  );
}
