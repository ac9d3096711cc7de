// Every municipality's own variant of every municipal template service: which of its offices
// handles the service, how to reach it, and what it sets locally (the one-off childbirth
// allowance amount). Generated from one small table per municipality rather than written out
// 462 times. Where the table gives no contact for an office, the municipality's general contact
// (its client service centre) is used; channels are left out so the template's channels apply.
import type { ContactPoint, LocalVariantDocument, Text } from "../model.ts";
import { MUNICIPALITIES } from "./municipalities.ts";

type Office = { name?: Text; contact?: ContactPoint };

type Local = {
  id: string;
  /** "Cēsu novadā" / "in Cēsis Municipality". */
  in: Text;
  /** The owner's name for default office names: "Cēsu novada" / "Cēsis Municipality". */
  of: Text;
  social?: Office;
  registry?: Office;
  building?: Office;
  birth: {
    amount: number;
    /** Replaces "par katru bērnu" / "per child" where the amount depends on the child's order. */
    per?: Text;
    detail?: Text;
    /** Where the allowance is claimed: the civil registry office (when registering the birth) or the social service. */
    at?: "registry" | "social";
  };
};

function city(id: string, lv: string, en: string, inLv: string, rest: Omit<Local, "id" | "in" | "of">): Local {
  return { id, in: { lv: inLv, en: `in ${en}` }, of: { lv, en }, ...rest };
}

function nov(id: string, genitive: string, en: string, rest: Omit<Local, "id" | "in" | "of">): Local {
  return {
    id,
    in: { lv: `${genitive} novadā`, en: `in ${en} Municipality` },
    of: { lv: `${genitive} novada`, en: `${en} Municipality` },
    ...rest,
  };
}

