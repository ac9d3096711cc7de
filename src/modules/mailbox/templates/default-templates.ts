// The notice emails as Epak ships them, one per message type and language. They say only that
// something is waiting and where: no names, subjects or institutions, since email passes through
// systems the state does not run. `unread` is the number of unopened messages, `link` the mailbox.
import type { Locale } from "../../../platform/i18n/locale.ts";
import type { MessageType } from "../mailbox.repository.ts";

export type NoticeTemplate = { subject: string; body: string };

const UNREAD_LV = "{unread, plural, zero {Jums ir # neatvērtu ziņu.} one {Jums ir # neatvērta ziņa.} other {Jums ir # neatvērtas ziņas.}}";
const UNREAD_EN = "{unread, plural, one {You have # unopened message.} other {You have # unopened messages.}}";
const FOOTER_LV =
  "Izlasiet to, pieslēdzoties Epak: {link}\n\nŠī vēstule nosūtīta automātiski; neatbildiet uz to. Ziņa uzskatāma par paziņotu, kad to atverat, vai otrajā darba dienā pēc nosūtīšanas.";
const FOOTER_EN =
  "Read it by logging in to Epak: {link}\n\nThis email was sent automatically; please do not reply. The message counts as delivered when you open it, or on the second business day after it was sent.";

const WHAT: Record<MessageType, { lv: [string, string]; en: [string, string] }> = {
  decision: {
    lv: ["Jūsu e-adresē ir lēmums", "Jūsu oficiālajā e-adresē ir saņemts lēmums."],
    en: ["A decision is in your e-address", "A decision has arrived in your official e-address."],
  },
  request: {
    lv: ["Iestāde lūdz jūsu atbildi", "Jūsu oficiālajā e-adresē ir iestādes pieprasījums, uz kuru jāatbild."],
    en: ["An institution asks for your reply", "An institution's request that needs your reply has arrived in your official e-address."],
  },
  notice: {
    lv: ["Jūsu e-adresē ir jauna ziņa", "Jūsu oficiālajā e-adresē ir saņemts iestādes paziņojums."],
    en: ["A new message is in your e-address", "A notice from an institution has arrived in your official e-address."],
  },
  answer: {
    lv: ["Atbilde uz jūsu jautājumu", "Jūsu oficiālajā e-adresē ir saņemta iestādes atbilde uz jūsu jautājumu."],
    en: ["An answer to your question", "An institution's answer to your question has arrived in your official e-address."],
  },
};

export function defaultTemplate(type: MessageType, locale: Locale): NoticeTemplate {
  const [subject, first] = WHAT[type][locale];
  return locale === "lv"
    ? { subject, body: `Labdien!\n\n${first} ${UNREAD_LV}\n\n${FOOTER_LV}` }
    : { subject, body: `Hello,\n\n${first} ${UNREAD_EN}\n\n${FOOTER_EN}` };
}
