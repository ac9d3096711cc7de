// The compiled design system: where it lives, how it is built, and the cache-busting URLs the
// layout links to.
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const ASSETS_DIR = join(ROOT, "dist", "assets");
const SOURCE_DIR = join(ROOT, "src", "platform", "assets");
const MANIFEST = join(ASSETS_DIR, "manifest.json");

export type AssetManifest = Record<string, string>;

function govukDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("govuk-frontend/package.json")), "dist", "govuk");
}

function hash(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex").slice(0, 12);
}

export async function buildAssets(): Promise<AssetManifest> {
  const sass = await import("sass");
  mkdirSync(ASSETS_DIR, { recursive: true });
  const govuk = govukDir();
  const css = sass.compile(join(SOURCE_DIR, "epak.scss"), {
    loadPaths: [dirname(govuk), SOURCE_DIR],
    style: "compressed",
    quietDeps: true,
    silenceDeprecations: ["import", "global-builtin", "color-functions", "slash-div"],
  });
  writeFileSync(join(ASSETS_DIR, "epak.css"), css.css);
  cpSync(join(govuk, "govuk-frontend.min.js"), join(ASSETS_DIR, "govuk-frontend.min.js"));
  cpSync(join(govuk, "assets"), join(ASSETS_DIR, "govuk"), { recursive: true });
  // epak.js loads the other scripts as modules beside it.
  for (const script of readdirSync(SOURCE_DIR).filter((f) => f.endsWith(".js"))) cpSync(join(SOURCE_DIR, script), join(ASSETS_DIR, script));
  cpSync(join(SOURCE_DIR, "favicon.svg"), join(ASSETS_DIR, "favicon.svg"));
  const manifest: AssetManifest = {};
  for (const name of ["epak.css", "epak.js", "govuk-frontend.min.js", "favicon.svg"]) {
    manifest[name] = hash(join(ASSETS_DIR, name));
  }
  writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2));
  return manifest;
}

function newestSource(): number {
  return Math.max(...readdirSync(SOURCE_DIR).map((f) => statSync(join(SOURCE_DIR, f)).mtimeMs));
}

/** The manifest, building the assets first when they are missing or older than their sources. */
export async function ensureAssets(): Promise<AssetManifest> {
  if (existsSync(MANIFEST) && statSync(MANIFEST).mtimeMs >= newestSource()) {
    return JSON.parse(readFileSync(MANIFEST, "utf8")) as AssetManifest;
  }
  return buildAssets();
}

export function assetUrl(manifest: AssetManifest, name: string): string {
  const version = manifest[name];
  return version ? `/assets/${name}?v=${version}` : `/assets/${name}`;
}
