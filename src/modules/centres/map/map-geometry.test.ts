import assert from "node:assert/strict";
import { test } from "node:test";
import { geoArea, geoContains } from "d3-geo";
import { DEMO_AGENTS } from "../demo/agents.ts";
import { DEMO_CENTRES } from "../demo/centres.ts";
import { LATVIA, OUTLINE_POINTS } from "./latvia-outline.ts";
import { DOT_RADIUS, MAP_HEIGHT, MAP_WIDTH, OUTLINE_PATH, spotsOf } from "./map-geometry.ts";

const EARTH_RADIUS_KM = 6371;

test("the outline is a simplified Latvia: 60–120 points enclosing about 64 600 km²", () => {
  assert.ok(OUTLINE_POINTS >= 60 && OUTLINE_POINTS <= 120, `${OUTLINE_POINTS} points`);
  const area = geoArea(LATVIA) * EARTH_RADIUS_KM ** 2;
  assert.ok(Math.abs(area - 64_600) < 3_000, `${Math.round(area)} km²`);
});

test("every demo centre and digital agent lies inside the outline", () => {
  const outside = [...DEMO_CENTRES.map((c) => ({ ...c, name: c.slug })), ...DEMO_AGENTS].filter(
    (p) => !geoContains(LATVIA, [p.longitude, p.latitude]),
  );
  assert.deepEqual(
    outside.map((p) => p.name),
    [],
  );
});

test("the drawing is wider than tall, as Latvia is, and its path stays inside it", () => {
  assert.ok(MAP_HEIGHT > 300 && MAP_HEIGHT < MAP_WIDTH, `${MAP_WIDTH}×${MAP_HEIGHT}`);
  const numbers = (OUTLINE_PATH.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  assert.ok(numbers.length > 100);
  assert.ok(numbers.every((n) => n >= 0 && n <= MAP_WIDTH));
});

test("dots never cover each other, even for places a few kilometres apart", () => {
  const spots = spotsOf(DEMO_CENTRES);
  for (const [i, a] of spots.entries()) {
    for (const b of spots.slice(i + 1))
      assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= DOT_RADIUS * 2, `${JSON.stringify(a)} ${JSON.stringify(b)}`);
  }
  const [alone] = spotsOf([{ latitude: 57.3119, longitude: 25.2706 }]);
  const [first] = spotsOf(DEMO_CENTRES.filter((c) => c.slug === "cesis"));
  assert.deepEqual(alone, first, "a dot with room stays where its place is");
});