const LOCALS: Local[] = [
  city("RIGA", "Rīgas", "Riga", "Rīgā", {
    social: {
      name: { lv: "Rīgas Sociālais dienests", en: "Riga Social Service" },
      contact: { phone: "+371 80005055", email: "soc@riga.lv" },
    },
    registry: {
      name: { lv: "Rīgas Dzimtsarakstu nodaļa", en: "Riga Civil Registry Office" },
      contact: { address: "Brīvības bulvāris 24, Rīga, LV-1050" },
    },
    building: {
      name: { lv: "Rīgas valstspilsētas pašvaldības Pilsētas attīstības departaments", en: "Riga City Development Department" },
      contact: { address: "Dzirnavu iela 140, Rīga, LV-1050", phone: "+371 67105800" },
    },
    birth: {
      amount: 450,
      at: "registry",
      detail: {
        lv: "Apmērs attiecas uz bērniem, kas dzimuši no 2026. gada 1. janvāra; pabalstu var pieprasīt sešu mēnešu laikā pēc bērna piedzimšanas.",
        en: "The amount applies to children born from 1 January 2026; claim it within six months of the birth.",
      },
    },
  }),
  city("DAUGAVPILS", "Daugavpils", "Daugavpils", "Daugavpilī", {
    social: {
      name: { lv: "Daugavpils valstspilsētas pašvaldības iestāde “Sociālais dienests”", en: "Daugavpils Social Service" },
      contact: { address: "Vienības iela 8, Daugavpils, LV-5401", phone: "+371 65449907", email: "socd@socd.lv" },
    },
    birth: {
      amount: 500,
      detail: {
        lv: "Vienam no vecākiem dzīvesvietai jābūt deklarētai Daugavpilī vismaz deviņus mēnešus pirms bērna piedzimšanas; pabalstu pieprasa trīs mēnešu laikā.",
        en: "One parent must have been registered as living in Daugavpils for at least nine months before the birth; claim within three months.",
      },
    },
  }),
  city("JELGAVA", "Jelgavas", "Jelgava", "Jelgavā", {
    social: {
      name: { lv: "Jelgavas sociālo lietu pārvalde", en: "Jelgava Social Affairs Administration" },
      contact: { address: "Pulkveža Oskara Kalpaka iela 9, Jelgava, LV-3001" },
    },
    registry: {
      name: { lv: "Jelgavas valstspilsētas un novada Dzimtsarakstu nodaļa", en: "Jelgava City and Municipality Civil Registry Office" },
      contact: { address: "Lielā iela 5, Jelgava, LV-3001" },
    },
    birth: {
      amount: 100,
      detail: {
        lv: "Vecākam un bērnam dzīvesvietai jābūt deklarētai Jelgavā vienā mājsaimniecībā.",
        en: "The parent and the child must be registered as living in Jelgava in the same household.",
      },
    },
  }),
  city("JURMALA", "Jūrmalas", "Jūrmala", "Jūrmalā", {
    social: { name: { lv: "Jūrmalas Labklājības pārvalde", en: "Jūrmala Welfare Administration" } },
    birth: {
      amount: 1000,
      detail: {
        lv: "Vecāka dzīvesvietai Jūrmalā jābūt deklarētai vismaz sešus mēnešus pirms bērna piedzimšanas; 2026. gadā plānots pabalstu palielināt līdz 1500 EUR.",
        en: "A parent must have been registered in Jūrmala for at least six months before the birth; an increase to 1,500 EUR is planned for 2026.",
      },
    },
  }),
  city("LIEPAJA", "Liepājas", "Liepāja", "Liepājā", {
    social: { name: { lv: "Liepājas Sociālais dienests", en: "Liepāja Social Service" } },
    birth: {
      amount: 300,
      detail: {
        lv: "Pabalstu var pieprasīt no bērna astotās dzīves dienas līdz sešu mēnešu vecumam.",
        en: "Claim it from the child's eighth day of life until the child is six months old.",
      },
    },
  }),
  city("REZEKNE", "Rēzeknes", "Rēzekne", "Rēzeknē", {
    social: {
      name: { lv: "Rēzeknes Sociālais dienests", en: "Rēzekne Social Service" },
      contact: { address: "Zemnieku iela 16A, Rēzekne" },
    },
    birth: {
      amount: 500,
      per: {
        lv: " par pirmo vai otro bērnu, ja Rēzeknē deklarēti abi vecāki",
        en: " for a first or second child if both parents are registered in Rēzekne",
      },
      detail: {
        lv: "Ja deklarēts viens vecāks, apmērs ir uz pusi mazāks; par trešo un nākamajiem bērniem tas ir lielāks.",
        en: "If only one parent is registered the amount is halved; for third and later children it is higher.",
      },
    },
  }),
  city("VENTSPILS", "Ventspils", "Ventspils", "Ventspilī", {
    social: {
      name: { lv: "Ventspils Sociālais dienests", en: "Ventspils Social Service" },
      contact: { address: "Raiņa iela 10, Ventspils, LV-3601" },
    },
    birth: {
      amount: 300,
      detail: { lv: "Pabalstu var pieprasīt līdz bērna sešu mēnešu vecumam.", en: "Claim it until the child is six months old." },
    },
  }),

  nov("AIZKRAUKLES", "Aizkraukles", "Aizkraukle", {
    registry: { contact: { address: "Spīdolas iela 2, Aizkraukle, Aizkraukles nov., LV-5101", phone: "+371 65122275" } },
    birth: {
      amount: 250,
      at: "registry",
      detail: {
        lv: "Vismaz vienam vecākam novadā jābūt deklarētam pēdējos deviņus mēnešus; pabalstu pieprasa, reģistrējot bērna dzimšanu.",
        en: "At least one parent must have been registered in the municipality for the last nine months; claim it when registering the birth.",
      },
    },
  }),
  nov("ALUKSNES", "Alūksnes", "Alūksne", {
    registry: { contact: { address: "Dārza iela 11, Alūksne, Alūksnes nov., LV-4301", phone: "+371 64322809" } },
    birth: {
      amount: 312,
      at: "registry",
      detail: {
        lv: "Pabalsts ir 40 % no valstī noteiktās minimālās mēneša darba algas (2026. gadā – 312 EUR); vecākam novadā jābūt deklarētam vismaz sešus mēnešus.",
        en: "The allowance is 40% of the national minimum monthly wage (312 EUR in 2026); the parent must have been registered in the municipality for at least six months.",
      },
    },
  }),
  nov("AUGSDAUGAVAS", "Augšdaugavas", "Augšdaugava", {
    birth: {
      amount: 200,
      detail: {
        lv: "Vismaz vienam vecākam un bērnam dzīvesvietai jābūt deklarētai novadā; pabalstu pieprasa trīs mēnešu laikā.",
        en: "At least one parent and the child must be registered as living in the municipality; claim within three months.",
      },
    },
  }),
  nov("ADAZU", "Ādažu", "Ādaži", {
    social: { contact: { address: "Gaujas iela 13/15, Ādaži, Ādažu nov., LV-2164", email: "soc.dienests@adazi.lv" } },
    registry: { contact: { address: "Gaujas iela 33A, Ādaži, Ādažu nov., LV-2164" } },
    birth: {
      amount: 200,
      detail: {
        lv: "Ja novadā deklarēti abi vecāki; ja deklarēts viens vecāks – 100 EUR.",
        en: "If both parents are registered in the municipality; 100 EUR if only one is.",
      },
    },
  }),
  nov("BALVU", "Balvu", "Balvi", {
    social: { contact: { address: "Raiņa iela 52, Balvi, Balvu nov., LV-4501" } },
    birth: {
      amount: 300,
      detail: {
        lv: "Vecākam novadā jābūt deklarētam vismaz sešus mēnešus pirms bērna piedzimšanas.",
        en: "The parent must have been registered in the municipality for at least six months before the birth.",
      },
    },
  }),
  nov("BAUSKAS", "Bauskas", "Bauska", {
    birth: {
      amount: 200,
      detail: { lv: "2026. gadā plānots pabalstu palielināt līdz 400 EUR.", en: "An increase to 400 EUR is planned for 2026." },
    },
  }),
  nov("CESIS", "Cēsu", "Cēsis", {
    social: { contact: { address: "Bērzaines iela 16/18, Cēsis, Cēsu nov., LV-4101", email: "sd@cesunovads.lv" } },
    registry: {
      contact: { address: "Palasta iela 11, Cēsis, Cēsu nov., LV-4101", phone: "+371 64122555", email: "dzimtsaraksti@cesunovads.lv" },
    },
    birth: {
      amount: 500,
      detail: {
        lv: "Apmērs attiecas uz bērniem, kas dzimuši no 2026. gada 1. janvāra.",
        en: "The amount applies to children born from 1 January 2026.",
      },
    },
  }),
  nov("DIENVIDKURZEMES", "Dienvidkurzemes", "South Kurzeme", {
    building: { contact: { address: "Lielā iela 76, Grobiņa, Dienvidkurzemes nov., LV-3430", email: "buvvalde@dkn.lv" } },
    birth: {
      amount: 500,
      detail: {
        lv: "Vienam no vecākiem novadā jābūt deklarētam vismaz deviņus mēnešus pirms bērna piedzimšanas.",
        en: "One parent must have been registered in the municipality for at least nine months before the birth.",
      },
    },
  }),
  nov("DOBELES", "Dobeles", "Dobele", { birth: { amount: 200 } }),
  nov("GULBENES", "Gulbenes", "Gulbene", {
    birth: {
      amount: 780,
      detail: {
        lv: "Pabalsts ir valstī noteiktās minimālās mēneša darba algas apmērā (2026. gadā – 780 EUR).",
        en: "The allowance equals the national minimum monthly wage (780 EUR in 2026).",
      },
    },
  }),
  nov("JELGAVAS-NOVADS", "Jelgavas", "Jelgava", {
    registry: {
      name: { lv: "Jelgavas valstspilsētas un novada Dzimtsarakstu nodaļa", en: "Jelgava City and Municipality Civil Registry Office" },
      contact: { address: "Lielā iela 5, Jelgava, LV-3001" },
    },
    birth: {
      amount: 350,
      detail: {
        lv: "Apmērs attiecas uz bērniem, kas dzimuši no 2026. gada 1. janvāra; dvīņiem – 700 EUR par katru bērnu.",
        en: "The amount applies to children born from 1 January 2026; for twins it is 700 EUR per child.",
      },
    },
  }),
  nov("JEKABPILS", "Jēkabpils", "Jēkabpils", {
    birth: {
      amount: 300,
      detail: {
        lv: "Vienam no vecākiem novadā jābūt deklarētam vismaz gadu; pabalstu pieprasa trīs mēnešu laikā Sociālā dienesta klientu apkalpošanas centros.",
        en: "One parent must have been registered in the municipality for at least a year; claim within three months at the Social Service's client centres.",
      },
    },
  }),
  nov("KRASLAVAS", "Krāslavas", "Krāslava", {
    birth: {
      amount: 450,
      detail: {
        lv: "Pabalstu izmaksā pa daļām: 200 EUR pēc bērna piedzimšanas, 100 EUR bērnam sasniedzot gada vecumu un pa 50 EUR bērna 2., 3. un 4. dzimšanas dienā.",
        en: "It is paid in parts: 200 EUR after the birth, 100 EUR at the child's first birthday and 50 EUR at each of the 2nd, 3rd and 4th birthdays.",
      },
    },
  }),
  nov("KULDIGAS", "Kuldīgas", "Kuldīga", {
    registry: { contact: { email: "dzimtsaraksti@kuldiga.lv" } },
    birth: {
      amount: 200,
      detail: {
        lv: "Ja abi vecāki novadā deklarēti vismaz sešus mēnešus; ja deklarēts viens vecāks – 100 EUR.",
        en: "If both parents have been registered in the municipality for at least six months; 100 EUR if only one has.",
      },
    },
  }),
  nov("KEKAVAS", "Ķekavas", "Ķekava", {
    social: { contact: { address: "Gaismas iela 19 k-8, Ķekava, Ķekavas nov., LV-2123" } },
    birth: {
      amount: 300,
      detail: {
        lv: "Vienam no vecākiem novadā jābūt deklarētam vismaz sešus mēnešus; pabalstu pieprasa trīs mēnešu laikā.",
        en: "One parent must have been registered in the municipality for at least six months; claim within three months.",
      },
    },
  }),
  nov("LIMBAZU", "Limbažu", "Limbaži", { birth: { amount: 150 } }),
  nov("LIVANU", "Līvānu", "Līvāni", {
    registry: { contact: { address: "Rīgas iela 77, Līvāni, Līvānu nov., LV-5316", phone: "+371 65307265", email: "dzim@livani.lv" } },
    birth: {
      amount: 200,
      at: "registry",
      per: { lv: " par pirmo un otro bērnu", en: " for a first or second child" },
      detail: { lv: "Par trešo un katru nākamo bērnu – 300 EUR.", en: "For the third and each further child it is 300 EUR." },
    },
  }),
  nov("LUDZAS", "Ludzas", "Ludza", {
    birth: {
      amount: 500,
      detail: {
        lv: "Vienam no vecākiem novadā jābūt deklarētam vismaz trīs mēnešus pirms bērna piedzimšanas.",
        en: "One parent must have been registered in the municipality for at least three months before the birth.",
      },
    },
  }),
  nov("MADONAS", "Madonas", "Madona", {
    registry: { contact: { address: "Raiņa iela 12, Madona, Madonas nov., LV-4801", phone: "+371 64860073" } },
    birth: { amount: 200, at: "registry" },
  }),
  nov("MARUPES", "Mārupes", "Mārupe", {
    birth: {
      amount: 500,
      detail: {
        lv: "Ja novadā deklarēti abi vecāki, pabalsts var sasniegt 1000 EUR.",
        en: "If both parents are registered in the municipality it can reach 1,000 EUR.",
      },
    },
  }),
  nov("OGRES", "Ogres", "Ogre", {
    social: { contact: { email: "ogressd@ogresnovads.lv" } },
    birth: {
      amount: 100,
      per: { lv: " par pirmo bērnu", en: " for a first child" },
      detail: {
        lv: "Par otro bērnu – 200 EUR, par trešo un katru nākamo – 300 EUR.",
        en: "200 EUR for a second child, 300 EUR for the third and each further child.",
      },
    },
  }),
  nov("OLAINES", "Olaines", "Olaine", {
    social: { name: { lv: "Olaines sociālais dienests", en: "Olaine Social Service" } },
    birth: {
      amount: 400,
      detail: {
        lv: "Ja novadā deklarēti abi vecāki; ja deklarēts viens vecāks – 300 EUR.",
        en: "If both parents are registered in the municipality; 300 EUR if only one is.",
      },
    },
  }),
  nov("PREILU", "Preiļu", "Preiļi", { birth: { amount: 200 } }),
  nov("REZEKNES-NOVADS", "Rēzeknes", "Rēzekne", {
    birth: {
      amount: 720,
      detail: {
        lv: "Pilnā apmērā, ja Rēzeknes novadā deklarēta visa ģimene; citos gadījumos apmērs ir mazāks.",
        en: "In full if the whole family is registered in Rēzekne Municipality; otherwise it is lower.",
      },
    },
  }),
  nov("ROPAZU", "Ropažu", "Ropaži", {
    birth: { amount: 300, detail: { lv: "Dvīņiem – 1000 EUR kopā.", en: "For twins it is 1,000 EUR in total." } },
  }),
  nov("SALASPILS", "Salaspils", "Salaspils", {
    birth: {
      amount: 300,
      detail: {
        lv: "Vienam no vecākiem novadā jābūt deklarētam vismaz trīs mēnešus pirms bērna piedzimšanas; iesniegumu iesniedz divu mēnešu laikā.",
        en: "One parent must have been registered in the municipality for at least three months before the birth; apply within two months.",
      },
    },
  }),
  nov("SALDUS", "Saldus", "Saldus", {
    birth: {
      amount: 200,
      at: "registry",
      detail: {
        lv: "Vecākam novadā jābūt deklarētam vismaz sešus mēnešus pirms bērna piedzimšanas.",
        en: "The parent must have been registered in the municipality for at least six months before the birth.",
      },
    },
  }),
  nov("SAULKRASTU", "Saulkrastu", "Saulkrasti", {
    birth: {
      amount: 300,
      detail: {
        lv: "Ja abi vecāki novadā deklarēti vismaz sešus mēnešus; ja viens vecāks – 150 EUR.",
        en: "If both parents have been registered in the municipality for at least six months; 150 EUR if only one has.",
      },
    },
  }),
  nov("SIGULDAS", "Siguldas", "Sigulda", {
    birth: {
      amount: 350,
      detail: {
        lv: "Ja abi vecāki novadā deklarēti vismaz 12 mēnešus; ja viens vecāks – 175 EUR.",
        en: "If both parents have been registered in the municipality for at least 12 months; 175 EUR if only one has.",
      },
    },
  }),
  nov("SMILTENES", "Smiltenes", "Smiltene", {
    birth: {
      amount: 400,
      detail: {
        lv: "Ja novadā deklarēti abi vecāki vai vientuļais vecāks; ja deklarēts viens no diviem vecākiem – 200 EUR.",
        en: "If both parents, or a single parent, are registered in the municipality; 200 EUR if only one of two parents is.",
      },
    },
  }),
  nov("TALSU", "Talsu", "Talsi", {
    social: { contact: { address: "Kareivju iela 7, Talsi, Talsu nov., LV-3201" } },
    birth: {
      amount: 200,
      detail: {
        lv: "Dvīņiem – 300 EUR, trīnīšiem – 450 EUR par katru bērnu.",
        en: "For twins 300 EUR and for triplets 450 EUR per child.",
      },
    },
  }),
  nov("TUKUMA", "Tukuma", "Tukums", {
    birth: {
      amount: 200,
      detail: {
        lv: "Bērnam pirmreizēji jābūt deklarētam Tukuma novadā.",
        en: "The child's first registered residence must be in Tukums Municipality.",
      },
    },
  }),
  nov("VALKAS", "Valkas", "Valka", {
    birth: {
      amount: 300,
      detail: {
        lv: "Ja novadā deklarēti abi vecāki vai vientuļais vecāks; ja viens no diviem vecākiem – 150 EUR. Pusi izmaksā pēc piedzimšanas, otru pusi – bērnam sasniedzot gada vecumu.",
        en: "If both parents, or a single parent, are registered in the municipality; 150 EUR if only one of two is. Half is paid after the birth and half at the child's first birthday.",
      },
    },
  }),
  nov("VALMIERAS", "Valmieras", "Valmiera", {
    birth: {
      amount: 500,
      detail: {
        lv: "200 EUR izmaksā pēc bērna piedzimšanas un 300 EUR – bērna pirmajā dzimšanas dienā; attiecas uz bērniem, kas dzimuši no 2026. gada 1. janvāra.",
        en: "200 EUR is paid after the birth and 300 EUR on the child's first birthday; applies to children born from 1 January 2026.",
      },
    },
  }),
  nov("VENTSPILS-NOVADS", "Ventspils", "Ventspils", {
    birth: {
      amount: 300,
      per: { lv: " par pirmo vai otro bērnu", en: " for a first or second child" },
      detail: {
        lv: "Ja abi vecāki novadā deklarēti vismaz 12 mēnešus (ja viens vecāks – 200 EUR); par trešo bērnu – 350 EUR, par ceturto – 400 EUR, par piekto un nākamajiem – 500 EUR.",
        en: "If both parents have been registered in the municipality for at least 12 months (200 EUR if one has); 350 EUR for a third child, 400 EUR for a fourth and 500 EUR for the fifth and later.",
      },
    },
  }),
];

