// Demo letters, so the e-address is not empty in the demo: an older notice (delivered when its
// second business day came) and an unopened letter to Jānis Bērziņš, and a notice to his company
// SIA "Bērziņu Būve", which he reads as its board member.
import { recordAudit } from "../../platform/audit/audit.ts";
import type { Context } from "../../platform/context.ts";
import { ensurePerson } from "../identity/index.ts";
import { deliveryDueOn } from "./delivery.ts";
import { type MessageType, type Owner, ownerColumns } from "./mailbox.repository.ts";

type DemoLetter = { owner: Owner; institution: string; type: MessageType; subject: string; body: string; daysAgo: number };

const DAY_MS = 86_400_000;

function letters(janisId: string): DemoLetter[] {
  return [
    {
      owner: { kind: "person", personId: janisId },
      institution: "VID",
      type: "notice",
      subject: "Gada ienākumu deklarācijas iesniegšana",
      body: "Labdien!\n\nAtgādinām, ka gada ienākumu deklarāciju par iepriekšējo gadu var iesniegt Elektroniskās deklarēšanas sistēmā no 1. marta līdz 1. jūnijam.\n\nValsts ieņēmumu dienests",
      daysAgo: 20,
    },
    {
      owner: { kind: "person", personId: janisId },
      institution: "CSDD",
      type: "notice",
      subject: "Transportlīdzekļa tehniskās apskates termiņš",
      body: "Labdien!\n\nJūsu transportlīdzekļa tehniskās apskates termiņš beidzas pēc 30 dienām. Pieteikties apskatei var e-pakalpojumā vai pa tālruni.\n\nCeļu satiksmes drošības direkcija",
      daysAgo: 1,
    },
    {
      owner: { kind: "company", registrationNumber: "40103587986" },
      institution: "UR",
      type: "notice",
      subject: "Patiesā labuma guvēju informācijas pārbaude",
      body: "Labdien!\n\nLūdzam pārbaudīt, vai reģistrā norādītā informācija par sabiedrības patiesajiem labuma guvējiem ir aktuāla.\n\nUzņēmumu reģistrs",
      daysAgo: 2,
    },
  ];
}

export async function seedMailbox(ctx: Context): Promise<void> {
  const janis = await ensurePerson(ctx.trx, { personalCode: "15038413866", givenName: "Jānis", familyName: "Bērziņš" });
  const now = Date.now();
  for (const letter of letters(janis.id)) {
    const sentAt = new Date(now - letter.daysAgo * DAY_MS);
    const row = await ctx.trx
      .insertInto("mailbox.message")
      .values({
        ...ownerColumns(letter.owner),
        institution: letter.institution,
        type: letter.type,
        subject: letter.subject,
        body: letter.body,
        reference: null,
        sent_at: sentAt,
        sent_by: ctx.actor,
        delivery_due_on: deliveryDueOn(sentAt),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(ctx, { event: "mailbox.message.send", subjectType: "mailbox_message", subjectId: row.id, details: { demo: true } });
  }
}
