// The demo knowledge base: how consultants help with the common e-services, eID and eParaksts
// questions and the e-address, written for Epak. A body is plain text: paragraphs apart by a
// blank line, "- " starts a bullet and "1. " a numbered step.
import type { Topic } from "../knowledge/article-content.ts";
import type { Text } from "../model.ts";

export type DemoArticle = { slug: string; topic: Topic; title: Text; body: Text; checkedOn: string };

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    slug: "dzivesvietas-deklaresana",
    topic: "eservice",
    title: { lv: "Dzīvesvietas deklarēšana: kā palīdzēt klientam", en: "Declaring a place of residence: helping a visitor" },
    body: {
      lv: `Jauna dzīvesvieta jādeklarē viena mēneša laikā pēc pārcelšanās. E-pakalpojumu "Dzīvesvietas deklarēšana" sniedz PMLP, un to var aizpildīt pats klients vai konsultants klienta vārdā, ja ir spēkā rakstveida pilnvarojums.

Pirms sākat, noskaidrojiet:
- vai klientam pieder mājoklis, vai viņš to īrē vai dzīvo pie radiem;
- vai kopā ar klientu pārceļas arī bērni, kurus deklarē reizē;
- vai klients grib saņemt paziņojumu e-adresē.

Ja mājoklis pieder citam, īpašniekam jāpiekrīt deklarācijai. E-pakalpojums pats aizsūta lūgumu īpašniekam, un lieta turpinās, kad īpašnieks piekrīt. Pastāstiet klientam, ka tas var aizņemt dažas dienas.

Valsts nodeva ir jāsamaksā pirms iesniegšanas. Pēc iesniegšanas izdrukājiet vai nosūtiet klientam apliecinājumu ar pieteikuma numuru.`,
      en: `A new place of residence has to be declared within one month of moving. The "Declaring your place of residence" e-service is provided by PMLP; the visitor fills it in themselves, or a consultant does it for them under a written authorisation in force.

Before you start, find out:
- whether the visitor owns the home, rents it or lives with relatives;
- whether children move with them and are declared at the same time;
- whether they want the notice in their e-address.

If someone else owns the home, the owner has to consent. The e-service asks the owner itself and the case carries on once they agree; tell the visitor this can take a few days.

The state fee is paid before submitting. Afterwards print or send the visitor the receipt with the application number.`,
    },
    checkedOn: "2026-10-12",
  },
  {
    slug: "berna-piedzimsanas-pabalsts",
    topic: "eservice",
    title: { lv: "Bērna piedzimšanas pabalsts e-pakalpojumā", en: "Birth benefit through the e-service" },
    body: {
      lv: `Bērna piedzimšanas pabalstu piešķir VSAA. To var pieprasīt viens no vecākiem vai bērna aizbildnis 12 mēnešu laikā pēc bērna piedzimšanas.

E-pakalpojumā bērna dati jau ir ielasīti no Iedzīvotāju reģistra, ja bērna dzimšana ir reģistrēta. Ja bērns neparādās, pārbaudiet, vai dzimšana jau reģistrēta dzimtsarakstu nodaļā.

1. Pārliecinieties, ka klients ir bērna vecāks vai aizbildnis.
2. Pārbaudiet bankas konta numuru, uz kuru pārskaitīs pabalstu; kontam jābūt klienta vārdā.
3. Iesniedziet un izsniedziet klientam apliecinājumu.

Lēmums atnāk klienta e-adresē. Ja klientam e-adreses nav, lēmumu var nosūtīt pa pastu.`,
      en: `The birth benefit is granted by VSAA. Either parent or the child's guardian may claim it within 12 months of the birth.

The e-service already shows the child from the population register once the birth has been registered. If the child does not appear, check whether the registry office has registered the birth yet.

1. Make sure the visitor is the child's parent or guardian.
2. Check the bank account the benefit will be paid into; it has to be in the visitor's name.
3. Submit and give the visitor the receipt.

The decision arrives in the visitor's e-address; without one, it can be sent by post.`,
    },
    checkedOn: "2026-09-28",
  },
  {
    slug: "bezdarbnieka-statuss",
    topic: "eservice",
    title: { lv: "Bezdarbnieka statuss un pabalsts", en: "Unemployed status and benefit" },
    body: {
      lv: `Bezdarbnieka statusu piešķir NVA, bet bezdarbnieka pabalstu – VSAA. Tie ir divi atsevišķi pieteikumi, un klienti tos bieži jauc.

Vispirms klients piesakās NVA e-pakalpojumā "Bezdarbnieka statusa piešķiršana". Pēc tam, kad statuss piešķirts, var pieprasīt pabalstu VSAA.

Noderīgi zināt:
- statusu nevar saņemt, ja persona strādā vai ir reģistrēta kā pašnodarbinātais;
- NVA aicinās klientu uz pirmo tikšanos ar karjeras konsultantu, tāpēc pārbaudiet kontaktinformāciju;
- pabalsta apmērs atkarīgs no apdrošināšanas stāža un iemaksām, ko VSAA aprēķina pati.`,
      en: `Unemployed status is granted by NVA, the unemployment benefit by VSAA. They are two separate applications and visitors often mix them up.

First the visitor applies through the NVA e-service for unemployed status. Once the status is granted, the benefit can be claimed from VSAA.

Good to know:
- a person who works or is registered as self-employed cannot get the status;
- NVA will invite the visitor to a first meeting with a career adviser, so check their contact details;
- the amount of the benefit depends on insurance record and contributions, which VSAA works out itself.`,
    },
    checkedOn: "2026-08-19",
  },
  {
    slug: "gada-ienakumu-deklaracija",
    topic: "eservice",
    title: { lv: "Gada ienākumu deklarācija VID EDS", en: "Annual income declaration in VID's EDS" },
    body: {
      lv: `Gada ienākumu deklarāciju iesniedz VID Elektroniskās deklarēšanas sistēmā (EDS) no 1. marta. Daudzi to dara, lai atgūtu nodokli par attaisnotajiem izdevumiem: ārstniecību, izglītību, ziedojumiem.

EDS lielākā daļa datu jau ir aizpildīta. Palīdziet klientam:
- pieslēgties EDS ar eID, eParaksts mobile vai internetbanku;
- pārbaudīt, vai izdevumu čeki un maksājumi ir redzami sistēmā;
- norādīt bankas kontu, uz kuru atmaksāt nodokli.

Deklarāciju par attaisnotajiem izdevumiem var iesniegt arī par trim iepriekšējiem gadiem. Pēc iesniegšanas VID atbildi sūta uz EDS un, ja ir, uz e-adresi.`,
      en: `The annual income declaration is filed in VID's Electronic Declaration System (EDS) from 1 March. Many do it to get tax back on eligible expenses: medical care, education, donations.

Most of the data is already filled in. Help the visitor to:
- log in to EDS with eID, eParaksts mobile or an internet bank;
- check that their receipts and payments show in the system;
- give the bank account for the refund.

A declaration for eligible expenses can also be filed for the three previous years. VID answers in EDS and, where there is one, in the e-address.`,
    },
    checkedOn: "2026-03-02",
  },
  {
    slug: "vecuma-pensijas-pieprasisana",
    topic: "eservice",
    title: { lv: "Vecuma pensijas pieprasīšana", en: "Claiming an old-age pension" },
    body: {
      lv: `Vecuma pensiju piešķir VSAA. Pieprasījumu var iesniegt jau mēnesi pirms pensijas vecuma sasniegšanas.

Pirms iesniegšanas ieteicams kopā ar klientu apskatīt viņa apdrošināšanas stāžu. Ja kāds darba periods trūkst, klientam var nākties iesniegt dokumentus par to, piemēram, darba grāmatiņas kopiju.

Pieprasījumā klients izvēlas, kā saņemt pensiju: bankas kontā vai pastā. Ja klientam ir uzkrājums pensiju 2. līmenī, jautājiet, vai viņš to grib pievienot pensijai vai izmantot citādi, un paskaidrojiet, ka to var izlemt arī vēlāk.`,
      en: `The old-age pension is granted by VSAA. A claim can be made up to a month before the person reaches pension age.

Before submitting, look through the visitor's insurance record with them. If a period of work is missing, they may need to bring documents about it, such as a copy of their employment record book.

In the claim the visitor chooses how to receive the pension: into a bank account or by post. If they have savings in the second pension pillar, ask whether they want to add them to the pension or use them otherwise, and explain that this can also be decided later.`,
    },
    checkedOn: "2026-07-07",
  },
  {
    slug: "eid-pin-kodi",
    topic: "eid",
    title: { lv: "eID kartes PIN kodi: aizmirsti vai bloķēti", en: "eID card PIN codes: forgotten or blocked" },
    body: {
      lv: `eID kartei ir divi PIN kodi: PIN1 identificēšanai (pieslēdzoties e-pakalpojumiem) un PIN2 elektroniskajam parakstam. Trīs reizes pēc kārtas ievadot nepareizu kodu, tas tiek bloķēts.

Ja kods ir bloķēts, bet klientam ir PUK kods, to var atbloķēt pats ar eParaksts karšu programmatūru datorā:
1. Ievietojiet karti lasītājā un atveriet programmatūru.
2. Izvēlieties PIN atbloķēšanu un ievadiet PUK kodu.
3. Ļaujiet klientam pašam izvēlēties jauno PIN kodu; konsultants to neredz un nepieraksta.

Ja PUK kods ir pazudis, jaunus kodus var saņemt PMLP nodaļā. Nekad nepierakstiet klienta PIN kodus un neievadiet tos viņa vietā.`,
      en: `An eID card has two PIN codes: PIN1 to identify yourself (logging in to e-services) and PIN2 for the electronic signature. Entering a wrong code three times in a row blocks it.

If a code is blocked but the visitor has their PUK code, they can unblock it with the eParaksts card software on a computer:
1. Put the card in the reader and open the software.
2. Choose to unblock the PIN and enter the PUK code.
3. Let the visitor choose the new PIN themselves; the consultant neither sees nor writes it down.

If the PUK code is lost, new codes are issued at a PMLP office. Never write down a visitor's PIN codes or type them in for them.`,
    },
    checkedOn: "2026-10-01",
  },
  {
    slug: "eid-karte-datora",
    topic: "eid",
    title: { lv: "eID karte datorā: lasītājs un programmatūra", en: "Using the eID card on a computer: reader and software" },
    body: {
      lv: `Lai pieslēgtos ar eID karti, datoram vajag viedkaršu lasītāju un eParaksts karšu programmatūru, kā arī pārlūka paplašinājumu.

Ja pieslēgšanās neizdodas:
- pārbaudiet, vai karte ir ievietota ar mikroshēmu pareizajā virzienā un lasītāja gaismiņa deg;
- aizveriet visus pārlūka logus un atveriet no jauna;
- pārbaudiet, vai kartes sertifikāti nav beigušies; derīguma termiņu rāda programmatūra;
- izmēģiniet citu pārlūku.

Klienta darba vietas datorā programmatūra jau ir uzstādīta. Ja klients vēlas to uzstādīt savā datorā, iesakiet lejupielādēt to tikai no oficiālās eParaksts vietnes.`,
      en: `To log in with an eID card a computer needs a smart card reader, the eParaksts card software and the browser extension.

If logging in fails:
- check the card is in the right way round with the chip in, and the reader's light is on;
- close every browser window and open the browser again;
- check that the card's certificates have not expired; the software shows their validity;
- try another browser.

The software is already installed on the client workstation. If the visitor wants it on their own computer, advise them to download it only from the official eParaksts site.`,
    },
    checkedOn: "2026-06-15",
  },
  {
    slug: "eparaksts-mobile",
    topic: "eparaksts",
    title: { lv: "eParaksts mobile: reģistrācija un biežākās problēmas", en: "eParaksts mobile: registering and common problems" },
    body: {
      lv: `eParaksts mobile ir viedtālruņa lietotne, ar kuru var gan pieslēgties e-pakalpojumiem, gan parakstīt dokumentus. Reģistrējoties lietotnē, klients apstiprina savu identitāti kādā no lietotnes piedāvātajiem veidiem un izvēlas divus PIN kodus.

Biežākās problēmas:
- jauns tālrunis: lietotni vecajā tālrunī nevar pārnest, tā jāreģistrē no jauna;
- aizmirsts PIN kods: pēc vairākiem nepareiziem mēģinājumiem lietotne jāreģistrē atkārtoti;
- nepienāk pieprasījums: pārbaudiet interneta savienojumu un to, vai lietotnei atļauti paziņojumi.

Palīdziet ar tālruni tikai tad, ja klients to lūdz, un PIN kodus ļaujiet ievadīt pašam.`,
      en: `eParaksts mobile is a smartphone app for logging in to e-services and signing documents. When registering in the app, the visitor confirms their identity in one of the ways the app offers and chooses two PIN codes.

Common problems:
- a new phone: the app cannot be moved from the old one and has to be registered again;
- a forgotten PIN: after several wrong tries the app has to be registered again;
- no request arrives: check the internet connection and that the app may show notifications.

Only handle the visitor's phone when they ask you to, and let them type the PIN codes themselves.`,
    },
    checkedOn: "2026-09-10",
  },
  {
    slug: "dokumenta-parakstisana-edoc",
    topic: "eparaksts",
    title: { lv: "Dokumenta parakstīšana un .edoc pārbaude", en: "Signing a document and checking an .edoc" },
    body: {
      lv: `Latvijā elektroniski parakstīti dokumenti parasti ir .edoc failā: tas ir konteiners, kurā ir gan dokuments, gan paraksti. Iestādēm tāds dokuments ir tikpat derīgs kā papīra dokuments ar parakstu.

Lai parakstītu, klients atver parakstīšanas rīku eParaksts vietnē, pievieno failu un paraksta ar eID karti vai eParaksts mobile.

Lai pārbaudītu saņemtu dokumentu, to var atvērt tajā pašā rīkā: tas parāda, kas un kad parakstīja un vai dokuments pēc parakstīšanas nav mainīts. Epak iestāžu lēmumi arī ir .edoc failos.`,
      en: `In Latvia electronically signed documents usually come as an .edoc file: a container holding both the document and its signatures. Institutions accept it just like a signed paper.

To sign, the visitor opens the signing tool on the eParaksts site, adds the file and signs with the eID card or eParaksts mobile.

To check a document they received, they open it in the same tool: it shows who signed and when, and whether the document has changed since. The decisions institutions send through Epak are .edoc files too.`,
    },
    checkedOn: "2026-05-20",
  },
  {
    slug: "e-adreses-aktivizesana",
    topic: "eaddress",
    title: { lv: "E-adreses aktivizēšana un paziņojumi", en: "Setting up the e-address and its notices" },
    body: {
      lv: `E-adrese ir oficiālā elektroniskā pastkaste saziņai ar iestādēm. Iedzīvotājiem tā nav obligāta, bet ar to lēmumi un atbildes pienāk ātrāk nekā pa pastu. Uzņēmumiem e-adrese ir obligāta.

Kā palīdzēt to izveidot:
1. Klients pieslēdzas portālā ar eID, eParaksts mobile vai internetbanku.
2. Atver sadaļu "E-adrese" un apstiprina, ka vēlas to lietot.
3. Norāda e-pasta adresi vai tālruņa numuru, uz kuru sūtīt ziņu par jaunu vēstuli, un apstiprina to ar atsūtīto kodu.

Paskaidrojiet, ka vēstule e-adresē skaitās saņemta, kad to atver, vai otrajā darbdienā pēc nosūtīšanas, tāpēc e-adresē jāieskatās regulāri.`,
      en: `The e-address is the official electronic mailbox for dealing with institutions. For residents it is optional, but decisions and answers arrive faster than by post. For companies it is compulsory.

How to help set it up:
1. The visitor logs in to the portal with eID, eParaksts mobile or an internet bank.
2. They open "E-address" and confirm they want to use it.
3. They give an email address or phone number for notices of new messages and confirm it with the code sent to it.

Explain that a message counts as received when it is opened, or on the second business day after it was sent, so the e-address should be checked regularly.`,
    },
    checkedOn: "2026-10-20",
  },
  {
    slug: "klienta-identificesana",
    topic: "centre_work",
    title: { lv: "Klienta identificēšana un rakstveida pilnvarojums", en: "Identifying a visitor and the written authorisation" },
    body: {
      lv: `Pirms rīkoties klienta vārdā, klients jāidentificē ar derīgu personu apliecinošu dokumentu: pasi vai personas apliecību. Salīdziniet fotoattēlu, pārbaudiet derīguma termiņu un personas kodu.

Rakstveida pilnvarojumā klients norāda, kurus e-pakalpojumus konsultants drīkst iesniegt viņa vārdā un cik ilgi pilnvarojums ir spēkā. Klients to paraksta, un parakstīto veidlapu ieskenē.

Atcerieties:
- bez spēkā esoša pilnvarojuma, kas aptver konkrēto e-pakalpojumu, iesniegt klienta vārdā nedrīkst;
- pieteikums pieder klientam, un viņš savā kontā redzēs, kurš centrs un konsultants to iesniedza;
- personas kodu nepierakstiet uz papīra un nesūtiet pa e-pastu.`,
      en: `Before acting for a visitor, identify them with a valid identity document: a passport or an identity card. Compare the photo, check the expiry date and the personal code.

In the written authorisation the visitor states which e-services the consultant may submit for them and for how long it is valid. The visitor signs it and the signed form is scanned.

Remember:
- without an authorisation in force that covers the e-service, nothing may be submitted in the visitor's name;
- the application is the visitor's, and in their account they will see which centre and consultant submitted it;
- never write the personal code on paper or send it by email.`,
    },
    checkedOn: "2026-11-02",
  },
  {
    slug: "klienta-darba-vieta",
    topic: "centre_work",
    title: { lv: "Klienta darba vieta: dators, drukāšana, skenēšana", en: "The client workstation: computer, printing, scanning" },
    body: {
      lv: `Centra darba laikā klients var bez maksas izmantot datoru ar internetu, kā arī nelielā apjomā drukāt, kopēt un skenēt dokumentus, kas vajadzīgi valsts pārvaldes pakalpojumiem. Centrā ir arī bezvadu internets klienta ierīcēm.

Pēc katra klienta:
- pārliecinieties, ka klients ir izgājis no visiem portāliem un e-pasta;
- aizveriet pārlūku, lai izdzēstu sesiju;
- izdzēsiet lejupielādētos un skenētos failus.

Ja klients lūdz iemācīt strādāt ar datoru vai portālu, piedāvājiet to darīt kopā soli pa solim, lai nākamreiz viņš var tikt galā pats.`,
      en: `During the centre's hours a visitor may use a computer with internet access free of charge, and print, copy and scan small amounts of documents needed for public services. There is also wireless internet for visitors' own devices.

After each visitor:
- make sure they have logged out of every portal and their email;
- close the browser to end the session;
- delete downloaded and scanned files.

If a visitor asks to learn to use the computer or the portal, offer to go through it together step by step, so that next time they can manage on their own.`,
    },
    checkedOn: "2026-04-14",
  },
];
