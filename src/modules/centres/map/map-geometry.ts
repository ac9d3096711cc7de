// Where things go on the server-drawn map of Latvia: the outline projected once (Mercator,
// fitted to the drawing's width), and places projected onto it. Places so close that their dots
// would cover each other (Riga and the towns around it) are nudged apart along a spiral, so that
// every dot stays visible and can be clicked; the list beside the map gives the exact places.
import { geoMercator, geoPath } from "d3-geo";
import { LATVIA } from "./latvia-outline.ts";

export const MAP_WIDTH = 640;
/** Room around the outline for the dots of coastal and border towns. */
const PADDING = 18;
export const DOT_RADIUS = 6;
/** Centres of two dots at least this far apart: a dot's width and a gap. */
const MIN_DISTANCE = DOT_RADIUS * 2 + 3;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

const projection = geoMercator().fitWidth(MAP_WIDTH - 2 * PADDING, LATVIA);
projection.translate([projection.translate()[0] + PADDING, projection.translate()[1] + PADDING]);
const path = geoPath(projection).digits(1);

export const MAP_HEIGHT = Math.ceil((path.bounds(LATVIA)[1]?.[1] ?? 0) + PADDING);
export const OUTLINE_PATH = path(LATVIA) ?? "";

export type Place = { latitude: number; longitude: number };
export type Spot = { x: number; y: number };

function project(place: Place): Spot {
  const [x, y] = projection([place.longitude, place.latitude]) ?? [0, 0];
  return { x, y };
}

function overlaps(spot: Spot, taken: Spot[]): boolean {
  return taken.some((t) => Math.hypot(t.x - spot.x, t.y - spot.y) < MIN_DISTANCE);
}

const round = (n: number) => Math.round(n * 10) / 10;
const within = (n: number, max: number) => Math.min(Math.max(n, DOT_RADIUS), max - DOT_RADIUS);

/** Each place's spot on the map, in the order given; a later place gives way to an earlier one. */
export function spotsOf(places: Place[]): Spot[] {
  const taken: Spot[] = [];
  for (const place of places) {
    const at = project(place);
    let spot = at;
    for (let step = 1; overlaps(spot, taken); step++) {
      const distance = MIN_DISTANCE * 0.75 * Math.sqrt(step);
      spot = { x: at.x + distance * Math.cos(step * GOLDEN_ANGLE), y: at.y + distance * Math.sin(step * GOLDEN_ANGLE) };
    }
    taken.push(spot);
  }
  return taken.map((s) => ({ x: round(within(s.x, MAP_WIDTH)), y: round(within(s.y, MAP_HEIGHT)) }));
}
