// The five demo e-services as definition files, published by the seed like an editor's upload.
import { fileURLToPath } from "node:url";

const NAMES = [
  "dzivesvietas-deklaresana",
  "bernu-piedzimsanas-pabalsts",
  "bezdarbnieka-statusa-pieskirsana",
  "majokla-pabalsts-cesis",
  "juridiskas-adreses-maina",
];

export const DEMO_DEFINITION_FILES: string[] = NAMES.map((name) => fileURLToPath(new URL(`./${name}.yaml`, import.meta.url)));