const GENERAL = new Map(MUNICIPALITIES.map((m) => [m.identifier, m]));

function officeOf(local: Local, which: "social" | "registry" | "building"): { name: Text; contact: ContactPoint } {
  const defaults: Record<typeof which, Text> = {
    social: { lv: `${local.of.lv} Sociālais dienests`, en: `${local.of.en} Social Service` },
    registry: { lv: `${local.of.lv} Dzimtsarakstu nodaļa`, en: `${local.of.en} Civil Registry Office` },
    building: { lv: `${local.of.lv} Būvvalde`, en: `${local.of.en} Building Authority` },
  };
  const office = local[which];
  return { name: office?.name ?? defaults[which], contact: office?.contact ?? GENERAL.get(local.id)?.contactPoint ?? {} };
}

function variants(local: Local): LocalVariantDocument[] {
  const slug = local.id.toLowerCase();
  const municipality = GENERAL.get(local.id)?.name ?? { lv: local.of.lv, en: local.of.en };
  const social = officeOf(local, "social");
  const registry = officeOf(local, "registry");
  const building = officeOf(local, "building");
  const general = GENERAL.get(local.id)?.contactPoint ?? {};
  const where = local.in;
  const variant = (template: string, contactPoint: ContactPoint, note: Text): LocalVariantDocument => ({
    identifier: `${template}-${slug}`,
    template,
    institution: local.id,
    contactPoint,
    note,
  });
  const birth = local.birth;
  const birthOffice = birth.at === "registry" ? registry : social;
  return [
    variant("majokla-pabalsts", social.contact, {
      lv: `Mājokļa pabalstu ${where.lv} piešķir ${social.name.lv}; apmēru aprēķina pēc pašvaldības saistošajos noteikumos noteiktajiem mājokļa izdevumu apmēriem.`,
      en: `${cap(where.en)} the housing benefit is granted by ${social.name.en}; the amount is calculated using the housing costs set in the municipality's binding regulations.`,
    }),
    variant("garanteta-minimala-ienakuma-pabalsts", social.contact, {
      lv: `Iesniegumu ${where.lv} izskata un pabalstu piešķir ${social.name.lv}.`,
      en: `${cap(where.en)} applications are assessed and the benefit granted by ${social.name.en}.`,
    }),
    variant("trucigas-maznodrosinatas-majsaimniecibas-statuss", social.contact, {
      lv: `Statusu ${where.lv} nosaka ${social.name.lv}; maznodrošinātas mājsaimniecības ienākumu slieksni nosaka pašvaldības saistošie noteikumi.`,
      en: `${cap(where.en)} the status is determined by ${social.name.en}; the income threshold for a low-income household is set in the municipality's binding regulations.`,
    }),
    variant("pasvaldibas-pabalsts-bernam-piedzimstot", birthOffice.contact, {
      lv: `Pabalsta apmērs ${where.lv}: ${birth.amount} EUR${birth.per?.lv ?? " par katru bērnu"}. ${birth.detail ? `${birth.detail.lv} ` : ""}Iesniegumu pieņem ${birthOffice.name.lv}.`,
      en: `Allowance ${where.en}: ${birth.amount} EUR${birth.per?.en ?? " per child"}. ${birth.detail ? `${birth.detail.en} ` : ""}Applications are accepted by ${birthOffice.name.en}.`,
    }),
    variant("pirmsskolas-izglitibas-iestades-rinda", general, {
      lv: `Pieteikumus pašvaldības bērnudārzu rindā pieņem un rindu kārto ${municipality.lv}; pieteikties var elektroniski vai klientu apkalpošanas centrā.`,
      en: `Applications for the municipal kindergarten queue are accepted, and the queue kept, by ${municipality.en}; apply online or at a client service centre.`,
    }),
    variant("nekustama-ipasuma-nodoklis", general, {
      lv: `Nodokli administrē ${municipality.lv}; nodokļa likmes un atvieglojumus nosaka pašvaldības saistošie noteikumi.`,
      en: `The tax is administered by ${municipality.en}; its rates and reliefs are set in the municipality's binding regulations.`,
    }),
    variant("dzimsanas-registracija", registry.contact, {
      lv: `Bērna dzimšanu ${where.lv} reģistrē ${registry.name.lv}; dzimšanu var reģistrēt arī jebkurā citā dzimtsarakstu nodaļā.`,
      en: `${cap(where.en)} births are registered by ${registry.name.en}; a birth can also be registered at any other civil registry office.`,
    }),
    variant("laulibas-registracija", registry.contact, {
      lv: `Laulību ${where.lv} reģistrē ${registry.name.lv}. Par svinīgu ceremoniju ārpus nodaļas telpām var būt jāmaksā saskaņā ar pašvaldības cenrādi.`,
      en: `${cap(where.en)} marriages are registered by ${registry.name.en}. A ceremony held outside the office may be charged for according to the municipality's price list.`,
    }),
    variant("mirsanas-registracija", registry.contact, {
      lv: `Miršanu ${where.lv} reģistrē ${registry.name.lv}.`,
      en: `${cap(where.en)} deaths are registered by ${registry.name.en}.`,
    }),
    variant("buvatlauja", building.contact, {
      lv: `Būvniecības ieceres ${where.lv} izskata ${building.name.lv}; dokumentus iesniedz Būvniecības informācijas sistēmā (bis.gov.lv).`,
      en: `${cap(where.en)} construction proposals are examined by ${building.name.en}; documents are submitted in the Construction Information System (bis.gov.lv).`,
    }),
    variant("adreses-pieskirsana", building.contact, {
      lv: `Lēmumu par adreses piešķiršanu, maiņu vai likvidēšanu pieņem ${municipality.lv}; iesniegumu var iesniegt klientu apkalpošanas centrā vai elektroniski.`,
      en: `Decisions on assigning, changing or removing an address are taken by ${municipality.en}; apply at a client service centre or online.`,
    }),
  ];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const LOCAL_VARIANTS: LocalVariantDocument[] = LOCALS.flatMap(variants);
