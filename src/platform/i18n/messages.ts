// Message catalogues: each module keeps messages/lv.json and messages/en.json (ICU message
// syntax, flat keys). They are merged into one catalogue per locale at start; every key must
// exist in every locale, which a test checks.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { IntlMessageFormat } from "intl-messageformat";
import { ownerDirs } from "../runtime/owners.ts";
import { LOCALES, type Locale } from "./locale.ts";

export type Catalogue = Record<string, string>;
export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: string, values?: MessageValues) => string;

const SRC = fileURLToPath(new URL("../../", import.meta.url));

/** The directories holding messages/<locale>.json, by owner (platform or a module's name). */
export function messageDirs(srcDir: string = SRC): { owner: string; dir: string }[] {
  const dirs = ownerDirs(srcDir, "messages");
  dirs.push({ owner: "app", dir: join(srcDir, "app", "messages") });
  return dirs.filter((d) => existsSync(d.dir));
}

export function loadCatalogues(srcDir: string = SRC): Record<Locale, Catalogue> {
  const result = { lv: {}, en: {} } as Record<Locale, Catalogue>;
  for (const { owner, dir } of messageDirs(srcDir)) {
    for (const locale of LOCALES) {
      const file = join(dir, `${locale}.json`);
      if (!existsSync(file)) throw new Error(`Messages of ${owner} have no ${locale}.json`);
      const entries = JSON.parse(readFileSync(file, "utf8")) as Catalogue;
      for (const [key, text] of Object.entries(entries)) {
        if (key in result[locale]) throw new Error(`Message key "${key}" is defined twice (${owner}, ${locale})`);
        result[locale][key] = text;
      }
    }
  }
  return result;
}

export class Messages {
  readonly #catalogues: Record<Locale, Catalogue>;
  readonly #compiled = new Map<string, IntlMessageFormat>();

  constructor(catalogues: Record<Locale, Catalogue> = loadCatalogues()) {
    this.#catalogues = catalogues;
  }

  has(locale: Locale, key: string): boolean {
    return key in this.#catalogues[locale];
  }

  format(locale: Locale, key: string, values?: MessageValues): string {
    const text = this.#catalogues[locale][key];
    // A missing message shows its key rather than breaking the page; the catalogue test keeps
    // this from reaching anyone.
    if (text === undefined) return key;
    const cacheKey = `${locale}\u0000${key}`;
    let compiled = this.#compiled.get(cacheKey);
    if (!compiled) {
      compiled = new IntlMessageFormat(text, locale);
      this.#compiled.set(cacheKey, compiled);
    }
    return String(compiled.format(values));
  }

  translator(locale: Locale): Translate {
    return (key, values) => this.format(locale, key, values);
  }
}
