// Demo questions waiting in the State Social Insurance Agency's queue, from persons of the demo
// population register, so that its officer (Ilze Kalniņa) has something to answer in the demo.
// Their names are written here as in the register: seeding runs before the bus can be asked.
import { randomUUID } from "node:crypto";
import type { Context } from "../../platform/context.ts";
import { ensurePerson } from "../identity/index.ts";
import { askQuestion } from "./commands/ask-question.ts";

type DemoQuestion = {
  asker: { personalCode: string; givenName: string; familyName: string };
  hoursAgo: number;
  subject: string;
  question: string;
};

const HOUR = 3_600_000;

export const DEMO_QUESTIONS: readonly DemoQuestion[] = [
  {
    asker: { personalCode: "22078610560", givenName: "Līga", familyName: "Bērziņa" },
    hoursAgo: 6 * 24 + 3,
    subject: "Bērna kopšanas pabalsts, ja atsāku strādāt",
    question:
      "Labdien!\n\nMūsu jaunākais dēls ir zīdainis, un es saņemu bērna kopšanas pabalstu. No nākamā mēneša man piedāvā strādāt pusslodzi.\n\nVai pabalstu turpinās maksāt, ja atsākšu darbu, un vai par to man pašai jāpaziņo aģentūrai?",
  },
  {
    asker: { personalCode: "02105218516", givenName: "Velta", familyName: "Bērziņa" },
    hoursAgo: 3 * 24 + 20,
    subject: "Vīra pensijas daļa pēc viņa nāves",
    question:
      "Mans vīrs nomira, un abi bijām pensionāri. Dzirdēju, ka laulātajam noteiktu laiku var izmaksāt daļu no mirušā pensijas.\n\nKā to pieprasīt, kādi dokumenti jāpievieno un cik ilgi to maksā?",
  },
  {
    asker: { personalCode: "14068911378", givenName: "Ivars", familyName: "Lapiņš" },
    hoursAgo: 5,
    subject: "Bezdarbnieka pabalsta apmērs",
    question:
      "Oktobrī beidzās mans darbs maiznīcā. Vispirms pieteikšos bezdarbnieka statusam.\n\nNo kādiem ienākumiem aprēķina bezdarbnieka pabalstu un cik mēnešus to maksā?",
  },
];

export async function seedQuestions(ctx: Context): Promise<void> {
  const now = Date.now();
  for (const demo of DEMO_QUESTIONS) {
    const person = await ensurePerson(ctx.trx, demo.asker);
    await askQuestion(ctx, {
      fields: { institution: "VSAA", subject: demo.subject, question: demo.question, emailNotice: false, submission: randomUUID() },
      asker: { personId: person.id, name: `${person.givenName} ${person.familyName}`, hasConfirmedEmail: false },
      locale: "lv",
      now: new Date(now - demo.hoursAgo * HOUR),
    });
  }
}
