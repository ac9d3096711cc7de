// Builds the design system into dist/assets: Sass compiled from the project's own sources and
// govuk-frontend from node_modules (nothing from a CDN), each file named in a manifest with a
// content hash so pages can ask browsers to cache assets for a year.
import { buildAssets } from "../src/platform/html/assets.ts";

const started = performance.now();
const manifest = await buildAssets();
console.log(`Built ${Object.keys(manifest).length} assets in ${Math.round(performance.now() - started)} ms`);
