// Node strips TypeScript types itself, but JSX is not erasable syntax: .tsx files are compiled
// here with esbuild as they load, so pages stay plain JSX with no separate build step.
import { readFileSync } from "node:fs";
import { registerHooks } from "node:module";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith("file:") || !url.endsWith(".tsx")) return nextLoad(url, context);
    const path = fileURLToPath(url);
    const { code } = transformSync(readFileSync(path, "utf8"), {
      loader: "tsx",
      format: "esm",
      jsx: "automatic",
      jsxImportSource: "preact",
      sourcefile: path,
      sourcemap: "inline",
      target: "node24",
    });
    return { format: "module", source: code, shortCircuit: true };
  },
});
