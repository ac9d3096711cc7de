// The process of each demo e-service, named by the definition's `process`. A real deployment
// would let institutions edit these as data, like e-service definitions; five fixed ones are
// enough to carry the demo's applications to a decision.
import type { ProcessStep, ProcessTemplate } from "./model.ts";

const decision = (institution: string): ProcessStep => ({
  id: "decision",
  kind: "decision",
  institution,
  title: { lv: "Lēmuma pieņemšana", en: "Decision" },
});

const review = (institution: string, lv: string, en: string): ProcessStep => ({
  id: "review",
  kind: "review",
  institution,
  title: { lv, en },
});

const GRANTED = {
  lv: "Iesniegums {number} izskatīts. Iesniegumā norādītās ziņas atbilst valsts reģistru datiem, un prasības ir izpildītas, tāpēc iesniegums apmierināts.",
  en: "Application {number} has been examined. What it states agrees with the state registers and the requirements are met, so the application is granted.",
};
const REFUSED = {
  lv: "Iesniegums {number} izskatīts. Iesniegums noraidīts, jo [norādiet iemeslu un tiesību normu]. Lēmumu var apstrīdēt viena mēneša laikā no tā spēkā stāšanās dienas.",
  en: "Application {number} has been examined. The application is refused because [state the reason and the legal provision]. The decision can be contested within one month of the day it takes effect.",
};

export const PROCESSES: readonly ProcessTemplate[] = [
  {
    id: "dzivesvietas-deklaresana-process",
    deadlineMonths: 1,
    steps: [
      {
        id: "register-check",
        kind: "check",
        check: "residence",
        institution: "PMLP",
        title: { lv: "Pārbaude iedzīvotāju reģistrā", en: "Population register check" },
      },
      review("PMLP", "Deklarācijas pārbaude", "Checking the declaration"),
      decision("PMLP"),
    ],
    reasoning: { granted: GRANTED, refused: REFUSED },
  },
  {
    id: "bernu-piedzimsanas-pabalsts-process",
    deadlineMonths: 1,
    steps: [
      {
        id: "insurance-check",
        kind: "check",
        check: "insurance",
        institution: "VSAA",
        title: { lv: "Apdrošināšanas periodu pārbaude", en: "Insured periods check" },
      },
      review("VSAA", "Iesnieguma izvērtēšana", "Assessing the application"),
      decision("VSAA"),
    ],
    reasoning: { granted: GRANTED, refused: REFUSED },
  },
  {
    id: "bezdarbnieka-statusa-pieskirsana-process",
    deadlineMonths: 1,
    steps: [
      {
        id: "insurance-check",
        kind: "check",
        check: "insurance",
        institution: "NVA",
        title: { lv: "Apdrošināšanas periodu pārbaude", en: "Insured periods check" },
      },
      decision("NVA"),
    ],
    reasoning: { granted: GRANTED, refused: REFUSED },
  },
  {
    id: "majokla-pabalsts-process",
    deadlineMonths: 1,
    steps: [review("CESIS", "Mājsaimniecības ienākumu izvērtēšana", "Assessing the household's income"), decision("CESIS")],
    reasoning: { granted: GRANTED, refused: REFUSED },
  },
  {
    id: "juridiskas-adreses-maina-process",
    deadlineMonths: 1,
    steps: [decision("UR")],
    reasoning: { granted: GRANTED, refused: REFUSED },
  },
];

export function processTemplate(id: string): ProcessTemplate | null {
  return PROCESSES.find((p) => p.id === id) ?? null;
}

/** The next step that applies to these answers after `index` (-1 for the first); null after the last. */
export function nextStep(
  process: ProcessTemplate,
  index: number,
  answers: Record<string, unknown>,
): { index: number; step: ProcessStep } | null {
  for (let i = index + 1; i < process.steps.length; i++) {
    const step = process.steps[i] as ProcessStep;
    if (!step.when || step.when(answers)) return { index: i, step };
  }
  return null;
}
