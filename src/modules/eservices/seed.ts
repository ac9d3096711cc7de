// The demo e-services: the five definition files in definitions/, each checked by the same rules
// as an uploaded file and published as version 1, which also links the catalogue service to it.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Context } from "../../platform/context.ts";
import { publishDefinitionDocument } from "./commands/publish-definition.ts";
import { checkDefinition } from "./definition/definition-schema.ts";
import { DEMO_DEFINITION_FILES } from "./definitions/index.ts";

export async function seedEServices(ctx: Context): Promise<void> {
  for (const file of DEMO_DEFINITION_FILES) {
    const checked = checkDefinition(parse(readFileSync(file, "utf8")));
    if (!checked.ok) throw new Error(`The demo e-service ${file} breaks the definition rules: ${JSON.stringify(checked.problems)}`);
    await publishDefinitionDocument(ctx, checked.definition);
  }
}
