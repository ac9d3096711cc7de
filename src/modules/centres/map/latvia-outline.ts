// Latvia's outline for the server-drawn maps: a simplified polygon of about 90 [longitude,
// latitude] points, written for Epak by following the coast and the land borders at roughly
// 10–20 km steps. It is good enough to show where a place lies in the country, not to measure
// anything: bays, river mouths and the border's smaller turns are smoothed away, and a point
// near the coast or the border may fall a little inside or outside it.
//
// The ring runs clockwise (up the Baltic coast, east along Estonia, south along Russia, west
// along Belarus and Lithuania), which is how d3-geo expects an outer ring.

export type LonLat = [number, number];

const BALTIC_COAST: LonLat[] = [
  [21.06, 56.07], // the Lithuanian border at the sea, south of Nida
  [21.02, 56.22],
  [20.99, 56.37],
  [20.97, 56.52], // Liepāja
  [21.02, 56.66],
  [21.08, 56.78],
  [21.17, 56.9], // Pāvilosta
  [21.3, 56.99],
  [21.39, 57.1],
  [21.42, 57.22],
  [21.5, 57.33],
  [21.55, 57.4], // Ventspils
  [21.68, 57.55],
  [21.85, 57.6],
  [22.05, 57.63],
  [22.25, 57.68],
  [22.45, 57.73],
  [22.6, 57.77], // Cape Kolka
];

const GULF_OF_RIGA_COAST: LonLat[] = [
  [22.68, 57.63],
  [22.8, 57.51], // Roja
  [22.95, 57.42],
  [23.12, 57.34], // Mērsrags
  [23.18, 57.23],
  [23.25, 57.11],
  [23.4, 57.03],
  [23.55, 56.99],
  [23.75, 56.98], // Jūrmala
  [23.95, 57.01],
  [24.05, 57.06], // the mouth of the Daugava
  [24.15, 57.11],
  [24.3, 57.19],
  [24.4, 57.27], // Saulkrasti
  [24.42, 57.38],
  [24.39, 57.5],
  [24.34, 57.62],
  [24.34, 57.75], // Salacgrīva
  [24.35, 57.88], // Ainaži, the Estonian border at the sea
];

const ESTONIAN_BORDER: LonLat[] = [
  [24.55, 57.95],
  [24.8, 57.99],
  [25.05, 58.05],
  [25.2, 58.08], // the northernmost point
  [25.35, 58.01],
  [25.55, 57.97],
  [25.75, 57.92],
  [25.95, 57.85],
  [26.05, 57.79], // Valka and Valga
  [26.25, 57.68],
  [26.45, 57.6],
  [26.65, 57.56],
  [26.9, 57.63],
  [27.1, 57.58],
  [27.35, 57.52], // where Latvia, Estonia and Russia meet
];

const RUSSIAN_BORDER: LonLat[] = [
  [27.55, 57.42],
  [27.7, 57.3],
  [27.85, 57.15],
  [27.8, 57.0],
  [27.72, 56.88],
  [27.9, 56.8],
  [28.05, 56.66],
  [28.15, 56.51],
  [28.24, 56.38], // near Zilupe, the easternmost part
  [28.17, 56.16], // where Latvia, Russia and Belarus meet
];

const BELARUSIAN_BORDER: LonLat[] = [
  [27.95, 56.08],
  [27.7, 55.95],
  [27.45, 55.82],
  [27.2, 55.83],
  [26.95, 55.75],
  [26.63, 55.67], // where Latvia, Belarus and Lithuania meet
];

const LITHUANIAN_BORDER: LonLat[] = [
  [26.4, 55.72],
  [26.2, 55.85],
  [26.0, 55.95],
  [25.88, 55.99], // Subate
  [25.8, 56.08],
  [25.6, 56.15],
  [25.3, 56.18],
  [25.05, 56.22],
  [24.8, 56.29],
  [24.55, 56.3],
  [24.3, 56.32], // south of Bauska
  [24.05, 56.33],
  [23.8, 56.37],
  [23.55, 56.37],
  [23.25, 56.38],
  [23.0, 56.4],
  [22.7, 56.38],
  [22.4, 56.4],
  [22.1, 56.42],
  [21.85, 56.4],
  [21.6, 56.33],
  [21.4, 56.25],
  [21.2, 56.12],
];

const RING: LonLat[] = [
  ...BALTIC_COAST,
  ...GULF_OF_RIGA_COAST,
  ...ESTONIAN_BORDER,
  ...RUSSIAN_BORDER,
  ...BELARUSIAN_BORDER,
  ...LITHUANIAN_BORDER,
];

/** The outline as a GeoJSON polygon (its ring closed: the first point again at the end). */
export const LATVIA = {
  type: "Feature" as const,
  properties: {},
  geometry: { type: "Polygon" as const, coordinates: [[...RING, RING[0] as LonLat]] },
};

export const OUTLINE_POINTS = RING.length;
