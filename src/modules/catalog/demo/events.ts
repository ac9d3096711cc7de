// Life and business events: the situations people and companies find themselves in, as latvija.lv
// groups them, each a short ordered path through the services in the demo catalogue. Every step
// points at one or more service identifiers (municipal ones by their template identifier).
import type { EventDocument } from "../model.ts";

export const LIFE_EVENTS: EventDocument[] = [
  {
    identifier: "berna-piedzimsana",
    kind: "life",
    title: { lv: "Bērna piedzimšana", en: "Birth of a child" },
    description: {
      lv: "Bērna piedzimšana ir liels prieks un arī virkne praktisku darbu. Šeit apkopots, kā reģistrēt bērnu, izvēlēties viņam ģimenes ārstu un saņemt valsts un pašvaldības pabalstus. Lielāko daļu pabalstu var pieprasīt tiešsaistē, tiklīdz bērna dzimšana ir reģistrēta.",
      en: "A new baby brings great joy and a fair amount of paperwork. Here is how to register your child, choose a family doctor and receive state and municipal benefits. Most benefits can be claimed online as soon as the birth is registered.",
    },
    keywords: {
      lv: ["jaundzimušais", "mazulis", "dzemdības", "bērna reģistrācija", "pabalsts", "dekrēts", "bērna kopšanas atvaļinājums"],
      en: ["newborn", "baby", "childbirth", "birth registration", "benefit", "maternity leave", "parental leave"],
    },
    steps: [
      {
        title: { lv: "Reģistrējiet bērna dzimšanu", en: "Register the birth" },
        description: {
          lv: "Dzimšanu reģistrē jebkurā dzimtsarakstu nodaļā viena mēneša laikā pēc bērna piedzimšanas; līdzi ņemiet vecāku pases vai personas apliecības.",
          en: "Register the birth at any civil registry office within one month; bring the parents' passports or ID cards.",
        },
        services: ["dzimsanas-registracija"],
      },
      {
        title: { lv: "Izvēlieties bērnam ģimenes ārstu", en: "Choose a family doctor for your child" },
        description: {
          lv: "Reģistrējiet mazuli pie ģimenes ārsta jau pirmajās dienās pēc izrakstīšanās no dzemdību nodaļas, lai nenokavētu pirmās apskates.",
          en: "Register your baby with a family doctor in the first days after leaving the maternity ward so that no early check-up is missed.",
        },
        services: ["gimenes-arsta-maina"],
      },
      {
        title: { lv: "Pārliecinieties, ka bērna dzīvesvieta ir deklarēta", en: "Make sure the child's residence is declared" },
        description: {
          lv: "Deklarētā dzīvesvieta nosaka, kura pašvaldība maksā vietējos pabalstus un kurā bērnudārza rindā bērnu var pieteikt.",
          en: "The declared residence decides which municipality pays local benefits and which kindergarten waiting list your child can join.",
        },
        services: ["dzivesvietas-deklaresana"],
      },
      {
        title: { lv: "Piesakiet maternitātes un paternitātes pabalstu", en: "Claim maternity and paternity benefit" },
        description: {
          lv: "Maternitātes pabalstu māte parasti piesaka jau grūtniecības laikā ar darbnespējas lapu B, bet tēvs paternitātes pabalstu saņem par atvaļinājumu, ko izmanto pēc bērna piedzimšanas.",
          en: "Mothers usually claim maternity benefit during pregnancy with a type B sick-leave certificate; fathers receive paternity benefit for the leave they take after the birth.",
        },
        services: ["maternitates-pabalsts", "paternitates-pabalsts"],
      },
      {
        title: { lv: "Saņemiet bērna piedzimšanas pabalstus", en: "Receive the childbirth allowances" },
        description: {
          lv: "Valsts pabalsts jāpieprasa VSAA sešu mēnešu laikā pēc bērna piedzimšanas, bet pašvaldības vienreizējo pabalstu piesakiet savā pašvaldībā — tā apmērs un noteikumi katrā novadā atšķiras.",
          en: "Claim the state allowance from VSAA within six months of the birth, and apply to your municipality for its one-off allowance, whose amount and rules differ from place to place.",
        },
        services: ["bernu-piedzimsanas-pabalsts", "pasvaldibas-pabalsts-bernam-piedzimstot"],
      },
      {
        title: { lv: "Izvēlieties vecāku pabalstu vai bērna kopšanas pabalstu", en: "Choose parental benefit or childcare benefit" },
        description: {
          lv: "Sociāli apdrošināts vecāks var saņemt vecāku pabalstu līdz bērna gada vai pusotra gada vecumam, bet, ja neesat apdrošināts, pienākas bērna kopšanas pabalsts.",
          en: "An insured parent can receive parental benefit until the child is one or one and a half years old; if you are not insured, you are entitled to childcare benefit.",
        },
        services: ["vecaku-pabalsts", "bernu-kopsanas-pabalsts"],
      },
      {
        title: { lv: "Saņemiet ģimenes valsts pabalstu un nodokļu atvieglojumu", en: "Get the family state benefit and tax relief" },
        description: {
          lv: "Ģimenes valsts pabalstu maksā no bērna viena gada vecuma, bet pieprasīt to var jau drīz pēc piedzimšanas; bērnu kā apgādājamo nodokļu atvieglojumam varat pieteikt uzreiz.",
          en: "The family state benefit is paid from the child's first birthday, but you can apply for it soon after the birth; you can register the child as a dependant for tax relief straight away.",
        },
        services: ["gimenes-valsts-pabalsts", "apgadajamo-pieteiksana"],
      },
    ],
  },
  {
    identifier: "dzivesvietas-maina",
    kind: "life",
    title: { lv: "Dzīvesvietas maiņa", en: "Moving house" },
    description: {
      lv: "Pārceļoties uz jaunu mājokli, svarīgākais ir mēneša laikā deklarēt jauno dzīvesvietu — pēc tās iestādes zina, kur jūs sasniegt un kādi pakalpojumi jums pienākas. Pēc tam pārskatiet ģimenes ārstu, bērnudārzu un pašvaldības atbalstu jaunajā vietā.",
      en: "When you move, the most important thing is to declare your new address within a month: it tells public bodies where to reach you and which services you are entitled to. Then review your family doctor, kindergarten place and local support in your new area.",
    },
    keywords: {
      lv: ["pārvākšanās", "jauna adrese", "deklarēšanās", "pierakstīšanās", "īre", "dzīvoklis"],
      en: ["moving", "new address", "change of address", "registering an address", "renting", "flat"],
    },
    steps: [
      {
        title: { lv: "Deklarējiet jauno dzīvesvietu", en: "Declare your new address" },
        description: {
          lv: "Tiešsaistē to var izdarīt dažās minūtēs; ja mājoklis jums nepieder, norādiet tiesisko pamatu, piemēram, īres līgumu, vai saņemiet īpašnieka piekrišanu.",
          en: "Online it takes a few minutes; if you do not own the home, give the legal basis, such as a tenancy agreement, or get the owner's consent.",
        },
        services: ["dzivesvietas-deklaresana"],
      },
      {
        title: { lv: "Pārbaudiet, kas deklarēts jūsu īpašumā", en: "Check who is registered at your property" },
        description: {
          lv: "Ja iepriekšējo mājokli pārdodat vai izīrējat, pārliecinieties, ka tajā nav palikušas deklarētas personas, kuras tur vairs nedzīvo.",
          en: "If you sell or let your previous home, make sure nobody who no longer lives there is still registered at that address.",
        },
        services: ["mana-ipasuma-deklaretas-personas"],
      },
      {
        title: { lv: "Pārskatiet ģimenes ārstu", en: "Review your family doctor" },
        description: {
          lv: "Ja jaunā dzīvesvieta ir tālu, izvēlieties ģimenes ārstu tuvāk mājām — reģistrējoties pie jaunā ārsta, pieraksts pie iepriekšējā beidzas.",
          en: "If you have moved far away, choose a family doctor closer to home; registering with the new doctor ends your registration with the old one.",
        },
        services: ["gimenes-arsta-maina"],
      },
      {
        title: { lv: "Piesakiet bērnu bērnudārzā jaunajā pašvaldībā", en: "Put your child on the local kindergarten list" },
        description: {
          lv: "Rindas kārtību nosaka pašvaldība, un priekšroka parasti ir bērniem, kuru dzīvesvieta deklarēta tās teritorijā.",
          en: "Each municipality runs its own list, and children whose residence is declared in its territory usually come first.",
        },
        services: ["pirmsskolas-izglitibas-iestades-rinda"],
      },
      {
        title: { lv: "Noskaidrojiet pašvaldības atbalstu un nodokļus", en: "Find out about local support and property tax" },
        description: {
          lv: "Mājokļa pabalsta un nekustamā īpašuma nodokļa atvieglojumu noteikumi katrā pašvaldībā ir atšķirīgi, tāpēc pārbaudiet jaunās pašvaldības kārtību.",
          en: "Housing allowance and property tax relief rules differ between municipalities, so check how your new one handles them.",
        },
        services: ["majokla-pabalsts", "nekustama-ipasuma-nodoklis"],
      },
      {
        title: { lv: "Pārbaudiet savu vēlēšanu iecirkni", en: "Check your polling station" },
        description: {
          lv: "Vēlētāju reģistrā jūs piesaista iecirknim pēc deklarētās dzīvesvietas; ja vēlaties balsot citur, iecirkni var mainīt līdz noteiktam termiņam pirms vēlēšanām.",
          en: "The voter register assigns you to a polling station by your declared address; if you want to vote elsewhere, you can change it up to a deadline before the election.",
        },
        services: ["velesanu-iecirkna-maina"],
      },
    ],
  },
  {
    identifier: "darba-zaudesana",
    kind: "life",
    title: { lv: "Darba zaudēšana", en: "Losing your job" },
    description: {
      lv: "Darba zaudēšana ir satraucoša, taču valsts palīdz gan ar ienākumiem pārejas laikā, gan ar jauna darba meklēšanu. Sāciet ar reģistrēšanos Nodarbinātības valsts aģentūrā un bezdarbnieka pabalsta pieteikšanu, un izmantojiet bezmaksas apmācības un konsultācijas.",
      en: "Losing your job is unsettling, but the state can help both with income in the meantime and with finding new work. Start by registering with the State Employment Agency and applying for unemployment benefit, then make use of free training and advice.",
    },
    keywords: {
      lv: ["bezdarbs", "atlaišana", "bezdarbnieks", "NVA", "bezdarbnieka pabalsts", "darba meklēšana", "štatu samazināšana"],
      en: ["unemployment", "dismissal", "redundancy", "job seeker", "unemployment benefit", "job search", "laid off"],
    },
    steps: [
      {
        title: { lv: "Reģistrējieties NVA kā bezdarbnieks", en: "Register with NVA as unemployed" },
        description: {
          lv: "Dariet to drīz pēc darba attiecību beigām, jo bez bezdarbnieka statusa nevar saņemt ne pabalstu, ne NVA atbalstu.",
          en: "Do this soon after your job ends: without unemployed status you cannot receive the benefit or NVA support.",
        },
        services: ["bezdarbnieka-statusa-pieskirsana"],
      },
      {
        title: { lv: "Piesakiet bezdarbnieka pabalstu", en: "Apply for unemployment benefit" },
        description: {
          lv: "Pabalstu piešķir VSAA, ja pēdējo 16 mēnešu laikā esat bijis sociāli apdrošināts vismaz 12 mēnešus.",
          en: "VSAA grants the benefit if you have been socially insured for at least 12 of the last 16 months.",
        },
        services: ["bezdarbnieka-pabalsts"],
      },
      {
        title: { lv: "Pārbaudiet sociālās apdrošināšanas iemaksas", en: "Check your social insurance contributions" },
        description: {
          lv: "Ja darba devējs nav veicis iemaksas, pabalsts var būt mazāks, tāpēc izziņā pārliecinieties, ka visi darba periodi ir uzskaitīti.",
          en: "Missing employer contributions can lower your benefit, so check the statement to make sure every period of work is recorded.",
        },
        services: ["socialas-apdrosinasanas-izzina"],
      },
      {
        title: { lv: "Ja atlaišana šķiet netaisnīga", en: "If the dismissal seems unfair" },
        description: {
          lv: "Valsts darba inspekcija bez maksas konsultē par atlaišanas kārtību, bet atcerieties, ka tiesā atlaišanu var apstrīdēt tikai viena mēneša laikā.",
          en: "The State Labour Inspectorate gives free advice on dismissal rules, but remember that a dismissal can only be challenged in court within one month.",
        },
        services: ["darba-tiesibu-konsultacija", "iesniegums-par-darba-tiesibu-parkapumu"],
      },
      {
        title: { lv: "Apgūstiet jaunas prasmes", en: "Learn new skills" },
        description: {
          lv: "Karjeras konsultants palīdzēs izvērtēt iespējas, bet ar NVA kuponu bez maksas var apgūt jaunu profesiju vai valodu.",
          en: "A career counsellor will help you weigh up your options, and an NVA voucher lets you learn a new trade or language free of charge.",
        },
        services: ["karjeras-konsultacijas", "nva-apmacibas-kuponi", "darba-meklesanas-atbalsts"],
      },
      {
        title: { lv: "Apsveriet subsidētu darbavietu", en: "Consider a subsidised job" },
        description: {
          lv: "Ja darbu atrast ir grūtāk, piemēram, invaliditātes vai vecuma dēļ, NVA var piedāvāt darbavietu, kuras izmaksas daļēji sedz valsts.",
          en: "If finding work is harder for you, for example because of disability or age, NVA can offer a job partly paid for by the state.",
        },
        services: ["subsidetas-darbavietas"],
      },
      {
        title: { lv: "Ja ienākumu nepietiek", en: "If your income is not enough" },
        description: {
          lv: "Vērsieties pašvaldības sociālajā dienestā, kas izvērtēs mājsaimniecības ienākumus un var piešķirt pabalstus.",
          en: "Contact your municipal social service, which will assess your household income and may grant benefits.",
        },
        services: ["trucigas-maznodrosinatas-majsaimniecibas-statuss", "garanteta-minimala-ienakuma-pabalsts", "majokla-pabalsts"],
      },
    ],
  },
  {
    identifier: "pensionesanas",
    kind: "life",
    title: { lv: "Pensionēšanās", en: "Retiring" },
    description: {
      lv: "Vecuma pensijas vecums Latvijā ir 65 gadi, un pensiju piešķir, ja ir uzkrāts nepieciešamais apdrošināšanas stāžs. Laikus pārbaudiet savu stāžu un uzkrājumu, lai pensiju varētu pieprasīt bez liekiem pārsteigumiem.",
      en: "The state retirement age in Latvia is 65, and the pension is granted once you have the required insurance record. Check your record and savings in good time so that you can claim your pension without surprises.",
    },
    keywords: {
      lv: ["pensija", "pensionārs", "pensijas vecums", "darba stāžs", "2. pensiju līmenis", "vecuma pensija"],
      en: ["pension", "pensioner", "retirement age", "insurance record", "second pension pillar", "old-age pension"],
    },
    steps: [
      {
        title: { lv: "Pārbaudiet savu apdrošināšanas stāžu", en: "Check your insurance record" },
        description: {
          lv: "Dariet to dažus gadus pirms pensijas, lai paspētu atrast arhīva izziņas par trūkstošajiem darba periodiem.",
          en: "Do this a few years before retiring, so there is time to find archive certificates for any missing periods of work.",
        },
        services: ["socialas-apdrosinasanas-izzina", "arhiva-izzina"],
      },
      {
        title: { lv: "Izlemiet par 2. pensiju līmeņa uzkrājumu", en: "Decide about your second-pillar savings" },
        description: {
          lv: "Pensionējoties 2. līmeņa uzkrājumu var pievienot vecuma pensijai vai par to iegādāties mūža pensiju, bet līdz tam varat mainīt tā pārvaldītāju.",
          en: "When you retire, your second-pillar savings can be added to your old-age pension or used to buy a life annuity; until then you can change the fund manager.",
        },
        services: ["pensiju-2-limena-parvaldnieka-maina"],
      },
      {
        title: { lv: "Izvērtējiet priekšlaicīgu pensionēšanos", en: "Consider early retirement" },
        description: {
          lv: "Ar pietiekamu stāžu pensionēties var līdz diviem gadiem agrāk, taču līdz pensijas vecumam pensija tiek izmaksāta samazinātā apmērā.",
          en: "With a long enough record you can retire up to two years early, but until you reach retirement age the pension is paid at a reduced rate.",
        },
        services: ["priekslaiciga-vecuma-pensija"],
      },
      {
        title: { lv: "Pieprasiet vecuma pensiju", en: "Claim your old-age pension" },
        description: {
          lv: "Iesniegumu var iesniegt tiešsaistē vai jebkurā VSAA klientu apkalpošanas centrā, kad tuvojas pensijas vecums.",
          en: "You can apply online or at any VSAA customer service centre as your retirement age approaches.",
        },
        services: ["vecuma-pensija"],
      },
      {
        title: { lv: "Atgūstiet daļu izdevumu ar gada deklarāciju", en: "Recover some expenses with an annual tax return" },
        description: {
          lv: "Arī pensionāri var iesniegt gada ienākumu deklarāciju un atgūt daļu nodokļa par izdevumiem ārstniecībai un zobārstniecībai.",
          en: "Pensioners can also file an annual income tax return and get back part of the tax on medical and dental expenses.",
        },
        services: ["gada-ienakumu-deklaracija"],
      },
    ],
  },
  {
    identifier: "tuvinieka-nave",
    kind: "life",
    title: { lv: "Tuvinieka nāve", en: "Death of a loved one" },
    description: {
      lv: "Tuvinieka aiziešana ir smags brīdis, un tieši tad jākārto vairākas formalitātes. Šeit soli pa solim aprakstīts, kā reģistrēt miršanu, saņemt apbedīšanas pabalstu un uzsākt mantojuma lietu. Daudzus darbus var uzticēt arī apbedīšanas birojam vai kādam no tuviniekiem.",
      en: "Losing someone close is hard, and it is exactly then that several formalities have to be dealt with. Here is a step-by-step guide to registering the death, receiving the funeral allowance and opening the inheritance case. Many of these tasks can be left to a funeral service or another family member.",
    },
    keywords: {
      lv: ["nāve", "miršana", "bēres", "apbedīšana", "mantojums", "miršanas apliecība", "apgādnieka zaudējums"],
      en: ["death", "bereavement", "funeral", "burial", "inheritance", "death certificate", "loss of a breadwinner"],
    },
    steps: [
      {
        title: { lv: "Reģistrējiet miršanu", en: "Register the death" },
        description: {
          lv: "Miršanu reģistrē dzimtsarakstu nodaļā, uzrādot ārsta apliecinājumu par nāvi; to var izdarīt tuvinieks vai apbedīšanas birojs.",
          en: "The death is registered at a civil registry office on the basis of the doctor's certificate; a relative or the funeral service can do it.",
        },
        services: ["mirsanas-registracija"],
      },
      {
        title: { lv: "Piesakiet apbedīšanas pabalstu", en: "Claim the funeral allowance" },
        description: {
          lv: "Pabalstu pieprasa tas, kurš sedza apbedīšanas izdevumus, un to var izdarīt tiešsaistē vai VSAA klientu apkalpošanas centrā.",
          en: "The allowance is claimed by whoever paid for the funeral, online or at a VSAA customer service centre.",
        },
        services: ["apbedisanas-pabalsts"],
      },
      {
        title: { lv: "Noskaidrojiet tiesības uz apgādnieka zaudējuma pensiju", en: "Check for a survivor's pension" },
        description: {
          lv: "Ja mirušais apgādāja bērnus vai studējošus jauniešus, viņiem var pienākties apgādnieka zaudējuma pensija.",
          en: "If the deceased supported children or young people in education, they may be entitled to a survivor's pension.",
        },
        services: ["apgadnieka-zaudejuma-pensija"],
      },
      {
        title: { lv: "Uzsāciet mantojuma lietu", en: "Open the inheritance case" },
        description: {
          lv: "Mantojuma lietu var uzsākt pie jebkura zvērināta notāra, un pieteikties mantojumam parasti jāpaspēj trīs mēnešu laikā pēc sludinājuma publicēšanas.",
          en: "Any sworn notary can open the inheritance case, and heirs usually have three months from the public notice to come forward.",
        },
        services: ["mantojuma-lietas-uzsaksana"],
      },
      {
        title: { lv: "Nostipriniet mantotā īpašuma tiesības", en: "Register the inherited property" },
        description: {
          lv: "Pēc mantojuma apliecības saņemšanas nekustamais īpašums jāieraksta zemesgrāmatā uz mantinieka vārda.",
          en: "Once you have the certificate of inheritance, the real estate must be entered in the land register in the heir's name.",
        },
        services: ["ipasuma-tiesibu-nostiprinasana-zemesgramata"],
      },
      {
        title: { lv: "Pārreģistrējiet mantoto transportlīdzekli", en: "Re-register an inherited vehicle" },
        description: {
          lv: "Mantoto automašīnu CSDD pārreģistrē uz mantinieka vārda, uzrādot mantojuma apliecību.",
          en: "An inherited car is re-registered with CSDD in the heir's name on presentation of the certificate of inheritance.",
        },
        services: ["transportlidzekla-ipasnieka-maina"],
      },
    ],
  },
  {
    identifier: "majokla-iegade",
    kind: "life",
    title: { lv: "Mājokļa iegāde", en: "Buying a home" },
    description: {
      lv: "Dzīvokļa vai mājas pirkšana ir viens no lielākajiem lēmumiem dzīvē. Pirms darījuma pārbaudiet īpašuma datus zemesgrāmatā un kadastrā, bet pēc tam nostipriniet savas tiesības un deklarējiet dzīvesvietu jaunajās mājās.",
      en: "Buying a flat or a house is one of life's biggest decisions. Before the deal, check the property in the land register and the cadastre; afterwards, register your title and declare your new home as your residence.",
    },
    keywords: {
      lv: ["dzīvoklis", "māja", "nekustamais īpašums", "pirkuma līgums", "hipotēka", "mājokļa kredīts", "zemesgrāmata"],
      en: ["flat", "house", "real estate", "purchase agreement", "mortgage", "home loan", "land register"],
    },
    steps: [
      {
        title: { lv: "Pārbaudiet īpašumu pirms pirkšanas", en: "Check the property before you buy" },
        description: {
          lv: "Zemesgrāmatā redzams īpašnieks un apgrūtinājumi, piemēram, hipotēkas un aizliegumi, bet kadastrā — platība un robežas.",
          en: "The land register shows the owner and any encumbrances such as mortgages or prohibitions; the cadastre shows the area and boundaries.",
        },
        services: ["zemesgramatas-datu-apskate", "kadastra-informacija"],
      },
      {
        title: { lv: "Noskaidrojiet kadastrālo vērtību", en: "Find out the cadastral value" },
        description: {
          lv: "Kadastrālā vērtība ietekmē gan nekustamā īpašuma nodokli, gan valsts nodevu par īpašuma ierakstīšanu zemesgrāmatā.",
          en: "The cadastral value affects both the property tax and the state fee for entering the property in the land register.",
        },
        services: ["kadastralas-vertibas-noskaidrosana"],
      },
      {
        title: { lv: "Nostipriniet īpašuma tiesības zemesgrāmatā", en: "Register your title in the land register" },
        description: {
          lv: "Kamēr īpašums nav ierakstīts zemesgrāmatā uz jūsu vārda, pret trešajām personām jūs neesat tā īpašnieks, tāpēc nostiprinājuma lūgumu iesniedziet uzreiz pēc darījuma.",
          en: "Until the property is registered in your name, you are not its owner as far as third parties are concerned, so file the application right after the deal.",
        },
        services: ["ipasuma-tiesibu-nostiprinasana-zemesgramata"],
      },
      {
        title: { lv: "Deklarējiet dzīvesvietu jaunajās mājās", en: "Declare your new home as your residence" },
        description: {
          lv: "Pēc pārcelšanās deklarējiet jauno adresi mēneša laikā — daudzās pašvaldībās tas dod arī nekustamā īpašuma nodokļa atvieglojumu.",
          en: "Declare your new address within a month of moving in; in many municipalities this also brings property tax relief.",
        },
        services: ["dzivesvietas-deklaresana"],
      },
      {
        title: { lv: "Pārbaudiet, kas vēl deklarēts mājoklī", en: "Check who is still registered at the address" },
        description: {
          lv: "Ja iepriekšējie iemītnieki nav deklarējušies citur, varat lūgt pašvaldībai anulēt ziņas par viņu dzīvesvietu.",
          en: "If previous occupants have not registered elsewhere, you can ask the municipality to cancel their registration.",
        },
        services: ["mana-ipasuma-deklaretas-personas"],
      },
      {
        title: { lv: "Maksājiet nekustamā īpašuma nodokli", en: "Pay the property tax" },
        description: {
          lv: "Maksāšanas paziņojumu pašvaldība nosūta gada sākumā, un nodokli var maksāt uzreiz vai pa daļām reizi ceturksnī.",
          en: "The municipality sends the tax notice early in the year, and you can pay at once or in quarterly instalments.",
        },
        services: ["nekustama-ipasuma-nodoklis"],
      },
      {
        title: { lv: "Noskaidrojiet mājas renovācijas plānus", en: "Ask about renovation plans for the building" },
        description: {
          lv: "Ja pērkat dzīvokli daudzdzīvokļu mājā, noskaidrojiet, vai dzīvokļu īpašnieki plāno māju siltināt ar ALTUM atbalstu.",
          en: "If you are buying a flat in an apartment building, ask whether the owners plan an energy-efficiency renovation with ALTUM support.",
        },
        services: ["daudzdzivoklu-maju-energoefektivitate"],
      },
    ],
  },
  {
    identifier: "automasinas-iegade",
    kind: "life",
    title: { lv: "Automašīnas iegāde", en: "Buying a car" },
    description: {
      lv: "Pērkot automašīnu, jāreģistrē īpašnieka maiņa, jāiegādājas OCTA polise un jāsamaksā transportlīdzekļa ekspluatācijas nodoklis. Lielu daļu darbu var paveikt tiešsaistē CSDD e-pakalpojumos, neapmeklējot nodaļu.",
      en: "When you buy a car you need to register the change of owner, take out compulsory motor insurance (OCTA) and pay the vehicle operation tax. Much of this can be done online through the CSDD e-services without visiting an office.",
    },
    keywords: {
      lv: ["auto", "mašīna", "automašīnas pirkšana", "pārreģistrācija", "OCTA", "tehniskā apskate", "lietota automašīna"],
      en: ["car", "vehicle", "buying a car", "re-registration", "motor insurance", "roadworthiness test", "used car"],
    },
    steps: [
      {
        title: { lv: "Reģistrējiet sevi kā īpašnieku", en: "Register yourself as the owner" },
        description: {
          lv: "Latvijā pirktai automašīnai reģistrē īpašnieka maiņu, bet jaunu vai no ārvalstīm ievestu automašīnu reģistrē Latvijā pirmo reizi.",
          en: "For a car bought in Latvia you register the change of owner; a new car or one brought from abroad is registered in Latvia for the first time.",
        },
        services: ["transportlidzekla-ipasnieka-maina", "transportlidzekla-registracija"],
      },
      {
        title: { lv: "Samaksājiet ekspluatācijas nodokli un apdrošiniet auto", en: "Pay the operation tax and insure the car" },
        description: {
          lv: "Bez OCTA polises un samaksāta transportlīdzekļa ekspluatācijas nodokļa automašīnu nedrīkst izmantot ceļu satiksmē.",
          en: "A car may not be driven on public roads without OCTA insurance and a paid vehicle operation tax.",
        },
        services: ["transportlidzekla-ekspluatacijas-nodoklis"],
      },
      {
        title: { lv: "Veiciet tehnisko apskati", en: "Get the roadworthiness test" },
        description: {
          lv: "Apskates termiņu var pārbaudīt CSDD e-pakalpojumos; ar nokavētu apskati braukt nedrīkst.",
          en: "You can check when the next test is due in the CSDD e-services; driving with an overdue test is not allowed.",
        },
        services: ["tehniska-apskate"],
      },
      {
        title: { lv: "Kravas transportlīdzeklim — autoceļu lietošanas nodeva", en: "For a goods vehicle, the road user charge" },
        description: {
          lv: "Ja iegādājaties kravas automašīnu, pārbaudiet, vai par to jāmaksā autoceļu lietošanas nodeva jeb vinjete.",
          en: "If you buy a goods vehicle, check whether you need to pay the road user charge (vignette).",
        },
        services: ["autocelu-lietosanas-nodeva"],
      },
      {
        title: { lv: "Noņemiet veco auto no uzskaites", en: "Deregister your old car" },
        description: {
          lv: "Automašīnu, kuru vairs nelietosiet, var nodot demontāžas uzņēmumā un noņemt no uzskaites, lai par to vairs nebūtu jāmaksā nodoklis.",
          en: "A car you no longer use can be handed to a dismantling company and deregistered, so you stop paying tax on it.",
        },
        services: ["transportlidzekla-nonemsana-no-uzskaites"],
      },
    ],
  },
  {
    identifier: "studijas",
    kind: "life",
    title: { lv: "Studijas", en: "Going to university" },
    description: {
      lv: "Studiju sākums nozīmē jaunu pilsētu, jaunus izdevumus un daudz jautājumu. Šeit atradīsiet centralizēto eksāmenu rezultātus, studiju kredītu ar valsts galvojumu un citus pakalpojumus, kas noder studiju laikā un pēc tām.",
      en: "Starting university means a new city, new expenses and plenty of questions. Here you will find your centralised exam results, state-guaranteed student loans and other services that help during and after your studies.",
    },
    keywords: {
      lv: ["augstskola", "universitāte", "students", "studiju kredīts", "centralizētie eksāmeni", "iestāšanās", "studiju maksa"],
      en: ["university", "college", "student", "student loan", "state exams", "admission", "tuition fee"],
    },
    steps: [
      {
        title: { lv: "Apskatiet centralizēto eksāmenu rezultātus", en: "View your centralised exam results" },
        description: {
          lv: "Augstskolas uzņem studentus pēc centralizēto eksāmenu rezultātiem, un sertifikātus var apskatīt un izdrukāt tiešsaistē.",
          en: "Universities admit students on the basis of centralised exam results, and you can view and print the certificates online.",
        },
        services: ["centralizeto-eksamenu-rezultati"],
      },
      {
        title: { lv: "Ārvalstīs iegūtas izglītības atzīšana", en: "Recognition of education gained abroad" },
        description: {
          lv: "Ja iepriekšējo izglītību ieguvāt ārvalstīs, laikus noskaidrojiet tās atzīšanu, jo tas var aizņemt vairākas nedēļas.",
          en: "If your previous education was abroad, sort out its recognition early, as it can take several weeks.",
        },
        services: ["arvalstu-augstakas-izglitibas-atzisana"],
      },
      {
        title: { lv: "Piesakiet studiju kredītu", en: "Apply for a student loan" },
        description: {
          lv: "Kredītu ar valsts galvojumu izsniedz banka, un to var izmantot gan studiju maksai, gan ikdienas izdevumiem.",
          en: "The state-guaranteed loan is issued by a bank and can cover both tuition fees and living costs.",
        },
        services: ["studiju-kredits"],
      },
      {
        title: { lv: "Atgūstiet daļu no studiju maksas", en: "Get part of your tuition fee back" },
        description: {
          lv: "Par samaksāto studiju maksu var atgūt daļu iedzīvotāju ienākuma nodokļa, iesniedzot gada ienākumu deklarāciju.",
          en: "Part of the income tax paid can be refunded for tuition fees by filing an annual income tax return.",
        },
        services: ["gada-ienakumu-deklaracija"],
      },
      {
        title: { lv: "Izmantojiet Nacionālās bibliotēkas krājumus", en: "Use the National Library's collections" },
        description: {
          lv: "Ar LNB lasītāja karti var izmantot grāmatas un datubāzes, kas noder kursa darbiem un pētījumiem.",
          en: "A National Library reader's card gives you books and databases that help with coursework and research.",
        },
        services: ["lnb-lasitaja-karte"],
      },
      {
        title: { lv: "Dodoties studēt ārvalstīs", en: "When studying abroad" },
        description: {
          lv: "Apmaiņas studijām paņemiet līdzi EVAK un, ja nepieciešams, apliecinātas izglītības dokumentu kopijas.",
          en: "For an exchange semester, take your EHIC and, where needed, certified copies of your education documents.",
        },
        services: ["eiropas-veselibas-apdrosinasanas-karte", "izglitibas-dokumenta-apliecinasana"],
      },
      {
        title: { lv: "Pēc studijām — kredīta dzēšana", en: "After graduation: loan write-off" },
        description: {
          lv: "Ja strādājat noteiktās profesijās vai jums piedzimst bērns, daļu studiju kredīta var dzēst no valsts budžeta.",
          en: "If you work in certain professions or have a child, part of your student loan can be written off by the state.",
        },
        services: ["studiju-kredita-dzesana"],
      },
    ],
  },
  {
    identifier: "laulibas-noslegsana",
    kind: "life",
    title: { lv: "Laulības noslēgšana", en: "Getting married" },
    description: {
      lv: "Laulību var noslēgt dzimtsarakstu nodaļā vai baznīcā, un pēc tam jāparūpējas, lai jaunais uzvārds un kopīgā adrese nonāktu visos svarīgajos dokumentos. Apkopojām soļus no iesnieguma līdz personas dokumentu nomaiņai.",
      en: "You can marry at a civil registry office or in church, and afterwards make sure any new surname and your shared address appear on all the important documents. Here are the steps from the application to new identity documents.",
    },
    keywords: {
      lv: ["kāzas", "precības", "laulības reģistrācija", "uzvārda maiņa", "dzimtsarakstu nodaļa", "laulātie"],
      en: ["wedding", "marriage", "marriage registration", "change of surname", "registry office", "spouses"],
    },
    steps: [
      {
        title: { lv: "Piesakiet laulības reģistrāciju", en: "Apply to register the marriage" },
        description: {
          lv: "Kopīgu iesniegumu dzimtsarakstu nodaļā iesniedziet ne vēlāk kā mēnesi un ne agrāk kā sešus mēnešus pirms kāzu dienas.",
          en: "Submit a joint application to the civil registry office no later than one month and no earlier than six months before the wedding.",
        },
        services: ["laulibas-registracija"],
      },
      {
        title: { lv: "Nomainiet personas dokumentus", en: "Replace your identity documents" },
        description: {
          lv: "Ja pieņemat laulātā uzvārdu, pieprasiet jaunu pasi vai personas apliecību — eID karte noder arī e-pakalpojumiem.",
          en: "If you take your spouse's surname, apply for a new passport or ID card; the eID card also works for e-services.",
        },
        services: ["pases-izsniegsana", "personas-apliecibas-izsniegsana"],
      },
      {
        title: { lv: "Apmainiet vadītāja apliecību", en: "Exchange your driving licence" },
        description: {
          lv: "Pēc uzvārda maiņas apmainiet arī vadītāja apliecību CSDD.",
          en: "After changing your surname, exchange your driving licence at CSDD as well.",
        },
        services: ["vaditaja-apliecibas-maina"],
      },
      {
        title: { lv: "Deklarējiet kopīgo dzīvesvietu", en: "Declare your shared address" },
        description: {
          lv: "Ja pārceļaties dzīvot kopā, jauno adresi katrs laulātais deklarē pats.",
          en: "If you move in together, each spouse declares the new address for themselves.",
        },
        services: ["dzivesvietas-deklaresana"],
      },
      {
        title: { lv: "Pārskatiet nodokļu atvieglojumus", en: "Review your tax reliefs" },
        description: {
          lv: "Ja laulātais nestrādā un atbilst likumā noteiktajiem nosacījumiem, viņu var pieteikt kā apgādājamo.",
          en: "If your spouse does not work and meets the conditions set by law, you can register them as a dependant.",
        },
        services: ["apgadajamo-pieteiksana"],
      },
      {
        title: { lv: "Pārbaudiet savus datus valsts reģistros", en: "Check your data in state registers" },
        description: {
          lv: "Pārliecinieties, ka jaunais uzvārds un ziņas par laulību reģistros ir pareizas.",
          en: "Make sure your new surname and the marriage are recorded correctly.",
        },
        services: ["mani-dati-valsts-registros"],
      },
    ],
  },
  {
    identifier: "berns-bernudarza-un-skola",
    kind: "life",
    title: { lv: "Bērns bērnudārzā un skolā", en: "Your child at kindergarten and school" },
    description: {
      lv: "No rindas uz bērnudārzu līdz skolas izlaidumam vecākiem jākārto vairākas lietas. Šeit apkopoti pakalpojumi, kas palīdz iegūt vietu bērnudārzā, rūpēties par bērna veselību un saņemt ģimenēm paredzēto atbalstu.",
      en: "From the kindergarten waiting list to the school-leaving ceremony, parents have quite a few things to arrange. Here are the services that help you get a kindergarten place, look after your child's health and receive support meant for families.",
    },
    keywords: {
      lv: ["bērnudārzs", "PII", "skola", "bērnudārza rinda", "pirmā klase", "skolēns", "daudzbērnu ģimene"],
      en: ["kindergarten", "nursery", "school", "waiting list", "first grade", "pupil", "large family"],
    },
    steps: [
      {
        title: { lv: "Deklarējiet bērna dzīvesvietu", en: "Declare your child's residence" },
        description: {
          lv: "Pašvaldības bērnudārzos un skolās priekšroka parasti ir bērniem, kuru dzīvesvieta deklarēta attiecīgajā pašvaldībā.",
          en: "Municipal kindergartens and schools usually give priority to children whose residence is declared in that municipality.",
        },
        services: ["dzivesvietas-deklaresana"],
      },
      {
        title: { lv: "Piesakiet bērnu bērnudārza rindā", en: "Put your child on the kindergarten list" },
        description: {
          lv: "Pašvaldībai vieta jānodrošina no pusotra gada vecuma, tāpēc piesakiet bērnu laikus — daudzviet to var izdarīt tiešsaistē.",
          en: "Municipalities must provide a place from the age of one and a half, so apply early; in many places this can be done online.",
        },
        services: ["pirmsskolas-izglitibas-iestades-rinda"],
      },
      {
        title: { lv: "Parūpējieties par veselības izziņu un potēm", en: "Arrange the health certificate and vaccinations" },
        description: {
          lv: "Pirms bērnudārza un skolas ģimenes ārsts izsniedz izziņu par bērna veselību un pārbauda, vai veiktas visas valsts apmaksātās vakcinācijas.",
          en: "Before kindergarten and school, the family doctor issues a health certificate and checks that all state-funded vaccinations have been given.",
        },
        services: ["gimenes-arsta-maina"],
      },
      {
        title: { lv: "Ģimenes valsts pabalsts skolas gados", en: "Family state benefit during school years" },
        description: {
          lv: "Pabalstu izmaksā, kamēr bērns mācās vispārējās vai profesionālās izglītības iestādē, bet ne ilgāk kā līdz 20 gadu vecumam.",
          en: "The benefit is paid while your child is in general or vocational education, up to the age of 20.",
        },
        services: ["gimenes-valsts-pabalsts", "piemaksa-par-bernu-ar-invaliditati"],
      },
      {
        title: { lv: "Daudzbērnu ģimenēm — “3+ Ģimenes karte”", en: "For large families: the “3+ Family Card”" },
        description: {
          lv: "Ja ģimenē aug trīs vai vairāk bērnu, karte dod atlaides un priekšrocības pie daudziem pakalpojumu sniedzējiem.",
          en: "If you are raising three or more children, the card gives discounts and benefits with many service providers.",
        },
        services: ["goda-gimenes-aplieciba"],
      },
      {
        title: { lv: "Ārpusskolas aktivitātes", en: "After-school activities" },
        description: {
          lv: "Jaunsardze skolēniem piedāvā nometnes, pārgājienus un praktiskas iemaņas, kas noder dzīvē.",
          en: "The Youth Guard offers pupils camps, hikes and practical skills for life.",
        },
        services: ["pieteiksanas-jaunsardze"],
      },
      {
        title: { lv: "Ja bērnam nodara pāri", en: "If your child is being hurt" },
        description: {
          lv: "Par vardarbību vai mobingu ziņojiet Valsts bērnu tiesību aizsardzības inspekcijai; bērni paši var zvanīt uz uzticības tālruni 116111.",
          en: "Report violence or bullying to the State Inspectorate for Protection of Children's Rights; children themselves can call the helpline 116111.",
        },
        services: ["zinosana-par-bernu-tiesibu-parkapumu"],
      },
    ],
  },
  {
    identifier: "slimiba-un-darbnespeja",
    kind: "life",
    title: { lv: "Slimība un darbnespēja", en: "Illness and sick leave" },
    description: {
      lv: "Saslimstot vispirms jāparūpējas par veselību, bet pēc tam — par ienākumiem. Darbnespējas lapu ārsts noformē elektroniski, un slimības pabalstu var pieprasīt tiešsaistē. Šeit atradīsiet arī kompensējamās zāles un iespēju atgūt daļu ārstniecības izdevumu.",
      en: "When you fall ill, your health comes first and your income next. Doctors issue sick-leave certificates electronically, and sickness benefit can be claimed online. You will also find reimbursable medicines here and a way to recover part of your medical costs.",
    },
    keywords: {
      lv: ["slimības lapa", "darbnespējas lapa", "saslimšana", "ārsts", "slimības nauda", "zāles", "e-recepte"],
      en: ["sick note", "sick leave", "illness", "doctor", "sick pay", "medicines", "e-prescription"],
    },
    steps: [
      {
        title: { lv: "Reģistrējieties pie ģimenes ārsta", en: "Register with a family doctor" },
        description: {
          lv: "Ģimenes ārsts ir pirmais, pie kā vērsties, lai saņemtu valsts apmaksātu veselības aprūpi un nosūtījumus pie speciālistiem.",
          en: "Your family doctor is the first port of call for state-funded care and referrals to specialists.",
        },
        services: ["gimenes-arsta-maina"],
      },
      {
        title: { lv: "Apskatiet savu darbnespējas lapu", en: "View your sick-leave certificate" },
        description: {
          lv: "Ārsts darbnespējas lapu atver elektroniski, un to redzat gan jūs, gan darba devējs — papīra lapa nav jānes.",
          en: "The doctor opens the certificate electronically and both you and your employer can see it, so there is no paper to hand in.",
        },
        services: ["e-darbnespejas-lapa"],
      },
      {
        title: { lv: "Saņemiet slimības pabalstu", en: "Receive sickness benefit" },
        description: {
          lv: "Pirmās slimības dienas apmaksā darba devējs, bet ilgākas slimības gadījumā slimības pabalstu maksā VSAA.",
          en: "Your employer pays for the first days of illness; for longer illness VSAA pays sickness benefit.",
        },
        services: ["slimibas-pabalsts"],
      },
      {
        title: { lv: "Ja savainojāties darbā", en: "If you were injured at work" },
        description: {
          lv: "Nekavējoties pastāstiet darba devējam, lai nelaimes gadījumu izmeklē un reģistrē — no tā atkarīga arī atlīdzība.",
          en: "Tell your employer straight away so the accident is investigated and recorded; any compensation depends on it.",
        },
        services: ["nelaimes-gadijuma-darba-pazinosana"],
      },
      {
        title: { lv: "Saņemiet kompensējamās zāles", en: "Get reimbursable medicines" },
        description: {
          lv: "Ārsts izraksta e-recepti, un aptiekā zāles saņemat, uzrādot personas dokumentu.",
          en: "The doctor issues an e-prescription, and you collect the medicine at a pharmacy with your ID.",
        },
        services: ["kompensejamie-medikamenti"],
      },
      {
        title: { lv: "Atgūstiet daļu ārstniecības izdevumu", en: "Recover part of your medical costs" },
        description: {
          lv: "Ar gada ienākumu deklarāciju var atgūt daļu nodokļa par ārstniecības izdevumiem, bet pārskatā redzams, ko valsts jau apmaksājusi.",
          en: "An annual tax return gets back part of the tax on medical costs, and the overview shows what the state has already paid for.",
        },
        services: ["gada-ienakumu-deklaracija", "veselibas-aprupes-pakalpojumu-parskats"],
      },
      {
        title: { lv: "Ja aprūpe nebija kvalitatīva", en: "If the care was poor" },
        description: {
          lv: "Vispirms vērsieties pašā ārstniecības iestādē, bet, ja atbilde neapmierina, iesniedziet sūdzību Veselības inspekcijai.",
          en: "First contact the healthcare provider itself; if the answer does not satisfy you, complain to the Health Inspectorate.",
        },
        services: ["sudziba-par-veselibas-aprupi"],
      },
    ],
  },
  {
    identifier: "invaliditate",
    kind: "life",
    title: { lv: "Invaliditāte", en: "Disability" },
    description: {
      lv: "Ja veselības dēļ ikdiena un darbs kļuvuši grūtāki, invaliditātes noteikšana paver ceļu uz pensiju, pabalstiem un palīdzību. Šeit apkopots, kā to noteikt un kādu atbalstu pēc tam var saņemt — no asistenta līdz tehniskajiem palīglīdzekļiem.",
      en: "If your health has made daily life and work harder, having a disability assessed opens the way to a pension, benefits and practical help. Here is how the assessment works and what support follows, from a personal assistant to technical aids.",
    },
    keywords: {
      lv: ["invaliditāte", "invalīds", "VDEĀVK", "invaliditātes grupa", "asistents", "ratiņkrēsls", "rehabilitācija"],
      en: ["disability", "disabled", "disability assessment", "disability group", "personal assistant", "wheelchair", "rehabilitation"],
    },
    steps: [
      {
        title: { lv: "Nosakiet invaliditāti", en: "Have your disability assessed" },
        description: {
          lv: "Ģimenes ārsts vai ārstējošais ārsts sagatavo nosūtījumu, un VDEĀVK izvērtē jūsu veselības stāvokli, bieži vien bez klātienes apmeklējuma.",
          en: "Your family doctor or specialist prepares a referral and the state commission (VDEĀVK) assesses your health, often without an in-person visit.",
        },
        services: ["invaliditates-noteiksana"],
      },
      {
        title: { lv: "Saņemiet pensiju vai pabalstu", en: "Receive a pension or benefit" },
        description: {
          lv: "Ar pietiekamu apdrošināšanas stāžu VSAA piešķir invaliditātes pensiju, bet bez tā — valsts sociālā nodrošinājuma pabalstu.",
          en: "With a sufficient insurance record VSAA grants a disability pension; without it, a state social security benefit.",
        },
        services: ["invaliditates-pensija", "valsts-socialas-nodrosinajuma-pabalsts"],
      },
      {
        title: { lv: "Transporta izdevumu kompensācija", en: "Transport cost compensation" },
        description: {
          lv: "Ja VDEĀVK atzinumā norādīti pārvietošanās traucējumi, VSAA var kompensēt transporta izdevumus.",
          en: "If the VDEĀVK opinion records mobility difficulties, VSAA can compensate transport costs.",
        },
        services: ["transporta-izdevumu-kompensacija-invaliditate"],
      },
      {
        title: { lv: "Piesakiet asistenta pakalpojumu", en: "Apply for a personal assistant" },
        description: {
          lv: "Asistentu piešķir pašvaldība, ja VDEĀVK atzinumā noteikts, ka tas jums nepieciešams.",
          en: "Your municipality provides an assistant if the VDEĀVK opinion says you need one.",
        },
        services: ["asistenta-pakalpojums"],
      },
      {
        title: { lv: "Saņemiet tehniskos palīglīdzekļus", en: "Get technical aids" },
        description: {
          lv: "Ratiņkrēslus, protēzes, dzirdes aparātus un citus palīglīdzekļus ar ārsta atzinumu izsniedz valsts apmaksātā rindas kārtībā.",
          en: "Wheelchairs, prostheses, hearing aids and other aids are provided free in order of application, on a doctor's recommendation.",
        },
        services: ["tehniskie-palidzibas-lidzekli"],
      },
      {
        title: { lv: "Apgūstiet jaunu profesiju", en: "Train for a new occupation" },
        description: {
          lv: "Profesionālās rehabilitācijas programmas palīdz apgūt profesiju, kas atbilst jūsu veselības stāvoklim.",
          en: "Vocational rehabilitation helps you learn an occupation that suits your health.",
        },
        services: ["profesionala-rehabilitacija"],
      },
      {
        title: { lv: "Ja invaliditāte noteikta bērnam", en: "If your child has a disability" },
        description: {
          lv: "Pie ģimenes valsts pabalsta par bērnu ar invaliditāti pienākas piemaksa, ko VSAA piešķir pēc VDEĀVK lēmuma.",
          en: "A supplement to the family state benefit is paid for a child with a disability, granted by VSAA after the VDEĀVK decision.",
        },
        services: ["piemaksa-par-bernu-ar-invaliditati"],
      },
    ],
  },
  {
    identifier: "parcelsanas-uz-arzemem",
    kind: "life",
    title: { lv: "Pārcelšanās uz dzīvi ārzemēs", en: "Moving abroad" },
    description: {
      lv: "Dodoties dzīvot uz citu valsti, ir vērts sakārtot saikni ar Latviju: deklarēt ārvalsts adresi, aktivizēt e-adresi un parūpēties par derīgiem dokumentiem. Tā saņemsiet svarīgus paziņojumus un varēsiet izmantot Latvijas pakalpojumus arī no ārzemēm.",
      en: "When you move to another country, it pays to keep your ties with Latvia in order: declare your foreign address, activate your e-address and make sure your documents are valid. That way you will receive important notices and can use Latvian services from abroad.",
    },
    keywords: {
      lv: ["emigrācija", "ārzemes", "dzīve ārzemēs", "ārvalsts adrese", "diaspora", "izbraukšana"],
      en: ["emigration", "abroad", "living abroad", "foreign address", "diaspora", "relocation"],
    },
    steps: [
      {
        title: { lv: "Deklarējiet adresi ārvalstīs", en: "Declare your address abroad" },
        description: {
          lv: "Ja dodaties uz ilgāku laiku nekā sešiem mēnešiem, deklarējiet ārvalsts adresi — to var izdarīt tiešsaistē.",
          en: "If you are leaving for more than six months, declare your foreign address; this can be done online.",
        },
        services: ["dzivesvietas-deklaresana"],
      },
      {
        title: { lv: "Aktivizējiet e-adresi un eParaksts mobile", en: "Activate your e-address and eParaksts mobile" },
        description: {
          lv: "E-adresē iestāžu vēstules saņemsiet jebkurā pasaules vietā, bet eParaksts mobile ļaus pieslēgties e-pakalpojumiem bez kartes lasītāja.",
          en: "Your e-address delivers official letters anywhere in the world, and eParaksts mobile lets you log in to e-services without a card reader.",
        },
        services: ["e-adreses-aktivizesana", "eparaksts-mobile-aktivizesana"],
      },
      {
        title: { lv: "Pārbaudiet personas dokumentu derīgumu", en: "Check that your identity documents are valid" },
        description: {
          lv: "Jaunu pasi var pieprasīt arī Latvijas vēstniecībā, taču tas prasa vairāk laika nekā Latvijā.",
          en: "A new passport can also be requested at a Latvian embassy, but it takes longer than in Latvia.",
        },
        services: ["pases-izsniegsana", "personas-apliecibas-izsniegsana"],
      },
      {
        title: { lv: "Sagatavojiet dokumentus ārvalstu iestādēm", en: "Prepare documents for foreign authorities" },
        description: {
          lv: "Dzimšanas apliecībai, diplomam un citiem dokumentiem ārvalstīs bieži prasa apostille vai legalizāciju.",
          en: "Birth certificates, diplomas and other documents often need an apostille or legalisation abroad.",
        },
        services: ["dokumentu-legalizacija-apostille", "izglitibas-dokumenta-apliecinasana"],
      },
      {
        title: { lv: "Saglabājiet izziņu par stāžu Latvijā", en: "Keep a record of your Latvian insurance periods" },
        description: {
          lv: "Izziņa par Latvijā uzkrāto apdrošināšanas stāžu noderēs, kad vēlāk pensijai summēs dažādās valstīs nostrādātos periodus.",
          en: "A statement of your Latvian insurance record will help later when periods worked in different countries are added up for your pension.",
        },
        services: ["socialas-apdrosinasanas-izzina"],
      },
      {
        title: { lv: "Paņemiet līdzi EVAK", en: "Take your EHIC with you" },
        description: {
          lv: "Kamēr vēl esat apdrošināts Latvijā, EVAK nodrošina nepieciešamo medicīnisko palīdzību citās ES valstīs.",
          en: "While you are still insured in Latvia, the EHIC covers necessary medical care in other EU countries.",
        },
        services: ["eiropas-veselibas-apdrosinasanas-karte"],
      },
      {
        title: { lv: "Balsošana un palīdzība ārzemēs", en: "Voting and help abroad" },
        description: {
          lv: "Saeimas vēlēšanās varat balsot ārvalstu iecirknī vai pa pastu, bet nelaimē palīdzēs tuvākā Latvijas vēstniecība.",
          en: "In parliamentary elections you can vote at a polling station abroad or by post, and in an emergency the nearest Latvian embassy will help.",
        },
        services: ["velesanu-iecirkna-maina", "konsulara-palidziba"],
      },
    ],
  },
  {
    identifier: "atgriesanas-latvija",
    kind: "life",
    title: { lv: "Atgriešanās Latvijā", en: "Returning to Latvia" },
    description: {
      lv: "Atgriežoties Latvijā pēc dzīves ārzemēs, jāsakārto dzīvesvieta, veselības aprūpe, darbs un bērnu izglītība. Šie soļi palīdzēs neko neaizmirst, un daļu no tiem var paveikt jau pirms pārcelšanās.",
      en: "Coming back to Latvia after living abroad means sorting out your address, healthcare, work and your children's schooling. These steps will help you remember everything, and some can be done before you move.",
    },
    keywords: {
      lv: ["remigrācija", "atgriešanās", "atpakaļ uz Latviju", "diaspora", "pārcelšanās mājās"],
      en: ["return migration", "coming back", "moving back to Latvia", "diaspora", "returning home"],
    },
    steps: [
      {
        title: { lv: "Deklarējiet dzīvesvietu Latvijā", en: "Declare your address in Latvia" },
        description: {
          lv: "Deklarētā dzīvesvieta ir pamats pašvaldības pakalpojumiem, bērnudārza vietai un daudziem pabalstiem.",
          en: "A declared address is the basis for municipal services, a kindergarten place and many benefits.",
        },
        services: ["dzivesvietas-deklaresana"],
      },
      {
        title: { lv: "Reģistrējieties pie ģimenes ārsta", en: "Register with a family doctor" },
        description: {
          lv: "Pie ģimenes ārsta reģistrējiet arī bērnus, lai visa ģimene varētu saņemt valsts apmaksātu veselības aprūpi.",
          en: "Register your children too, so the whole family can receive state-funded healthcare.",
        },
        services: ["gimenes-arsta-maina"],
      },
      {
        title: { lv: "Atzīstiet ārvalstīs iegūto izglītību", en: "Get your foreign education recognised" },
        description: {
          lv: "Regulētajās profesijās bez izglītības atzīšanas strādāt nedrīkst, tāpēc pieprasiet to laikus.",
          en: "In regulated professions you cannot work without recognition, so apply for it early.",
        },
        services: ["arvalstu-augstakas-izglitibas-atzisana"],
      },
      {
        title: { lv: "Meklējiet darbu ar NVA palīdzību", en: "Look for work with NVA's help" },
        description: {
          lv: "NVA palīdz atrast darbu un piedāvā bezmaksas karjeras konsultācijas arī tiem, kas atgriežas no ārzemēm.",
          en: "NVA helps with job searches and offers free career advice to people returning from abroad too.",
        },
        services: ["darba-mekleteja-statusa-pieskirsana", "karjeras-konsultacijas"],
      },
      {
        title: { lv: "Sakārtojiet bērnu izglītību", en: "Arrange your children's schooling" },
        description: {
          lv: "Noskaidrojiet pašvaldībā, vai bērnu bērnudārza rindā var pieteikt jau pirms atgriešanās.",
          en: "Ask your municipality whether your child can join the kindergarten list before you arrive.",
        },
        services: ["pirmsskolas-izglitibas-iestades-rinda"],
      },
      {
        title: { lv: "Automašīna un vadītāja apliecība", en: "Your car and driving licence" },
        description: {
          lv: "Ārvalstīs reģistrētu automašīnu jāreģistrē Latvijā, bet ārpus ES izsniegtu vadītāja apliecību parasti jāapmaina.",
          en: "A car registered abroad must be registered in Latvia, and a driving licence issued outside the EU usually has to be exchanged.",
        },
        services: ["transportlidzekla-registracija", "vaditaja-apliecibas-maina"],
      },
      {
        title: { lv: "Pārbaudiet savu pensijas stāžu", en: "Check your pension record" },
        description: {
          lv: "Citās ES valstīs nostrādātos periodus ņem vērā, piešķirot pensiju, tāpēc saglabājiet par tiem izziņas.",
          en: "Periods worked in other EU countries count towards your pension, so keep records of them.",
        },
        services: ["socialas-apdrosinasanas-izzina"],
      },
    ],
  },
  {
    identifier: "arzemnieka-ierasanas-darba",
    kind: "life",
    title: { lv: "Ārzemnieka ierašanās Latvijā darbā", en: "Coming to work in Latvia from abroad" },
    description: {
      lv: "Trešās valsts pilsonim, kurš vēlas strādāt Latvijā, vajadzīga uzturēšanās atļauja un tiesības uz nodarbinātību, ko parasti kārto kopā ar darba devēju. ES pilsoņiem process ir vienkāršāks. Šie soļi palīdzēs iekārtoties un sākt strādāt likumīgi.",
      en: "A non-EU national who wants to work in Latvia needs a residence permit and the right to work, usually arranged together with the employer. For EU citizens the process is simpler. These steps will help you settle in and start working legally.",
    },
    keywords: {
      lv: ["ārzemnieks", "uzturēšanās atļauja", "darba atļauja", "vīza", "imigrācija", "PMLP"],
      en: ["foreigner", "residence permit", "work permit", "visa", "immigration", "expat"],
    },
    steps: [
      {
        title: { lv: "Darba devējs reģistrē vakanci", en: "The employer registers the vacancy" },
        description: {
          lv: "Pirms ārzemnieka uzaicināšanas darba devējam vakance jāreģistrē Nodarbinātības valsts aģentūrā.",
          en: "Before inviting a foreign worker, the employer must register the vacancy with the State Employment Agency.",
        },
        services: ["vakances-pieteiksana"],
      },
      {
        title: { lv: "Pieprasiet termiņuzturēšanās atļauju", en: "Apply for a temporary residence permit" },
        description: {
          lv: "Dokumentus iesniedz Latvijas vēstniecībā vai PMLP, un tiem jāpievieno arī veselības apdrošināšanas polise.",
          en: "Documents are submitted at a Latvian embassy or to PMLP and must include health insurance.",
        },
        services: ["terminuzturesanas-atlauja"],
      },
      {
        title: { lv: "Saņemiet tiesības uz nodarbinātību", en: "Obtain the right to work" },
        description: {
          lv: "Strādāt drīkst tikai tad, kad uzturēšanās atļaujā vai vīzā ir atzīme par tiesībām strādāt pie konkrētā darba devēja.",
          en: "You may only start work once your permit or visa shows the right to work for that employer.",
        },
        services: ["tiesibas-uz-nodarbinatibu-arzemniekam"],
      },
      {
        title: { lv: "Deklarējiet dzīvesvietu", en: "Declare your address" },
        description: {
          lv: "Ar uzturēšanās atļauju jums, tāpat kā Latvijas iedzīvotājiem, jādeklarē sava dzīvesvieta.",
          en: "With a residence permit you must declare your address, just like Latvian residents.",
        },
        services: ["dzivesvietas-deklaresana"],
      },
      {
        title: { lv: "Sakārtojiet nodokļus", en: "Sort out your taxes" },
        description: {
          lv: "Paziņojiet darba devējam par savu elektronisko algas nodokļa grāmatiņu, lai tiktu piemēroti jums pienākošies atvieglojumi.",
          en: "Tell your employer about your electronic payroll tax book so that any reliefs you are entitled to are applied.",
        },
        services: ["algas-nodokla-gramatina"],
      },
      {
        title: { lv: "Atzīstiet savu izglītību", en: "Get your qualifications recognised" },
        description: {
          lv: "Regulētajās profesijās, piemēram, medicīnā vai būvniecībā, bez izglītības atzīšanas strādāt nedrīkst.",
          en: "In regulated professions such as medicine or construction you cannot work without recognition of your qualifications.",
        },
        services: ["arvalstu-augstakas-izglitibas-atzisana"],
      },
      {
        title: { lv: "Apgūstiet latviešu valodu", en: "Learn Latvian" },
        description: {
          lv: "Daudzos amatos jāpierāda valsts valodas prasme, un tā vajadzīga arī pastāvīgās uzturēšanās atļaujai.",
          en: "Many jobs require proof of Latvian language skills, and so does a permanent residence permit.",
        },
        services: ["valsts-valodas-prasmes-parbaude"],
      },
    ],
  },
  {
    identifier: "dokumentu-nozaudesana",
    kind: "life",
    title: { lv: "Dokumentu nozaudēšana", en: "Lost or stolen documents" },
    description: {
      lv: "Nozaudēta vai nozagta pase vai personas apliecība nekavējoties jāpiesaka, lai neviens to nevarētu izmantot jūsu vārdā. Pēc tam pieprasiet jaunus dokumentus un atjaunojiet piekļuvi e-pakalpojumiem.",
      en: "A lost or stolen passport or ID card must be reported straight away so that nobody can use it in your name. Then apply for new documents and restore your access to e-services.",
    },
    keywords: {
      lv: ["pazaudēta pase", "nozagts maks", "ID karte", "zādzība", "jauna pase", "dokumentu atjaunošana"],
      en: ["lost passport", "stolen wallet", "ID card", "theft", "new passport", "replacement documents"],
    },
    steps: [
      {
        title: { lv: "Piesakiet nozaudēto dokumentu", en: "Report the lost document" },
        description: {
          lv: "To var izdarīt tiešsaistē, PMLP vai policijā, un pieteiktais dokuments uzreiz kļūst nederīgs.",
          en: "You can report it online, to PMLP or to the police, and the reported document becomes invalid immediately.",
        },
        services: ["nozaudeta-personu-apliecinosa-dokumenta-pieteiksana"],
      },
      {
        title: { lv: "Ja dokumenti nozagti, ziņojiet policijai", en: "If they were stolen, tell the police" },
        description: {
          lv: "Par zādzību ziņojiet Valsts policijai, it īpaši, ja kopā ar dokumentiem pazudušas arī bankas kartes vai citas vērtības.",
          en: "Report the theft to the State Police, especially if bank cards or other valuables went missing too.",
        },
        services: ["iesniegums-valsts-policijai"],
      },
      {
        title: { lv: "Pieprasiet jaunu pasi vai personas apliecību", en: "Apply for a new passport or ID card" },
        description: {
          lv: "Ja steidzami jāceļo, dokumentu var pasūtīt paātrinātā kārtībā par augstāku valsts nodevu.",
          en: "If you need to travel urgently, you can order the document on an express basis for a higher fee.",
        },
        services: ["pases-izsniegsana", "personas-apliecibas-izsniegsana"],
      },
      {
        title: { lv: "Atjaunojiet vadītāja apliecību", en: "Replace your driving licence" },
        description: {
          lv: "Ja pazudusi arī vadītāja apliecība, jaunu var pasūtīt CSDD.",
          en: "If your driving licence is gone too, you can order a new one from CSDD.",
        },
        services: ["vaditaja-apliecibas-maina"],
      },
      {
        title: { lv: "Atjaunojiet piekļuvi e-pakalpojumiem", en: "Restore access to e-services" },
        description: {
          lv: "Nozaudētas eID kartes sertifikāti tiek apturēti, tāpēc, kamēr gaidāt jauno karti, e-pakalpojumiem var izmantot eParaksts mobile.",
          en: "The certificates on a lost eID card are suspended, so while you wait for a new card you can use eParaksts mobile for e-services.",
        },
        services: ["eparaksts-mobile-aktivizesana"],
      },
      {
        title: { lv: "Ja dokumenti pazuda ārzemēs", en: "If you lost them abroad" },
        description: {
          lv: "Latvijas vēstniecība var izsniegt atgriešanās apliecību, ar kuru var atgriezties mājās.",
          en: "A Latvian embassy can issue a return certificate so that you can travel home.",
        },
        services: ["konsulara-palidziba"],
      },
    ],
  },
  {
    identifier: "majdzivnieka-iegade",
    kind: "life",
    title: { lv: "Mājdzīvnieka iegāde", en: "Getting a pet" },
    description: {
      lv: "Jauns četrkājains ģimenes loceklis nozīmē arī dažus pienākumus. Suņi obligāti jāapzīmē ar mikroshēmu un jāreģistrē, un kopš 2024. gada jūlija tas vairumā gadījumu attiecas arī uz kaķiem un mājas seskiem. Ceļošanai uz citām ES valstīm vajadzīga mājdzīvnieka pase.",
      en: "A new four-legged family member also brings a few obligations. Dogs must be microchipped and registered, and since July 2024 this applies in most cases to cats and ferrets too. Travelling to other EU countries requires a pet passport.",
    },
    keywords: {
      lv: ["suns", "kaķis", "kucēns", "mikroshēma", "čipošana", "mājdzīvnieka pase", "veterinārārsts"],
      en: ["dog", "cat", "puppy", "microchip", "chipping", "pet passport", "vet"],
    },
    steps: [
      {
        title: { lv: "Apzīmējiet un reģistrējiet dzīvnieku", en: "Microchip and register your pet" },
        description: {
          lv: "To vienā vizītē izdara praktizējošs veterinārārsts; pērkot kucēnu vai kaķēnu, pārliecinieties, ka tas jau ir apzīmēts.",
          en: "A practising vet does both in one visit; when buying a puppy or kitten, check that it has already been chipped.",
        },
        services: ["majas-dzivnieku-registracija"],
      },
      {
        title: { lv: "Sagatavojieties ceļojumam", en: "Get ready to travel" },
        description: {
          lv: "Pirms ceļojuma uz citu ES valsti dzīvniekam vajadzīga mājdzīvnieka pase un vakcinācija pret trakumsērgu vismaz 21 dienu iepriekš.",
          en: "Before travelling to another EU country, your pet needs a pet passport and a rabies vaccination given at least 21 days earlier.",
        },
        services: ["majdzivnieka-celosana-es"],
      },
      {
        title: { lv: "Lauksaimniecības dzīvniekiem — novietnes reģistrācija", en: "For farm animals, register the holding" },
        description: {
          lv: "Ja turat zirgu, kazas, aitas vai mājputnus, arī nelielam ganāmpulkam jāreģistrē novietne.",
          en: "If you keep a horse, goats, sheep or poultry, even a small flock or herd needs a registered holding.",
        },
        services: ["ganampulka-registracija"],
      },
    ],
  },
  {
    identifier: "majas-buvnieciba",
    kind: "life",
    title: { lv: "Mājas būvniecība", en: "Building a house" },
    description: {
      lv: "Savas mājas būvniecība sākas ilgi pirms pirmā ķieģeļa — ar zemesgabala izpēti, ieceri un atļaujām Būvniecības informācijas sistēmā. Šie soļi palīdzēs izplānot ceļu no zemesgabala līdz mājai, kas ierakstīta kadastrā un zemesgrāmatā.",
      en: "Building your own house starts long before the first brick, with researching the plot, a design proposal and permits in the Construction Information System. These steps help you plan the way from a plot of land to a house entered in the cadastre and the land register.",
    },
    keywords: {
      lv: ["būvatļauja", "privātmāja", "būvniecība", "BIS", "būvprojekts", "būvvalde", "pirts"],
      en: [
        "building permit",
        "family house",
        "construction",
        "construction information system",
        "building design",
        "building authority",
        "sauna",
      ],
    },
    steps: [
      {
        title: { lv: "Izpētiet zemesgabalu", en: "Research the plot" },
        description: {
          lv: "Pārbaudiet zemes lietošanas mērķi, apgrūtinājumus un pašvaldības teritorijas plānojumu — tie nosaka, ko un kur drīkst būvēt.",
          en: "Check the land use, encumbrances and the municipal spatial plan; they decide what may be built and where.",
        },
        services: ["kadastra-informacija", "zemesgramatas-datu-apskate"],
      },
      {
        title: { lv: "Noskaidrojiet ierobežojumus", en: "Find out about restrictions" },
        description: {
          lv: "Ja būvvietā jācērt meža koki vai zemesgabals atrodas kultūras pieminekļa aizsardzības zonā, atļaujas jāsaņem pirms darbu sākšanas.",
          en: "If forest trees must be felled or the plot lies in a cultural monument's protection zone, get the permissions before any work starts.",
        },
        services: ["koku-cirsanas-apliecinajums", "kulturas-pieminekla-darbu-atlauja"],
      },
      {
        title: { lv: "Izvēlieties sertificētus būvspeciālistus", en: "Choose certified professionals" },
        description: {
          lv: "Būvprojektu drīkst izstrādāt tikai sertificēts arhitekts vai būvinženieris, un būvkomersantam jābūt reģistrētam.",
          en: "Only a certified architect or engineer may prepare the design, and the builder must be registered.",
        },
        services: ["buvspecialista-sertifikata-registracija"],
      },
      {
        title: { lv: "Saņemiet būvatļauju", en: "Get a building permit" },
        description: {
          lv: "Ieceri iesniedz tiešsaistē BIS, un būvvalde to izvērtē un izsniedz būvatļauju vai akceptē vienkāršāku ieceres dokumentu.",
          en: "Submit the proposal online in BIS; the building authority reviews it and issues a permit or approves a simpler set of documents.",
        },
        services: ["buvatlauja"],
      },
      {
        title: { lv: "Saņemiet adresi jaunajai ēkai", en: "Get an address for the new building" },
        description: {
          lv: "Adresi jaunbūvei piešķir pašvaldība — tā vajadzīga, lai ēku varētu reģistrēt un tajā deklarēt dzīvesvietu.",
          en: "The municipality assigns the address, which you need to register the building and declare your residence there.",
        },
        services: ["adreses-pieskirsana"],
      },
      {
        title: { lv: "Ierakstiet ēku kadastrā un zemesgrāmatā", en: "Enter the building in the cadastre and land register" },
        description: {
          lv: "Pēc ēkas pieņemšanas ekspluatācijā sertificēts mērnieks veic tās kadastrālo uzmērīšanu, un tad ēku var ierakstīt zemesgrāmatā.",
          en: "Once the building is accepted for use, a certified surveyor measures it for the cadastre, and then it can be entered in the land register.",
        },
        services: ["kadastra-informacija", "ipasuma-tiesibu-nostiprinasana-zemesgramata"],
      },
      {
        title: { lv: "Deklarējiet dzīvesvietu jaunajā mājā", en: "Declare your residence in the new house" },
        description: {
          lv: "Pēc pārcelšanās deklarējiet dzīvesvietu — daudzas pašvaldības tad piešķir nekustamā īpašuma nodokļa atlaidi.",
          en: "Declare your residence once you move in; many municipalities then grant a property tax discount.",
        },
        services: ["dzivesvietas-deklaresana", "nekustama-ipasuma-nodoklis"],
      },
    ],
  },
  {
    identifier: "zemes-iegade",
    kind: "life",
    title: { lv: "Zemes iegāde", en: "Buying land" },
    description: {
      lv: "Pērkot zemi — apbūves gabalu, mežu vai lauku —, robežas, apgrūtinājumus un lietošanas mērķi pārbaudiet vēl pirms līguma parakstīšanas. Pēc darījuma nostipriniet īpašumtiesības un noskaidrojiet, kādus pienākumus un atbalstu zeme dod.",
      en: "When buying land, whether a building plot, forest or field, check the boundaries, encumbrances and land use before you sign. After the deal, register your title and find out what obligations and support come with the land.",
    },
    keywords: {
      lv: ["zeme", "zemesgabals", "mežs", "lauks", "robežas", "mērnieks", "lauksaimniecības zeme"],
      en: ["land", "plot", "forest", "field", "boundaries", "land surveyor", "farmland"],
    },
    steps: [
      {
        title: { lv: "Pārbaudiet zemi kadastrā un zemesgrāmatā", en: "Check the land in the cadastre and land register" },
        description: {
          lv: "Pārliecinieties, kam zeme pieder, kāds ir tās lietošanas mērķis un vai tai nav apgrūtinājumu vai aizliegumu.",
          en: "Make sure who owns the land, what its designated use is and whether it carries encumbrances or prohibitions.",
        },
        services: ["kadastra-informacija", "zemesgramatas-datu-apskate"],
      },
      {
        title: { lv: "Noskaidrojiet kadastrālo vērtību", en: "Find out the cadastral value" },
        description: {
          lv: "No kadastrālās vērtības atkarīgs nekustamā īpašuma nodoklis un valsts nodeva par ierakstu zemesgrāmatā.",
          en: "The cadastral value determines the property tax and the state fee for the land register entry.",
        },
        services: ["kadastralas-vertibas-noskaidrosana"],
      },
      {
        title: { lv: "Pārbaudiet robežas", en: "Check the boundaries" },
        description: {
          lv: "Ja robežas dabā nav skaidras vai zeme nav uzmērīta, uzaiciniet sertificētu mērnieku.",
          en: "If the boundaries are unclear on the ground or the land has not been surveyed, call in a certified surveyor.",
        },
        services: ["zemes-kadastrala-uzmerisana"],
      },
      {
        title: { lv: "Nostipriniet īpašumtiesības", en: "Register your title" },
        description: {
          lv: "Lauksaimniecības zemes iegādei bieži vajadzīga pašvaldības piekrišana, tāpēc noskaidrojiet to pirms darījuma.",
          en: "Buying farmland often requires the municipality's consent, so check this before the deal.",
        },
        services: ["ipasuma-tiesibu-nostiprinasana-zemesgramata"],
      },
      {
        title: { lv: "Maksājiet nekustamā īpašuma nodokli", en: "Pay the property tax" },
        description: {
          lv: "Par neapstrādātu lauksaimniecības zemi nodoklis var būt paaugstināts, tāpēc zemi uzturiet kārtībā.",
          en: "Uncultivated farmland can attract a higher tax rate, so keep the land in use.",
        },
        services: ["nekustama-ipasuma-nodoklis"],
      },
      {
        title: { lv: "Apsaimniekojiet mežu vai lauku", en: "Manage the forest or field" },
        description: {
          lv: "Lielākajai daļai koku ciršanas mežā vajadzīgs VMD apliecinājums, bet par apstrādātu lauksaimniecības zemi var pieteikt platību maksājumus.",
          en: "Most felling in a forest needs a State Forest Service confirmation, while cultivated farmland qualifies for area payments.",
        },
        services: ["koku-cirsanas-apliecinajums", "vienotais-platibu-maksajums"],
      },
    ],
  },
  {
    identifier: "nonaksana-grutibas",
    kind: "life",
    title: { lv: "Nonākšana finansiālās grūtībās", en: "Facing financial hardship" },
    description: {
      lv: "Ja ienākumu vairs nepietiek pašam svarīgākajam, neesat viens — pašvaldības sociālais dienests un valsts var palīdzēt. Šeit apkopots, kā iegūt trūcīgas vai maznodrošinātas mājsaimniecības statusu, saņemt pabalstus un bezmaksas juridisko palīdzību.",
      en: "If your income no longer covers the essentials, you are not alone: the municipal social service and the state can help. Here is how to obtain low-income household status, receive benefits and get free legal aid.",
    },
    keywords: {
      lv: ["trūcīgais", "maznodrošinātais", "sociālais dienests", "pabalsts", "parādi", "zemi ienākumi", "sociālā palīdzība"],
      en: ["low income", "poverty", "social services", "benefit", "debts", "hardship", "social assistance"],
    },
    steps: [
      {
        title: { lv: "Vērsieties sociālajā dienestā", en: "Contact the social service" },
        description: {
          lv: "Sociālais dienests izvērtēs mājsaimniecības ienākumus un mantu, un statuss dod tiesības uz vairākiem atvieglojumiem.",
          en: "The social service assesses your household's income and assets, and the status brings several reliefs.",
        },
        services: ["trucigas-maznodrosinatas-majsaimniecibas-statuss"],
      },
      {
        title: { lv: "Piesakiet garantētā minimālā ienākuma pabalstu", en: "Apply for the guaranteed minimum income benefit" },
        description: {
          lv: "Ja ienākumi ir zem noteiktā sliekšņa, pašvaldība piemaksā starpību līdz garantētajam minimālajam ienākumam.",
          en: "If your income is below the threshold, the municipality pays the difference up to the guaranteed minimum.",
        },
        services: ["garanteta-minimala-ienakuma-pabalsts"],
      },
      {
        title: { lv: "Saņemiet mājokļa pabalstu", en: "Receive housing allowance" },
        description: {
          lv: "Pabalsts palīdz segt īres, komunālo pakalpojumu un apkures izdevumus.",
          en: "The allowance helps cover rent, utilities and heating.",
        },
        services: ["majokla-pabalsts"],
      },
      {
        title: { lv: "Reģistrējieties NVA", en: "Register with NVA" },
        description: {
          lv: "Darbspējīgiem cilvēkiem reģistrēšanās NVA bieži ir arī nosacījums sociālās palīdzības saņemšanai.",
          en: "For people able to work, registering with NVA is often also a condition for social assistance.",
        },
        services: ["bezdarbnieka-statusa-pieskirsana", "darba-meklesanas-atbalsts"],
      },
      {
        title: { lv: "Ja otrs vecāks nemaksā uzturlīdzekļus", en: "If the other parent does not pay child support" },
        description: {
          lv: "Uzturlīdzekļu garantiju fonds var izmaksāt uzturlīdzekļus bērnam otra vecāka vietā un vēlāk tos piedzīt no parādnieka.",
          en: "The Maintenance Guarantee Fund can pay child support in place of the other parent and later recover it from them.",
        },
        services: ["uzturlidzekli-no-garantiju-fonda"],
      },
      {
        title: { lv: "Ja pensija nepienākas", en: "If you are not entitled to a pension" },
        description: {
          lv: "Cilvēkiem, kuriem trūkstoša stāža dēļ nepienākas pensija, VSAA var piešķirt valsts sociālā nodrošinājuma pabalstu.",
          en: "People without enough insurance record for a pension can receive a state social security benefit from VSAA.",
        },
        services: ["valsts-socialas-nodrosinajuma-pabalsts"],
      },
      {
        title: { lv: "Saņemiet juridisko palīdzību", en: "Get legal aid" },
        description: {
          lv: "Trūcīgām un maznodrošinātām personām valsts apmaksā jurista palīdzību, piemēram, parādu vai īres strīdos.",
          en: "For people on low incomes the state pays for a lawyer, for example in debt or tenancy disputes.",
        },
        services: ["valsts-nodrosinata-juridiska-palidziba"],
      },
    ],
  },
  {
    identifier: "vardarbiba-gimene",
    kind: "life",
    title: { lv: "Vardarbība ģimenē", en: "Domestic violence" },
    description: {
      lv: "Neviens nedrīkst ciest no vardarbības — ne fiziskas, ne emocionālas, ne ekonomiskas. Ja jūs vai jūsu bērni ir apdraudēti, zvaniet 112; pēc tam valsts un pašvaldība palīdzēs ar aizsardzību, rehabilitāciju un juridisko atbalstu.",
      en: "No one should suffer violence, whether physical, emotional or economic. If you or your children are in danger, call 112; after that the state and your municipality will help with protection, rehabilitation and legal support.",
    },
    keywords: {
      lv: ["vardarbība", "vardarbība ģimenē", "aizsardzība", "nošķiršana", "krīzes centrs", "palīdzība", "emocionāla vardarbība"],
      en: ["violence", "domestic violence", "protection", "barring order", "crisis centre", "help", "abuse"],
    },
    steps: [
      {
        title: { lv: "Vērsieties policijā", en: "Go to the police" },
        description: {
          lv: "Tiešu draudu gadījumā zvaniet 112; policija var uz laiku nošķirt varmāku no jūsu mājokļa, bet tiesa var noteikt ilgāku pagaidu aizsardzību.",
          en: "In immediate danger call 112; the police can temporarily bar the abuser from your home, and a court can order longer protection.",
        },
        services: ["iesniegums-valsts-policijai"],
      },
      {
        title: { lv: "Ja cieš bērns", en: "If a child is suffering" },
        description: {
          lv: "Par vardarbību pret bērnu ziņojiet Valsts bērnu tiesību aizsardzības inspekcijai vai policijai; bērni paši var zvanīt uz 116111.",
          en: "Report violence against a child to the children's rights inspectorate or the police; children themselves can call 116111.",
        },
        services: ["zinosana-par-bernu-tiesibu-parkapumu"],
      },
      {
        title: { lv: "Saņemiet sociālo rehabilitāciju", en: "Receive social rehabilitation" },
        description: {
          lv: "Cietušie pieaugušie un bērni var saņemt valsts apmaksātas psihologa un jurista konsultācijas vai uzturēties krīzes centrā.",
          en: "Adults and children who have suffered violence can receive state-funded counselling and legal advice or stay in a crisis centre.",
        },
        services: ["socialas-rehabilitacija-no-vardarbibas-cietusiem"],
      },
      {
        title: { lv: "Saņemiet juridisko palīdzību", en: "Get legal help" },
        description: {
          lv: "Jurista palīdzība noder, lūdzot tiesas aizsardzību, šķirot laulību vai kārtojot uzturlīdzekļus.",
          en: "A lawyer can help when seeking a protection order, divorcing or arranging child support.",
        },
        services: ["valsts-nodrosinata-juridiska-palidziba"],
      },
      {
        title: { lv: "Nodrošiniet bērnu uzturu", en: "Secure support for your children" },
        description: {
          lv: "Ja otrs vecāks nemaksā uzturlīdzekļus, tos var pieprasīt no Uzturlīdzekļu garantiju fonda.",
          en: "If the other parent does not pay child support, you can claim it from the Maintenance Guarantee Fund.",
        },
        services: ["uzturlidzekli-no-garantiju-fonda"],
      },
    ],
  },
  {
    identifier: "vaditaja-apliecibas-iegusana",
    kind: "life",
    title: { lv: "Vadītāja apliecības iegūšana", en: "Getting a driving licence" },
    description: {
      lv: "Lai iegūtu autovadītāja tiesības, jāpabeidz autoskola, jāsaņem medicīniskā izziņa un CSDD jānokārto teorijas un braukšanas eksāmens. Pēc tam jāsaņem apliecība, un pirmos gadus jābrauc īpaši uzmanīgi.",
      en: "To get your licence you need to complete driving school, obtain a medical certificate and pass the theory and driving tests at CSDD. Then you collect the licence, and the first years call for extra care on the road.",
    },
    keywords: {
      lv: ["tiesības", "autovadītāja apliecība", "autoskola", "braukšanas eksāmens", "teorijas eksāmens", "B kategorija"],
      en: ["driving licence", "driver's licence", "driving school", "driving test", "theory test", "category B"],
    },
    steps: [
      {
        title: { lv: "Piesakieties teorijas eksāmenam", en: "Book the theory test" },
        description: {
          lv: "Kad autoskola ir pabeigta un medicīniskā izziņa reģistrēta, teorijas eksāmena laiku var izvēlēties CSDD e-pakalpojumos.",
          en: "Once you have finished driving school and your medical certificate is recorded, choose a theory test slot in the CSDD e-services.",
        },
        services: ["pieteiksanas-vaditaja-eksamenam"],
      },
      {
        title: { lv: "Nokārtojiet braukšanas eksāmenu", en: "Pass the driving test" },
        description: {
          lv: "Pēc sekmīgas teorijas piesakieties braukšanas eksāmenam, un, ja neizdodas, to var kārtot atkārtoti.",
          en: "After passing the theory, book the driving test; if it does not go well, you can retake it.",
        },
        services: ["pieteiksanas-vaditaja-eksamenam"],
      },
      {
        title: { lv: "Saņemiet vadītāja apliecību", en: "Collect your driving licence" },
        description: {
          lv: "Sākumā izsniedz pirmreizējo vadītāja apliecību uz diviem gadiem, un, ja šajā laikā nav nopietnu pārkāpumu, to apmaina pret parasto.",
          en: "You first receive a probationary licence for two years; if there are no serious offences in that time, it is exchanged for a standard one.",
        },
        services: ["vaditaja-apliecibas-iegusana", "vaditaja-apliecibas-maina"],
      },
      {
        title: { lv: "Sekojiet pārkāpumu punktiem", en: "Keep an eye on your penalty points" },
        description: {
          lv: "CSDD e-pakalpojumos redzami jūsu pārkāpumu uzskaites punkti un neapmaksātie sodi.",
          en: "The CSDD e-services show your penalty points and any unpaid fines.",
        },
        services: ["parkapumu-uzskaites-punkti"],
      },
      {
        title: { lv: "Traktortehnikas vadīšanai — atsevišķa apliecība", en: "For tractors, a separate licence" },
        description: {
          lv: "Traktora vai citas lauksaimniecības tehnikas vadīšanai vajadzīga traktortehnikas vadītāja apliecība.",
          en: "Driving a tractor or other agricultural machinery requires a separate tractor driver's licence.",
        },
        services: ["traktortehnikas-vaditaja-aplieciba"],
      },
    ],
  },
  {
    identifier: "e-pakalpojumu-lietosanas-sakums",
    kind: "life",
    title: { lv: "E-pakalpojumu lietošanas sākšana", en: "Getting started with e-services" },
    description: {
      lv: "Ar eID karti vai eParaksts mobile lielāko daļu valsts pakalpojumu var saņemt internetā — bez rindām un jebkurā diennakts laikā. Šeit aprakstīts, kā iegūt elektronisko identitāti, aktivizēt e-adresi un pārskatīt, kādi dati par jums glabājas valsts reģistros.",
      en: "With an eID card or eParaksts mobile you can use most public services online, without queues and at any time of day. Here is how to get an electronic identity, activate your e-address and see what data state registers hold about you.",
    },
    keywords: {
      lv: ["eID", "eParaksts", "e-adrese", "elektroniskais paraksts", "pieslēgšanās", "e-pakalpojumi", "latvija.lv"],
      en: ["eID", "e-signature", "e-address", "digital signature", "log in", "e-services", "online services"],
    },
    steps: [
      {
        title: { lv: "Iegūstiet eID karti", en: "Get an eID card" },
        description: {
          lv: "Personas apliecība ar PIN kodiem ļauj gan pieslēgties e-pakalpojumiem, gan parakstīt dokumentus ar drošu elektronisko parakstu.",
          en: "The ID card with its PIN codes lets you log in to e-services and sign documents with a qualified electronic signature.",
        },
        services: ["personas-apliecibas-izsniegsana"],
      },
      {
        title: { lv: "Aktivizējiet eParaksts mobile", en: "Activate eParaksts mobile" },
        description: {
          lv: "Pēc identitātes apstiprināšanas lietotne ļauj pieslēgties un parakstīt dokumentus telefonā bez kartes lasītāja.",
          en: "Once your identity is confirmed, the app lets you log in and sign documents on your phone without a card reader.",
        },
        services: ["eparaksts-mobile-aktivizesana"],
      },
      {
        title: { lv: "Aktivizējiet e-adresi", en: "Activate your e-address" },
        description: {
          lv: "Oficiālā elektroniskā adrese ir droša vieta, kur elektroniski saņemt iestāžu vēstules un lēmumus.",
          en: "The official electronic address is a secure place to receive letters and decisions from public bodies.",
        },
        services: ["e-adreses-aktivizesana"],
      },
      {
        title: { lv: "Apskatiet savus datus valsts reģistros", en: "See your data in state registers" },
        description: {
          lv: "Pārbaudiet, kas par jums ierakstīts Iedzīvotāju reģistrā un citos reģistros, un ziņojiet par neprecizitātēm.",
          en: "Check what the Population Register and other registers hold about you, and report anything wrong.",
        },
        services: ["mani-dati-valsts-registros"],
      },
      {
        title: { lv: "Uzziniet, kas skatījies jūsu datus", en: "See who has looked at your data" },
        description: {
          lv: "Pārskatā redzams, kuras iestādes un kad izmantojušas jūsu personas datus.",
          en: "The overview shows which public bodies used your personal data and when.",
        },
        services: ["datu-izmantosanas-parskats"],
      },
      {
        title: { lv: "Saņemiet palīdzību klātienē", en: "Get help in person" },
        description: {
          lv: "Ja kaut kas neizdodas, valsts un pašvaldības vienotajā klientu apkalpošanas centrā palīdzēs pieslēgties un izmantot e-pakalpojumus.",
          en: "If something does not work, a state and municipal one-stop client service centre will help you log in and use e-services.",
        },
        services: ["vpvkac-konsultacija"],
      },
    ],
  },
  {
    identifier: "velesanas-un-lidzdaliba",
    kind: "life",
    title: { lv: "Vēlēšanas un līdzdalība", en: "Elections and having your say" },
    description: {
      lv: "Latvijas pilsoņi ievēl Saeimu, pašvaldību domes un Eiropas Parlamentu, bet līdzdarboties var arī starp vēlēšanām. Pārbaudiet, kur balsosiet, un uzziniet, kā iesniegt kolektīvu iesniegumu vai izteikt viedokli par likumprojektiem.",
      en: "Latvian citizens elect the Saeima, municipal councils and the European Parliament, and you can take part between elections too. Check where you will vote and learn how to submit a collective petition or comment on draft laws.",
    },
    keywords: {
      lv: ["vēlēšanas", "balsošana", "vēlēšanu iecirknis", "Saeima", "pašvaldību vēlēšanas", "iniciatīva", "parakstu vākšana"],
      en: ["elections", "voting", "polling station", "parliament", "local elections", "citizens' initiative", "petition"],
    },
    steps: [
      {
        title: { lv: "Pārbaudiet deklarēto dzīvesvietu", en: "Check your declared address" },
        description: {
          lv: "Pašvaldību vēlēšanās balsot var tajā pašvaldībā, kur deklarēta jūsu dzīvesvieta vai kur jums pieder nekustamais īpašums.",
          en: "In municipal elections you vote in the municipality where your residence is declared or where you own real estate.",
        },
        services: ["dzivesvietas-deklaresana"],
      },
      {
        title: { lv: "Pārbaudiet vai mainiet vēlēšanu iecirkni", en: "Check or change your polling station" },
        description: {
          lv: "Vēlētāju reģistrā redzams, kurā iecirknī esat iekļauts, un to var mainīt līdz noteiktam termiņam pirms vēlēšanām.",
          en: "The voter register shows your polling station, which you can change up to a deadline before the election.",
        },
        services: ["velesanu-iecirkna-maina"],
      },
      {
        title: { lv: "Pārliecinieties, ka dokuments ir derīgs", en: "Make sure your ID is valid" },
        description: {
          lv: "Balsot var ar derīgu pasi vai personas apliecību, tāpēc pārbaudiet to derīguma termiņu laikus.",
          en: "You vote with a valid passport or ID card, so check the expiry date in good time.",
        },
        services: ["pases-izsniegsana", "personas-apliecibas-izsniegsana"],
      },
      {
        title: { lv: "Atbalstiet vai sāciet iniciatīvu", en: "Support or start an initiative" },
        description: {
          lv: "Ja kolektīvo iesniegumu paraksta vismaz 10 000 Latvijas pilsoņu, Saeimai tas jāizskata.",
          en: "If at least 10,000 Latvian citizens sign a collective petition, the Saeima must consider it.",
        },
        services: ["kolektivais-iesniegums-saeimai"],
      },
      {
        title: { lv: "Izsakiet viedokli par lēmumiem", en: "Comment on decisions" },
        description: {
          lv: "Par valsts likumprojektiem viedokli var paust TAP portālā, bet par pašvaldības plāniem — sabiedriskajās apspriešanās.",
          en: "Comment on national draft laws on the TAP portal and on municipal plans in public consultations.",
        },
        services: ["lidzdaliba-tiesibu-aktu-izstrade", "sabiedriska-apspriesana-pasvaldiba"],
      },
      {
        title: { lv: "Novērtējiet valsts pakalpojumus", en: "Rate public services" },
        description: {
          lv: "Piedalieties aptaujā par pakalpojumu kvalitāti, lai iestādes zinātu, kas jāuzlabo.",
          en: "Take part in the service quality survey so that public bodies know what to improve.",
        },
        services: ["iedzivotaju-aptauja-par-pakalpojumu-kvalitati"],
      },
    ],
  },
  {
    identifier: "celosana-uz-arzemem",
    kind: "life",
    title: { lv: "Ceļošana uz ārzemēm", en: "Travelling abroad" },
    description: {
      lv: "Pirms ceļojuma pārbaudiet, vai dokumenti ir derīgi, paņemiet līdzi EVAK un noskaidrojiet, kur meklēt palīdzību, ja kaut kas noiet greizi. Eiropas Savienībā var ceļot arī ar personas apliecību.",
      en: "Before a trip, check that your documents are valid, take your EHIC and find out where to get help if something goes wrong. Within the European Union you can also travel with your ID card.",
    },
    keywords: {
      lv: ["ceļojums", "atvaļinājums", "pase", "EVAK", "vīza", "ceļošana ar suni"],
      en: ["trip", "holiday", "passport", "EHIC", "visa", "travelling with a dog"],
    },
    steps: [
      {
        title: { lv: "Pārbaudiet dokumentu derīgumu", en: "Check your documents" },
        description: {
          lv: "Daudzas valstis prasa, lai pase būtu derīga vēl vismaz trīs vai sešus mēnešus pēc ceļojuma beigām.",
          en: "Many countries require your passport to be valid for at least three or six months after your trip ends.",
        },
        services: ["pases-izsniegsana", "personas-apliecibas-izsniegsana"],
      },
      {
        title: { lv: "Paņemiet līdzi EVAK", en: "Take your EHIC" },
        description: {
          lv: "Karte ir bez maksas un sedz nepieciešamo medicīnisko palīdzību ES un EEZ valstīs, taču neaizstāj ceļojuma apdrošināšanu.",
          en: "The card is free and covers necessary medical care in EU and EEA countries, but it does not replace travel insurance.",
        },
        services: ["eiropas-veselibas-apdrosinasanas-karte"],
      },
      {
        title: { lv: "Ja ceļojat ar mājdzīvnieku", en: "If you travel with a pet" },
        description: {
          lv: "Dzīvniekam vajadzīga mājdzīvnieka pase, mikroshēma un derīga vakcinācija pret trakumsērgu.",
          en: "Your pet needs a pet passport, a microchip and a valid rabies vaccination.",
        },
        services: ["majdzivnieka-celosana-es"],
      },
      {
        title: { lv: "Ja ārzemēs nonākat nelaimē", en: "If you get into trouble abroad" },
        description: {
          lv: "Pazaudētus dokumentus piesakiet nekavējoties un sazinieties ar tuvāko Latvijas vēstniecību vai Ārlietu ministrijas Konsulāro departamentu.",
          en: "Report lost documents at once and contact the nearest Latvian embassy or the Consular Department of the Ministry of Foreign Affairs.",
        },
        services: ["konsulara-palidziba", "nozaudeta-personu-apliecinosa-dokumenta-pieteiksana"],
      },
    ],
  },
  {
    identifier: "valsts-aizsardziba",
    kind: "life",
    title: { lv: "Iesaistīšanās valsts aizsardzībā", en: "Joining national defence" },
    description: {
      lv: "Latvijas aizsardzībā var iesaistīties dažādos veidos — no Jaunsardzes skolas gados līdz valsts aizsardzības dienestam vai Zemessardzei. Vīriešiem — Latvijas pilsoņiem valsts aizsardzības dienests ir obligāts, taču to var izvēlēties arī brīvprātīgi.",
      en: "There are many ways to take part in Latvia's defence, from the Youth Guard during school years to national defence service or the National Guard. National defence service is compulsory for male Latvian citizens, but you can also choose it voluntarily.",
    },
    keywords: {
      lv: ["armija", "VAD", "dienests", "zemessargs", "jaunsargs", "iesaukums", "obligātais dienests"],
      en: ["army", "military service", "conscription", "National Guard", "Youth Guard", "call-up", "defence"],
    },
    steps: [
      {
        title: { lv: "Jaunsardze skolēniem", en: "The Youth Guard for pupils" },
        description: {
          lv: "Jaunsardzē jaunieši apgūst pārgājienu, pirmās palīdzības un komandas darba prasmes.",
          en: "In the Youth Guard young people learn hiking, first aid and teamwork skills.",
        },
        services: ["pieteiksanas-jaunsardze"],
      },
      {
        title: { lv: "Valsts aizsardzības dienests", en: "National defence service" },
        description: {
          lv: "Piesakoties brīvprātīgi, varat izvēlēties sev piemērotāko dienesta sākuma laiku un veidu.",
          en: "If you volunteer, you can choose the starting time and form of service that suits you best.",
        },
        services: ["valsts-aizsardzibas-dienests"],
      },
      {
        title: { lv: "Zemessardze", en: "The National Guard" },
        description: {
          lv: "Zemessardzē dien līdztekus darbam vai studijām, apmācībās piedaloties galvenokārt brīvdienās.",
          en: "National Guard members serve alongside work or studies, training mainly at weekends.",
        },
        services: ["iestasanas-zemessardze"],
      },
    ],
  },
  {
    identifier: "pilsonibas-iegusana",
    kind: "life",
    title: { lv: "Latvijas pilsonības iegūšana", en: "Becoming a Latvian citizen" },
    description: {
      lv: "Nepilsoņi un ārzemnieki, kas ilgstoši dzīvo Latvijā, var kļūt par Latvijas pilsoņiem naturalizācijas kārtībā. Lai to izdarītu, jāpierāda latviešu valodas prasme un Satversmes, himnas un vēstures zināšanas.",
      en: "Non-citizens and foreign nationals who have lived in Latvia for a long time can become citizens through naturalisation. To do so, you must show your command of Latvian and your knowledge of the Constitution, the national anthem and history.",
    },
    keywords: {
      lv: ["pilsonība", "naturalizācija", "nepilsonis", "pilsonības eksāmens", "valodas eksāmens", "Latvijas pase"],
      en: ["citizenship", "naturalisation", "non-citizen", "citizenship test", "language test", "Latvian passport"],
    },
    steps: [
      {
        title: { lv: "Pārliecinieties, ka atbilstat nosacījumiem", en: "Check that you qualify" },
        description: {
          lv: "Pieteikties var, ja Latvijā pastāvīgi dzīvojat vismaz piecus gadus un jums ir likumīgs iztikas avots.",
          en: "You can apply if you have lived in Latvia permanently for at least five years and have a legal source of income.",
        },
        services: ["pilsonibas-iegusana-naturalizacija"],
      },
      {
        title: { lv: "Sagatavojieties pārbaudēm", en: "Prepare for the tests" },
        description: {
          lv: "Valodas un vēstures pārbaudes kārto PMLP, bet tie, kas ieguvuši izglītību latviešu valodā, no valodas pārbaudes var būt atbrīvoti.",
          en: "The language and history tests are taken at PMLP; people educated in Latvian may be exempt from the language test.",
        },
        services: ["pilsonibas-iegusana-naturalizacija"],
      },
      {
        title: { lv: "Saņemiet pilsoņa pasi", en: "Get your citizen's passport" },
        description: {
          lv: "Pēc Ministru kabineta lēmuma par uzņemšanu pilsonībā varat pieprasīt Latvijas pilsoņa pasi un personas apliecību.",
          en: "Once the Cabinet has decided to grant you citizenship, you can apply for a Latvian citizen's passport and ID card.",
        },
        services: ["pases-izsniegsana", "personas-apliecibas-izsniegsana"],
      },
      {
        title: { lv: "Piedalieties vēlēšanās", en: "Take part in elections" },
        description: {
          lv: "Kā pilsonis varat balsot Saeimas un Eiropas Parlamenta vēlēšanās, tāpēc pārbaudiet savu vēlēšanu iecirkni.",
          en: "As a citizen you can vote in Saeima and European Parliament elections, so check your polling station.",
        },
        services: ["velesanu-iecirkna-maina"],
      },
    ],
  },
  {
    identifier: "laulibas-skirsana",
    kind: "life",
    title: { lv: "Laulības šķiršana", en: "Divorce" },
    description: {
      lv: "Ja abi laulātie ir vienisprātis par šķiršanos, bērniem un mantu, laulību var šķirt pie zvērināta notāra; citos gadījumos to dara tiesa. Pēc šķiršanās jāsakārto bērnu uzturs, dzīvesvieta un dokumenti.",
      en: "If both spouses agree on the divorce, the children and property, a sworn notary can dissolve the marriage; otherwise a court does. Afterwards, child support, where you live and your documents need sorting out.",
    },
    keywords: {
      lv: ["šķiršanās", "laulības šķiršana", "alimenti", "uzturlīdzekļi", "bērna aizgādība", "notārs"],
      en: ["divorce", "separation", "child support", "maintenance", "custody", "notary"],
    },
    steps: [
      {
        title: { lv: "Saņemiet juridisko palīdzību", en: "Get legal help" },
        description: {
          lv: "Ja jums ir zemi ienākumi, valsts var apmaksāt jurista palīdzību šķiršanās un uzturlīdzekļu lietās.",
          en: "If your income is low, the state can pay for a lawyer in divorce and child support cases.",
        },
        services: ["valsts-nodrosinata-juridiska-palidziba"],
      },
      {
        title: { lv: "Nodrošiniet bērnu uzturu", en: "Secure child support" },
        description: {
          lv: "Ja otrs vecāks nemaksā noteiktos uzturlīdzekļus, tos var pieprasīt no Uzturlīdzekļu garantiju fonda.",
          en: "If the other parent does not pay the support that was set, you can claim it from the Maintenance Guarantee Fund.",
        },
        services: ["uzturlidzekli-no-garantiju-fonda"],
      },
      {
        title: { lv: "Deklarējiet jauno dzīvesvietu", en: "Declare your new address" },
        description: {
          lv: "Kurš pārceļas, deklarē jauno adresi, bet mājokļa īpašnieks var pārbaudīt, kas vēl deklarēts viņa īpašumā.",
          en: "Whoever moves out declares the new address, and the owner of the home can check who is still registered there.",
        },
        services: ["dzivesvietas-deklaresana", "mana-ipasuma-deklaretas-personas"],
      },
      {
        title: { lv: "Nomainiet dokumentus, ja mainās uzvārds", en: "Replace documents if your surname changes" },
        description: {
          lv: "Ja pēc šķiršanās atgūstat iepriekšējo uzvārdu, pieprasiet jaunu pasi vai personas apliecību.",
          en: "If you take back your former surname after the divorce, apply for a new passport or ID card.",
        },
        services: ["pases-izsniegsana", "personas-apliecibas-izsniegsana"],
      },
      {
        title: { lv: "Pārskatiet pabalstus un nodokļu atvieglojumus", en: "Review benefits and tax reliefs" },
        description: {
          lv: "Vienojieties, kurš no vecākiem bērnu piesaka kā apgādājamo un kurš saņem ģimenes valsts pabalstu.",
          en: "Agree which parent claims the child as a dependant and which receives the family state benefit.",
        },
        services: ["apgadajamo-pieteiksana", "gimenes-valsts-pabalsts"],
      },
    ],
  },
  {
    identifier: "medibas-un-makskeresana",
    kind: "life",
    title: { lv: "Medības un makšķerēšana", en: "Hunting and fishing" },
    description: {
      lv: "Lai medītu, vajadzīga mednieka apliecība un ieroča atļauja, bet makšķerēšanai lielākajā daļā ūdeņu — makšķerēšanas karte. Šeit apkopots, kā šos dokumentus iegūt un kur ziņot, ja redzat kaitējumu dabai.",
      en: "Hunting requires a hunter's licence and a firearms permit, while fishing in most waters requires a fishing card. Here is how to obtain them and where to report harm to nature.",
    },
    keywords: {
      lv: ["medības", "mednieks", "ierocis", "makšķerēšana", "makšķerēšanas karte", "zveja"],
      en: ["hunting", "hunter", "firearm", "fishing", "fishing licence", "angling"],
    },
    steps: [
      {
        title: { lv: "Iegūstiet mednieka apliecību", en: "Get a hunter's licence" },
        description: {
          lv: "Pēc mednieku apmācības eksāmenu kārto Valsts meža dienestā, un pēc sekmīgas pārbaudes izsniedz apliecību.",
          en: "After hunter training you take the exam at the State Forest Service, and the licence is issued once you pass.",
        },
        services: ["mednieka-aplieciba"],
      },
      {
        title: { lv: "Saņemiet ieroča atļauju", en: "Get a firearms permit" },
        description: {
          lv: "Medību ieroča iegādei vajadzīga mednieka apliecība, veselības izziņa un Valsts policijas atļauja.",
          en: "To buy a hunting weapon you need a hunter's licence, a medical certificate and a permit from the State Police.",
        },
        services: ["ierocu-atlauja"],
      },
      {
        title: { lv: "Iegādājieties makšķerēšanas karti", en: "Buy a fishing card" },
        description: {
          lv: "Karti var iegādāties tiešsaistē dažās minūtēs, un dažām iedzīvotāju grupām tā nav vajadzīga.",
          en: "The card can be bought online in a few minutes, and some groups of people do not need one.",
        },
        services: ["makskeresanas-karte"],
      },
      {
        title: { lv: "Ziņojiet par kaitējumu dabai", en: "Report harm to nature" },
        description: {
          lv: "Ja redzat maluzvejniecību, piesārņojumu vai citu kaitējumu videi, ziņojiet Valsts vides dienestam.",
          en: "If you see poaching, pollution or other harm to the environment, report it to the State Environmental Service.",
        },
        services: ["zinosana-par-vides-parkapumu"],
      },
    ],
  },
];

export const BUSINESS_EVENTS: EventDocument[] = [
  {
    identifier: "uznemuma-dibinasana",
    kind: "business",
    title: { lv: "Uzņēmuma dibināšana", en: "Starting a business" },
    description: {
      lv: "Savu biznesu Latvijā var sākt kā saimnieciskās darbības veicējs, individuālais komersants vai sabiedrība ar ierobežotu atbildību. Reģistrāciju var paveikt tiešsaistē, un pēc tam jāizvēlas nodokļu režīms un jāsakārto pārējās formalitātes.",
      en: "In Latvia you can start a business as a self-employed person, a sole trader or a limited liability company. Registration can be done online, after which you choose a tax regime and deal with the remaining formalities.",
    },
    keywords: {
      lv: ["SIA", "firma", "uzņēmums", "biznesa uzsākšana", "pašnodarbinātais", "IK", "komercreģistrs"],
      en: ["limited company", "company", "business", "start-up", "self-employed", "sole trader", "commercial register"],
    },
    steps: [
      {
        title: { lv: "Izvēlieties darbības formu un reģistrējieties", en: "Choose a legal form and register" },
        description: {
          lv: "SIA ierobežo īpašnieku atbildību ar uzņēmuma mantu, bet saimnieciskās darbības veicēja reģistrācija ir vienkāršāka un lētāka.",
          en: "A limited company limits the owners' liability to the company's assets, while registering as self-employed is simpler and cheaper.",
        },
        services: ["sia-dibinasana", "individuala-komersanta-registracija", "saimnieciskas-darbibas-registracija"],
      },
      {
        title: { lv: "Norādiet patiesā labuma guvējus", en: "Declare the beneficial owners" },
        description: {
          lv: "Uzņēmumu reģistrā jānorāda, kas ir uzņēmuma patiesais labuma guvējs, — parasti to dara jau reģistrējot uzņēmumu.",
          en: "The Register of Enterprises must be told who the company's beneficial owners are, usually at registration.",
        },
        services: ["patiesa-labuma-guveja-pazinosana"],
      },
      {
        title: { lv: "Izvēlieties nodokļu režīmu", en: "Choose your tax regime" },
        description: {
          lv: "Izvērtējiet, vai jums der mikrouzņēmumu nodoklis, un reģistrējieties PVN maksātāju reģistrā, ja apgrozījums pārsniegs slieksni vai sadarbojaties ar ārvalstu uzņēmumiem.",
          en: "Consider whether the micro-enterprise tax suits you, and register for VAT if your turnover will exceed the threshold or you trade with foreign businesses.",
        },
        services: ["mikrouznemumu-nodokla-statuss", "pvn-registracija"],
      },
      {
        title: { lv: "Aktivizējiet uzņēmuma e-adresi", en: "Activate the company's e-address" },
        description: {
          lv: "Uzņēmumiem oficiālā elektroniskā adrese ir obligāta, un caur to iestādes sūta vēstules un lēmumus.",
          en: "An official electronic address is mandatory for companies, and public bodies send letters and decisions there.",
        },
        services: ["e-adreses-aktivizesana"],
      },
      {
        title: { lv: "Reģistrējiet kases aparātu", en: "Register a cash register" },
        description: {
          lv: "Ja klienti maksās skaidrā naudā vai ar karti, reģistrējiet kases aparātu VID pirms tirdzniecības sākuma.",
          en: "If customers will pay in cash or by card, register your cash register with VID before you start trading.",
        },
        services: ["kases-aparata-registracija"],
      },
      {
        title: { lv: "Izmantojiet atbalstu jaunajiem uzņēmumiem", en: "Use support for new businesses" },
        description: {
          lv: "LIAA biznesa inkubatori piedāvā konsultācijas, darba vietu un līdzfinansējumu jauniem uzņēmumiem.",
          en: "LIAA business incubators offer advice, workspace and co-funding for new companies.",
        },
        services: ["biznesa-inkubatori"],
      },
    ],
  },
  {
    identifier: "darbinieku-pienemsana",
    kind: "business",
    title: { lv: "Darbinieku pieņemšana", en: "Hiring employees" },
    description: {
      lv: "Darbinieka pieņemšana nozīmē jaunus pienākumus: jānoslēdz rakstisks darba līgums, laikus jāpaziņo VID un jārūpējas par darba drošību. Šeit apkopoti soļi no vakances izsludināšanas līdz pirmajai darba dienai.",
      en: "Taking on an employee brings new duties: a written employment contract, a timely notice to VID and care for workplace safety. Here are the steps from advertising the vacancy to the first day at work.",
    },
    keywords: {
      lv: ["darbinieks", "darba līgums", "vakance", "personāla atlase", "darba devējs", "darbā pieņemšana"],
      en: ["employee", "employment contract", "vacancy", "recruitment", "employer", "hiring"],
    },
    steps: [
      {
        title: { lv: "Izsludiniet vakanci", en: "Advertise the vacancy" },
        description: {
          lv: "NVA vakanču portālā sludinājums ir bez maksas, un dažas vakances var aizpildīt ar daļēji valsts apmaksātiem darbiniekiem.",
          en: "Advertising on the NVA vacancy portal is free, and some vacancies can be filled with partly state-funded employees.",
        },
        services: ["vakances-pieteiksana", "subsidetas-darbavietas"],
      },
      {
        title: { lv: "Ja pieņemat darbā ārzemnieku", en: "If you hire a foreign national" },
        description: {
          lv: "Trešo valstu pilsoņus drīkst nodarbināt tikai tad, kad viņiem piešķirtas tiesības uz nodarbinātību, tāpēc sāciet kārtot dokumentus laikus.",
          en: "Non-EU nationals may only work for you once they have the right to work, so start the paperwork early.",
        },
        services: ["tiesibas-uz-nodarbinatibu-arzemniekam", "terminuzturesanas-atlauja"],
      },
      {
        title: { lv: "Pārbaudiet sodāmību, ja darbs ir ar bērniem", en: "Check criminal records for work with children" },
        description: {
          lv: "Ja darbs saistīts ar bērniem, pirms darba līguma slēgšanas jāpārliecinās, ka darbinieks nav sodīts par noteiktiem noziegumiem.",
          en: "If the job involves children, you must check before signing the contract that the person has no convictions for certain offences.",
        },
        services: ["sodamibas-izzina"],
      },
      {
        title: { lv: "Paziņojiet VID par jauno darbinieku", en: "Tell VID about the new employee" },
        description: {
          lv: "Ziņas par darbinieku VID jāiesniedz pirms darba sākuma — elektroniski EDS vēlākais stundu iepriekš.",
          en: "You must report the employee to VID before they start work: in EDS at the latest one hour beforehand.",
        },
        services: ["zinojums-par-darba-nemejiem"],
      },
      {
        title: { lv: "Piemērojiet algas nodokļa grāmatiņu", en: "Apply the payroll tax book" },
        description: {
          lv: "Kad darbinieks EDS norāda jūs kā galveno ienākumu vietu, algai varat piemērot neapliekamo minimumu un atvieglojumus.",
          en: "Once the employee names you as their main income source in EDS, you can apply the tax-free allowance and reliefs to their pay.",
        },
        services: ["algas-nodokla-gramatina"],
      },
      {
        title: { lv: "Ievērojiet darba tiesības", en: "Follow employment law" },
        description: {
          lv: "Valsts darba inspekcija bez maksas konsultē par darba līgumiem, darba laiku un atvaļinājumiem.",
          en: "The State Labour Inspectorate gives free advice on contracts, working time and holidays.",
        },
        services: ["darba-tiesibu-konsultacija"],
      },
      {
        title: { lv: "Rūpējieties par darba drošību", en: "Look after workplace safety" },
        description: {
          lv: "Novērtējiet darba vides riskus un atcerieties, ka par smagiem nelaimes gadījumiem darbā nekavējoties jāziņo VDI.",
          en: "Assess workplace risks, and remember that serious accidents at work must be reported to the Labour Inspectorate straight away.",
        },
        services: ["nelaimes-gadijuma-darba-pazinosana"],
      },
    ],
  },
  {
    identifier: "uznemuma-darbibas-izbeigsana",
    kind: "business",
    title: { lv: "Uzņēmuma darbības izbeigšana", en: "Closing a business" },
    description: {
      lv: "Uzņēmuma slēgšana prasa tikpat rūpīgu darbu kā tā dibināšana: jāatgūst parādi, jānokārto nodokļi, jāatlaiž darbinieki un jāveic likvidācija. Tikai pēc tam uzņēmumu izslēdz no reģistra.",
      en: "Closing a business takes as much care as starting one: you collect debts, settle taxes, let employees go and carry out the liquidation. Only then is the company struck off the register.",
    },
    keywords: {
      lv: ["likvidācija", "uzņēmuma slēgšana", "firmas slēgšana", "izslēgšana no reģistra", "darbības izbeigšana", "likvidators"],
      en: ["liquidation", "closing a company", "winding up", "deregistration", "ceasing trading", "liquidator"],
    },
    steps: [
      {
        title: { lv: "Atgūstiet klientu parādus", en: "Collect what customers owe you" },
        description: {
          lv: "Neapmaksātus rēķinus var atgūt vienkāršotā brīdinājuma kārtībā, iesniedzot pieteikumu tiesā tiešsaistē.",
          en: "Unpaid invoices can be recovered through the simplified warning procedure by applying to the court online.",
        },
        services: ["bridinajuma-kartiba-parada-piedzina"],
      },
      {
        title: { lv: "Norēķinieties ar darbiniekiem", en: "Settle up with employees" },
        description: {
          lv: "Darba attiecību beigas paziņojiet VID triju darbdienu laikā, lai darbinieki varētu reģistrēties NVA un saņemt pabalstus.",
          en: "Report the end of employment to VID within three working days, so your employees can register with NVA and receive benefits.",
        },
        services: ["zinojums-par-darba-nemejiem"],
      },
      {
        title: { lv: "Nokārtojiet nodokļus", en: "Settle your taxes" },
        description: {
          lv: "Pirms likvidācijas pārbaudiet, vai uzņēmumam nav nodokļu parādu, un noņemiet no uzskaites kases aparātus.",
          en: "Before liquidation, check that the company owes no tax and deregister your cash registers.",
        },
        services: ["nodoklu-paradu-izzina", "kases-aparata-registracija"],
      },
      {
        title: { lv: "Uzsāciet likvidāciju", en: "Start the liquidation" },
        description: {
          lv: "Dalībnieki pieņem lēmumu un ieceļ likvidatoru, un kreditoriem ir vismaz trīs mēneši, lai pieteiktu savus prasījumus.",
          en: "The shareholders decide and appoint a liquidator, and creditors have at least three months to submit their claims.",
        },
        services: ["komersanta-likvidacija"],
      },
      {
        title: { lv: "Iesniedziet pēdējos pārskatus", en: "File the final reports" },
        description: {
          lv: "Iesniedziet gada pārskatu par pēdējo darbības periodu, lai uzņēmumu varētu izslēgt no reģistra.",
          en: "File the annual report for the final period so that the company can be struck off.",
        },
        services: ["gada-parskata-iesniegsana"],
      },
      {
        title: { lv: "Pašnodarbinātajiem — darbības izbeigšana VID", en: "For the self-employed, deregister with VID" },
        description: {
          lv: "Ja strādājāt kā saimnieciskās darbības veicējs, paziņojiet VID par darbības izbeigšanu un iesniedziet gada ienākumu deklarāciju.",
          en: "If you were self-employed, tell VID that you have stopped trading and file your annual income tax return.",
        },
        services: ["saimnieciskas-darbibas-registracija"],
      },
    ],
  },
  {
    identifier: "nodoklu-saistibas",
    kind: "business",
    title: { lv: "Nodokļu saistību kārtošana", en: "Meeting your tax obligations" },
    description: {
      lv: "Katram uzņēmumam ir regulāri nodokļu pienākumi — no PVN deklarācijām līdz gada pārskatam. Šeit apkopoti galvenie VID pakalpojumi, kas palīdz tos izpildīt laikā un izvairīties no soda naudām. Lielāko daļu var paveikt VID Elektroniskās deklarēšanas sistēmā.",
      en: "Every business has regular tax duties, from VAT returns to the annual report. Here are the main VID services that help you meet them on time and avoid penalties. Most can be done in the VID Electronic Declaration System.",
    },
    keywords: {
      lv: ["nodokļi", "VID", "EDS", "PVN", "deklarācija", "gada pārskats", "grāmatvedība"],
      en: ["taxes", "tax authority", "e-filing", "VAT", "tax return", "annual report", "accounting"],
    },
    steps: [
      {
        title: { lv: "Reģistrējieties PVN maksātāju reģistrā", en: "Register for VAT" },
        description: {
          lv: "Reģistrācija ir obligāta, kad apgrozījums 12 mēnešos pārsniedz likumā noteikto slieksni, bet to var veikt arī brīvprātīgi.",
          en: "Registration is mandatory once turnover over 12 months exceeds the statutory threshold, but you can also register voluntarily.",
        },
        services: ["pvn-registracija"],
      },
      {
        title: { lv: "Izvērtējiet mikrouzņēmumu nodokli", en: "Consider the micro-enterprise tax" },
        description: {
          lv: "Mikrouzņēmumu nodoklis ir pieejams tikai noteiktām uzņēmējdarbības formām un ar apgrozījuma ierobežojumu.",
          en: "The micro-enterprise tax is only available to certain business forms and up to a turnover limit.",
        },
        services: ["mikrouznemumu-nodokla-statuss"],
      },
      {
        title: { lv: "Ziņojiet par darbiniekiem", en: "Report on your employees" },
        description: {
          lv: "Par katra darbinieka darba sākumu un beigām paziņojiet VID savlaicīgi — par nokavējumu draud sods.",
          en: "Report each employee's start and end of work to VID on time; late reports can be fined.",
        },
        services: ["zinojums-par-darba-nemejiem"],
      },
      {
        title: { lv: "Reģistrējiet kases aparātus", en: "Register your cash registers" },
        description: {
          lv: "Katrs kases aparāts, ar kuru reģistrējat darījumus ar klientiem, jāreģistrē VID.",
          en: "Every cash register you use to record sales to customers must be registered with VID.",
        },
        services: ["kases-aparata-registracija"],
      },
      {
        title: { lv: "Iesniedziet gada pārskatu", en: "File the annual report" },
        description: {
          lv: "Gada pārskatu iesniedz VID EDS, un no turienes to saņem arī Uzņēmumu reģistrs.",
          en: "The annual report is filed in VID's EDS, from which the Register of Enterprises also receives it.",
        },
        services: ["gada-parskata-iesniegsana"],
      },
      {
        title: { lv: "Maksājiet nekustamā īpašuma nodokli", en: "Pay property tax" },
        description: {
          lv: "Ja uzņēmumam pieder zeme vai ēkas, nekustamā īpašuma nodokli aprēķina un iekasē pašvaldība.",
          en: "If the company owns land or buildings, the municipality calculates and collects the property tax.",
        },
        services: ["nekustama-ipasuma-nodoklis"],
      },
      {
        title: { lv: "Pierādiet, ka nav nodokļu parādu", en: "Prove you have no tax debts" },
        description: {
          lv: "Iepirkumiem, kredītiem un partneriem izziņu par nodokļu parādu neesamību var saņemt EDS uzreiz.",
          en: "For tenders, loans and partners, a certificate of no tax debts is available in EDS immediately.",
        },
        services: ["nodoklu-paradu-izzina"],
      },
    ],
  },
  {
    identifier: "eksporta-uzsaksana",
    kind: "business",
    title: { lv: "Eksporta uzsākšana", en: "Starting to export" },
    description: {
      lv: "Jaunu tirgu apgūšana ārvalstīs sākas ar dokumentiem — EORI numuru, PVN reģistrāciju un apliecinātiem dokumentiem partneriem. LIAA palīdz ar kontaktiem, izstādēm un finansiālu atbalstu.",
      en: "Entering foreign markets starts with paperwork: an EORI number, VAT registration and certified documents for partners. LIAA helps with contacts, trade fairs and funding.",
    },
    keywords: {
      lv: ["eksports", "ārvalstu tirgi", "muita", "EORI", "starptautiskā tirdzniecība", "izstādes"],
      en: ["export", "foreign markets", "customs", "EORI", "international trade", "trade fairs"],
    },
    steps: [
      {
        title: { lv: "Izpētiet tirgu ar LIAA", en: "Research the market with LIAA" },
        description: {
          lv: "LIAA pārstāvniecības ārvalstīs palīdz atrast sadarbības partnerus, un aģentūra līdzfinansē dalību starptautiskās izstādēs.",
          en: "LIAA's offices abroad help you find partners, and the agency co-funds participation in international trade fairs.",
        },
        services: ["eksporta-veicinasanas-atbalsts"],
      },
      {
        title: { lv: "Saņemiet EORI numuru", en: "Get an EORI number" },
        description: {
          lv: "EORI numurs vajadzīgs, lai muitā deklarētu preces, ko izvedat ārpus Eiropas Savienības.",
          en: "You need an EORI number to declare goods to customs when exporting outside the European Union.",
        },
        services: ["eori-numurs"],
      },
      {
        title: { lv: "Reģistrējieties PVN maksātāju reģistrā", en: "Register for VAT" },
        description: {
          lv: "Sniedzot pakalpojumus vai pārdodot preces citu ES valstu uzņēmumiem, PVN reģistrācija parasti ir nepieciešama neatkarīgi no apgrozījuma.",
          en: "When selling goods or services to businesses in other EU countries, VAT registration is usually required whatever your turnover.",
        },
        services: ["pvn-registracija"],
      },
      {
        title: { lv: "Sagatavojiet izziņas partneriem", en: "Prepare certificates for partners" },
        description: {
          lv: "Ārvalstu partneri bieži prasa izziņu no Uzņēmumu reģistra un apliecinājumu, ka nav nodokļu parādu.",
          en: "Foreign partners often ask for an extract from the Register of Enterprises and proof that you have no tax debts.",
        },
        services: ["uznemumu-registra-izzina", "nodoklu-paradu-izzina"],
      },
      {
        title: { lv: "Legalizējiet dokumentus", en: "Legalise your documents" },
        description: {
          lv: "Dokumentiem, ko izmantosiet ārpus ES, var būt nepieciešama apostille vai konsulārā legalizācija.",
          en: "Documents for use outside the EU may need an apostille or consular legalisation.",
        },
        services: ["dokumentu-legalizacija-apostille"],
      },
    ],
  },
  {
    identifier: "partikas-uznemuma-atversana",
    kind: "business",
    title: { lv: "Pārtikas uzņēmuma atvēršana", en: "Opening a food business" },
    description: {
      lv: "Kafejnīcai, ceptuvei vai mājražotājam pirms darbības sākuma jāreģistrējas Pārtikas un veterinārajā dienestā un jāsakārto telpas atbilstoši higiēnas prasībām. Šeit apkopoti soļi no uzņēmuma reģistrācijas līdz pirmajam klientam.",
      en: "A café, bakery or home producer must register with the Food and Veterinary Service before starting and make sure the premises meet hygiene rules. Here are the steps from registering the business to serving your first customer.",
    },
    keywords: {
      lv: ["kafejnīca", "restorāns", "ēdināšana", "mājražotājs", "ceptuve", "PVD", "pārtikas drošība"],
      en: ["café", "restaurant", "catering", "home producer", "bakery", "food safety", "HACCP"],
    },
    steps: [
      {
        title: { lv: "Reģistrējiet uzņēmumu", en: "Register the business" },
        description: {
          lv: "Mājražotāji bieži sāk kā saimnieciskās darbības veicēji, bet kafejnīcu vai restorānu parasti atver kā SIA.",
          en: "Home producers often start as self-employed, while a café or restaurant is usually opened as a limited company.",
        },
        services: ["saimnieciskas-darbibas-registracija", "sia-dibinasana", "individuala-komersanta-registracija"],
      },
      {
        title: { lv: "Sakārtojiet telpas", en: "Prepare the premises" },
        description: {
          lv: "Ja telpas pārbūvējat vai maināt to lietošanas veidu, vajadzīga būvvaldes atļauja, un ēdināšanas vietai jāatbilst ugunsdrošības prasībām.",
          en: "If you rebuild the premises or change their use, you need the building authority's approval, and a food outlet must meet fire safety rules.",
        },
        services: ["buvatlauja", "ugunsdrosibas-atzinums"],
      },
      {
        title: { lv: "Reģistrējieties PVD", en: "Register with the Food and Veterinary Service" },
        description: {
          lv: "Iesniegumu PVD iesniedziet pirms darbības sākuma; dienests var pārbaudīt telpas un paškontroles sistēmu.",
          en: "Apply to PVD before you start; the service may inspect the premises and your own-check system.",
        },
        services: ["partikas-uznemuma-registracija"],
      },
      {
        title: { lv: "Reģistrējiet kases aparātu", en: "Register a cash register" },
        description: {
          lv: "Ja klienti maksā skaidrā naudā vai ar karti, darījumi jāreģistrē VID reģistrētā kases aparātā.",
          en: "If customers pay in cash or by card, sales must be recorded on a cash register registered with VID.",
        },
        services: ["kases-aparata-registracija"],
      },
      {
        title: { lv: "Pieņemiet darbā darbiniekus", en: "Take on staff" },
        description: {
          lv: "Pārtikas apritē strādājošiem vajadzīga veselības pārbaude un higiēnas apmācība, un par katru darbinieku jāziņo VID.",
          en: "Food handlers need a health check and hygiene training, and each employee must be reported to VID.",
        },
        services: ["zinojums-par-darba-nemejiem"],
      },
    ],
  },
  {
    identifier: "valdes-vai-adreses-maina",
    kind: "business",
    title: { lv: "Valdes vai juridiskās adreses maiņa", en: "Changing the board or registered address" },
    description: {
      lv: "Mainoties valdes sastāvam vai uzņēmuma juridiskajai adresei, izmaiņas jāreģistrē Uzņēmumu reģistrā — tikai tad tās ir spēkā pret trešajām personām. Pēc tam pārbaudiet patiesā labuma guvēju ziņas un piekļuvi e-adresei.",
      en: "When the board or the company's registered address changes, the change must be registered with the Register of Enterprises; only then does it take effect for third parties. Afterwards, check the beneficial owner details and access to the e-address.",
    },
    keywords: {
      lv: ["valde", "valdes loceklis", "juridiskā adrese", "izmaiņas komercreģistrā", "statūti", "pārreģistrācija"],
      en: ["board", "board member", "registered address", "company changes", "articles of association", "re-registration"],
    },
    steps: [
      {
        title: { lv: "Reģistrējiet valdes maiņu", en: "Register the board change" },
        description: {
          lv: "Pieteikumam pievieno dalībnieku lēmumu un jaunā valdes locekļa piekrišanu, un to var parakstīt ar drošu elektronisko parakstu.",
          en: "Attach the shareholders' decision and the new board member's consent; the application can be signed with a qualified e-signature.",
        },
        services: ["valdes-loceklu-maina"],
      },
      {
        title: { lv: "Reģistrējiet jauno juridisko adresi", en: "Register the new registered address" },
        description: {
          lv: "Ja uzņēmumam adrese nepieder, pievienojiet telpu īpašnieka piekrišanu.",
          en: "If the company does not own the premises, attach the owner's consent.",
        },
        services: ["juridiskas-adreses-maina"],
      },
      {
        title: { lv: "Pārbaudiet patiesā labuma guvējus", en: "Check the beneficial owners" },
        description: {
          lv: "Ja līdz ar valdi mainās arī īpašnieki vai kontrole pār uzņēmumu, savlaicīgi paziņojiet jaunos patiesā labuma guvējus.",
          en: "If ownership or control changes along with the board, report the new beneficial owners promptly.",
        },
        services: ["patiesa-labuma-guveja-pazinosana"],
      },
      {
        title: { lv: "Pārskatiet piekļuvi e-adresei", en: "Review access to the e-address" },
        description: {
          lv: "Pārliecinieties, ka jaunajam valdes loceklim ir piekļuve uzņēmuma e-adresei, bet bijušajam tā ir atsaukta.",
          en: "Make sure the new board member can access the company's e-address and the former one no longer can.",
        },
        services: ["e-adreses-aktivizesana"],
      },
      {
        title: { lv: "Informējiet partnerus", en: "Inform your partners" },
        description: {
          lv: "Aktuālu izziņu no Uzņēmumu reģistra nosūtiet bankai un sadarbības partneriem.",
          en: "Send an up-to-date extract from the Register of Enterprises to your bank and business partners.",
        },
        services: ["uznemumu-registra-izzina"],
      },
    ],
  },
  {
    identifier: "lauku-saimniecibas-uzsaksana",
    kind: "business",
    title: { lv: "Lauku saimniecības uzsākšana", en: "Starting a farm" },
    description: {
      lv: "Lai sāktu saimniekot laukos, vajadzīga zeme, reģistrēta saimniecība un, ja turat dzīvniekus, reģistrēts ganāmpulks. Valsts un ES atbalsts palīdz gan ar ikgadējiem platību maksājumiem, gan ar sākuma investīcijām jaunajiem lauksaimniekiem.",
      en: "To start farming you need land, a registered farm and, if you keep animals, a registered herd. State and EU support helps with annual area payments and with start-up investment for young farmers.",
    },
    keywords: {
      lv: ["zemnieku saimniecība", "lauksaimniecība", "ferma", "lopkopība", "LAD", "ES atbalsts", "jaunais lauksaimnieks"],
      en: ["farm", "agriculture", "farming", "livestock", "rural support", "EU subsidies", "young farmer"],
    },
    steps: [
      {
        title: { lv: "Nodrošiniet zemi", en: "Secure the land" },
        description: {
          lv: "Nostipriniet īpašumtiesības vai noslēdziet nomas līgumu, jo platību maksājumiem jāpierāda tiesības apsaimniekot zemi.",
          en: "Register your ownership or sign a lease, because area payments require proof of your right to farm the land.",
        },
        services: ["ipasuma-tiesibu-nostiprinasana-zemesgramata", "kadastra-informacija"],
      },
      {
        title: { lv: "Reģistrējiet saimniecību", en: "Register the farm" },
        description: {
          lv: "Zemnieku saimniecību var reģistrēt Uzņēmumu reģistrā, bet sākumam der arī saimnieciskās darbības veicēja statuss VID.",
          en: "A farm can be registered with the Register of Enterprises, but registering as self-employed with VID also works to begin with.",
        },
        services: ["individuala-komersanta-registracija", "saimnieciskas-darbibas-registracija"],
      },
      {
        title: { lv: "Piesakiet platību maksājumus", en: "Apply for area payments" },
        description: {
          lv: "Reģistrējieties LAD Elektroniskās pieteikšanās sistēmā un katru pavasari iesniedziet platību maksājumu pieteikumu.",
          en: "Register in the Rural Support Service's online application system and submit your area payment application every spring.",
        },
        services: ["vienotais-platibu-maksajums"],
      },
      {
        title: { lv: "Atbalsts jaunajiem lauksaimniekiem", en: "Support for young farmers" },
        description: {
          lv: "Ja jums nav vairāk par 40 gadiem, varat pretendēt uz atbalstu saimniecības izveidei un attīstībai.",
          en: "If you are 40 or under, you can apply for support to set up and develop your farm.",
        },
        services: ["atbalsts-jaunajiem-lauksaimniekiem"],
      },
      {
        title: { lv: "Reģistrējiet novietni un ganāmpulku", en: "Register the holding and herd" },
        description: {
          lv: "Lauksaimniecības dzīvnieku novietne un ganāmpulks jāreģistrē pirms dzīvnieku ievešanas saimniecībā.",
          en: "The holding and herd must be registered before animals arrive on the farm.",
        },
        services: ["ganampulka-registracija"],
      },
      {
        title: { lv: "Reģistrējiet tehniku", en: "Register your machinery" },
        description: {
          lv: "Traktori un to piekabes jāreģistrē VTUA, un to vadīšanai vajadzīga traktortehnikas vadītāja apliecība.",
          en: "Tractors and their trailers must be registered with VTUA, and driving them requires a tractor driver's licence.",
        },
        services: ["traktortehnikas-registracija", "traktortehnikas-vaditaja-aplieciba"],
      },
      {
        title: { lv: "Pārdodiet savu produkciju", en: "Sell your produce" },
        description: {
          lv: "Ja pārdosiet pienu, olas vai pašu ražotus produktus, reģistrējiet savu darbību Pārtikas un veterinārajā dienestā.",
          en: "If you will sell milk, eggs or your own products, register with the Food and Veterinary Service.",
        },
        services: ["partikas-uznemuma-registracija"],
      },
    ],
  },
  {
    identifier: "biedribas-dibinasana",
    kind: "business",
    title: { lv: "Biedrības dibināšana", en: "Founding a non-profit association" },
    description: {
      lv: "Biedrību var nodibināt vismaz divas personas, kuras vieno kopīgs mērķis — no sporta kluba līdz kaimiņu kopienai. Pēc reģistrācijas biedrība var piesaistīt ziedojumus, algot darbiniekus un iesaistīties lēmumu pieņemšanā.",
      en: "An association can be founded by at least two people who share a common goal, from a sports club to a neighbourhood group. Once registered, it can raise donations, employ staff and take part in decision-making.",
    },
    keywords: {
      lv: ["biedrība", "NVO", "nevalstiskā organizācija", "nodibinājums", "klubs", "sabiedriskā labuma organizācija"],
      en: ["association", "NGO", "non-governmental organisation", "foundation", "club", "public benefit organisation"],
    },
    steps: [
      {
        title: { lv: "Sagatavojiet statūtus un reģistrējiet biedrību", en: "Draft the articles and register the association" },
        description: {
          lv: "Statūtos norādiet biedrības mērķi, valdi un lēmumu pieņemšanas kārtību; reģistrācijas pieteikumu var iesniegt tiešsaistē.",
          en: "The articles set out the association's purpose, board and decision-making rules; the registration application can be filed online.",
        },
        services: ["biedribas-registracija"],
      },
      {
        title: { lv: "Aktivizējiet e-adresi", en: "Activate the e-address" },
        description: {
          lv: "Arī biedrībām oficiālā elektroniskā adrese ir obligāta, un caur to tās saņem iestāžu vēstules.",
          en: "Associations must also have an official electronic address, where they receive letters from public bodies.",
        },
        services: ["e-adreses-aktivizesana"],
      },
      {
        title: { lv: "Ja algojat darbiniekus", en: "If you employ staff" },
        description: {
          lv: "Arī biedrībai, kas algo darbiniekus vai projektu vadītājus, par darba attiecībām jāziņo VID.",
          en: "An association that employs staff or project managers must report the employment to VID too.",
        },
        services: ["zinojums-par-darba-nemejiem"],
      },
      {
        title: { lv: "Iesniedziet gada pārskatu", en: "File the annual report" },
        description: {
          lv: "Biedrības gada pārskatu iesniedz VID katru gadu, arī tad, ja ienākumu nav bijis.",
          en: "An association files its annual report with VID every year, even if it had no income.",
        },
        services: ["gada-parskata-iesniegsana"],
      },
      {
        title: { lv: "Iesaistieties lēmumu pieņemšanā", en: "Take part in decision-making" },
        description: {
          lv: "Biedrības var paust viedokli par likumprojektiem TAP portālā un piedalīties pašvaldības sabiedriskajās apspriešanās.",
          en: "Associations can comment on draft laws on the TAP portal and take part in municipal public consultations.",
        },
        services: ["lidzdaliba-tiesibu-aktu-izstrade", "sabiedriska-apspriesana-pasvaldiba"],
      },
      {
        title: { lv: "Rosiniet iniciatīvas", en: "Launch initiatives" },
        description: {
          lv: "Ja jūsu mērķim vajadzīgas likumu izmaiņas, kolektīvais iesniegums ar 10 000 pilsoņu parakstiem nonāks Saeimā.",
          en: "If your cause needs a change in the law, a collective petition signed by 10,000 citizens goes to the Saeima.",
        },
        services: ["kolektivais-iesniegums-saeimai"],
      },
    ],
  },
  {
    identifier: "pasnodarbinatibas-uzsaksana",
    kind: "business",
    title: { lv: "Pašnodarbinātības uzsākšana", en: "Becoming self-employed" },
    description: {
      lv: "Ja vēlaties strādāt sev — kā frīlanseris, amatnieks vai konsultants —, varat reģistrēties VID kā saimnieciskās darbības veicējs. Tas ir vienkāršākais ceļš uz savu biznesu, taču nozīmē arī pašam rūpēties par nodokļiem un sociālajām iemaksām.",
      en: "If you want to work for yourself, as a freelancer, craftsperson or consultant, you can register with VID as self-employed. It is the simplest route to your own business, but it also means handling your own taxes and social contributions.",
    },
    keywords: {
      lv: ["pašnodarbinātais", "frīlanseris", "saimnieciskā darbība", "ārštata darbs", "individuālais darbs", "nodokļi"],
      en: ["self-employed", "freelancer", "sole trader", "freelance work", "own business", "taxes"],
    },
    steps: [
      {
        title: { lv: "Reģistrējieties VID", en: "Register with VID" },
        description: {
          lv: "To var izdarīt EDS pirms darbības sākuma, norādot darbības veidu un vietu.",
          en: "You can do this in EDS before you start, stating your type of activity and where you will work.",
        },
        services: ["saimnieciskas-darbibas-registracija"],
      },
      {
        title: { lv: "Izvēlieties nodokļu režīmu", en: "Choose your tax regime" },
        description: {
          lv: "Izvērtējiet, vai izdevīgāk maksāt iedzīvotāju ienākuma nodokli par saimnieciskās darbības ienākumu vai mikrouzņēmumu nodokli.",
          en: "Work out whether personal income tax on business income or the micro-enterprise tax suits you better.",
        },
        services: ["mikrouznemumu-nodokla-statuss"],
      },
      {
        title: { lv: "Pārbaudiet, vai jāreģistrējas PVN", en: "Check whether you need to register for VAT" },
        description: {
          lv: "PVN reģistrācija vajadzīga, ja apgrozījums pārsniedz slieksni vai sniedzat pakalpojumus ārvalstu uzņēmumiem.",
          en: "VAT registration is needed if your turnover exceeds the threshold or you provide services to foreign businesses.",
        },
        services: ["pvn-registracija"],
      },
      {
        title: { lv: "Reģistrējiet darījumus", en: "Record your sales" },
        description: {
          lv: "Ja pārdodat privātpersonām un pieņemat skaidru naudu vai kartes maksājumus, darījumi jāreģistrē kases aparātā.",
          en: "If you sell to private customers and take cash or card payments, sales must be recorded on a cash register.",
        },
        services: ["kases-aparata-registracija"],
      },
      {
        title: { lv: "Iesniedziet gada ienākumu deklarāciju", en: "File your annual income tax return" },
        description: {
          lv: "Katru pavasari deklarācijā norādiet saimnieciskās darbības ienākumus un izdevumus.",
          en: "Every spring, declare your business income and expenses in the annual return.",
        },
        services: ["gada-ienakumu-deklaracija"],
      },
      {
        title: { lv: "Sekojiet sociālajām iemaksām", en: "Keep track of your social contributions" },
        description: {
          lv: "Pārbaudiet, vai veiktās iemaksas nodrošina jums pensijas stāžu un tiesības uz pabalstiem.",
          en: "Check that your contributions are building up your pension record and entitlement to benefits.",
        },
        services: ["socialas-apdrosinasanas-izzina"],
      },
    ],
  },
  {
    identifier: "dalibas-publiskajos-iepirkumos",
    kind: "business",
    title: { lv: "Dalība publiskajos iepirkumos", en: "Bidding for public contracts" },
    description: {
      lv: "Valsts un pašvaldību iepirkumi ir iespēja iegūt stabilus pasūtījumus. Lai pretendētu, uzņēmumam jāpierāda, ka tam nav nodokļu parādu un tā vadītāji nav sodīti par noteiktiem pārkāpumiem, un jāsagatavo pieprasītās izziņas.",
      en: "Public contracts from the state and municipalities offer steady work. To bid, a company must show that it has no tax debts and that its managers have no convictions for certain offences, and prepare the certificates requested.",
    },
    keywords: {
      lv: ["iepirkumi", "publiskais iepirkums", "konkurss", "EIS", "piedāvājums", "pasūtītājs"],
      en: ["public procurement", "tender", "call for tenders", "e-procurement", "bid", "contracting authority"],
    },
    steps: [
      {
        title: { lv: "Pārliecinieties, ka nav nodokļu parādu", en: "Make sure you have no tax debts" },
        description: {
          lv: "Pasūtītājs pirms līguma slēgšanas pārbauda nodokļu parādus, tāpēc nokārtojiet tos laikus.",
          en: "The contracting authority checks for tax debts before awarding the contract, so settle them in time.",
        },
        services: ["nodoklu-paradu-izzina"],
      },
      {
        title: { lv: "Sagatavojiet izziņu par sodāmību", en: "Prepare a criminal record certificate" },
        description: {
          lv: "Pretendentu var izslēgt, ja tā vadītāji sodīti par noteiktiem noziegumiem, un ārvalstu iepirkumos izziņa bieži jāpievieno piedāvājumam.",
          en: "A bidder can be excluded if its managers have convictions for certain crimes, and tenders abroad often require the certificate with the bid.",
        },
        services: ["sodamibas-izzina"],
      },
      {
        title: { lv: "Pievienojiet izziņu no Uzņēmumu reģistra", en: "Attach an extract from the Register of Enterprises" },
        description: {
          lv: "Izziņa apliecina uzņēmuma pārstāvības tiesības un pašreizējo statusu.",
          en: "The extract confirms who may represent the company and its current status.",
        },
        services: ["uznemumu-registra-izzina"],
      },
      {
        title: { lv: "Būvdarbu iepirkumos — būvkomersanta reģistrācija", en: "For construction tenders, builder registration" },
        description: {
          lv: "Būvdarbu iepirkumos uzņēmumam jābūt reģistrētam būvkomersantu reģistrā, bet tā speciālistiem vajadzīgi derīgi sertifikāti.",
          en: "In construction tenders the company must be in the register of construction merchants and its specialists need valid certificates.",
        },
        services: ["buvspecialista-sertifikata-registracija"],
      },
    ],
  },
  {
    identifier: "razotnes-atversana",
    kind: "business",
    title: { lv: "Ražotnes atvēršana", en: "Opening a production site" },
    description: {
      lv: "Ja uzņēmums plāno ražot, pārstrādāt vai apsaimniekot atkritumus, pirms darba sākšanas vajadzīgas būvniecības, ugunsdrošības un vides atļaujas. Laikus uzsākot procesu, var izvairīties no dārgas kavēšanās.",
      en: "If your company plans to manufacture, process or handle waste, you need building, fire safety and environmental permits before you start. Starting the process early helps you avoid costly delays.",
    },
    keywords: {
      lv: ["ražotne", "rūpnīca", "cehs", "vides atļauja", "piesārņojums", "atkritumi", "ugunsdrošība"],
      en: ["factory", "plant", "workshop", "environmental permit", "pollution", "waste", "fire safety"],
    },
    steps: [
      {
        title: { lv: "Saņemiet būvatļauju", en: "Get a building permit" },
        description: {
          lv: "Ražošanas ēkas būvniecības vai pārbūves ieceri iesniedz BIS, un būvvalde izvērtē arī tās atbilstību teritorijas plānojumam.",
          en: "Submit the proposal for building or converting the production building in BIS; the building authority also checks it against the spatial plan.",
        },
        services: ["buvatlauja"],
      },
      {
        title: { lv: "Noskaidrojiet, kāda vides atļauja vajadzīga", en: "Find out which environmental permit you need" },
        description: {
          lv: "Valsts vides dienests palīdzēs noteikt, vai jūsu darbībai vajadzīga A vai B kategorijas atļauja vai pietiek ar C kategorijas apliecinājumu.",
          en: "The State Environmental Service will help decide whether you need a category A or B permit or whether a category C confirmation is enough.",
        },
        services: ["piesarnojosas-darbibas-atlauja"],
      },
      {
        title: { lv: "Atkritumu apsaimniekošana", en: "Waste management" },
        description: {
          lv: "Ja savāksiet, pārvadāsiet vai pārstrādāsiet atkritumus, vajadzīga atsevišķa atkritumu apsaimniekošanas atļauja.",
          en: "If you will collect, transport or recycle waste, you need a separate waste management permit.",
        },
        services: ["atkritumu-apsaimniekosanas-atlauja"],
      },
      {
        title: { lv: "Pārbaudiet ugunsdrošību", en: "Check fire safety" },
        description: {
          lv: "Pirms darbības sākuma VUGD atzinums apliecina, ka telpas atbilst ugunsdrošības prasībām.",
          en: "Before you open, a VUGD opinion confirms that the premises meet fire safety requirements.",
        },
        services: ["ugunsdrosibas-atzinums"],
      },
      {
        title: { lv: "Pieņemiet darbā darbiniekus", en: "Hire your workforce" },
        description: {
          lv: "Paziņojiet VID par katru darbinieku pirms darba sākuma un izvērtējiet darba vides riskus ražotnē.",
          en: "Report each employee to VID before they start and assess the workplace risks at the site.",
        },
        services: ["zinojums-par-darba-nemejiem", "darba-tiesibu-konsultacija"],
      },
    ],
  },
  {
    identifier: "privatas-izglitibas-iestades-atversana",
    kind: "business",
    title: { lv: "Privātas izglītības iestādes atvēršana", en: "Opening a private school or training centre" },
    description: {
      lv: "Privātu bērnudārzu, valodu skolu vai mācību centru var dibināt uzņēmums vai biedrība, taču izglītības programmas pirms īstenošanas parasti jālicencē. Pirms darba sākšanas jāsakārto arī telpas un jāpārbauda pedagogi.",
      en: "A company or association can set up a private kindergarten, language school or training centre, but education programmes usually need a licence before teaching starts. The premises and staff checks must also be in order before you open.",
    },
    keywords: {
      lv: ["privātskola", "privātais bērnudārzs", "mācību centrs", "licence", "izglītības programma", "kursi"],
      en: ["private school", "private kindergarten", "training centre", "licence", "education programme", "courses"],
    },
    steps: [
      {
        title: { lv: "Dibiniet juridisko personu", en: "Set up a legal entity" },
        description: {
          lv: "Izglītības iestādi var dibināt gan SIA, gan biedrība, un izvēle ietekmē finansējuma un nodokļu iespējas.",
          en: "Either a limited company or an association can found an educational institution, and the choice affects funding and tax options.",
        },
        services: ["sia-dibinasana", "biedribas-registracija"],
      },
      {
        title: { lv: "Sagatavojiet drošas telpas", en: "Prepare safe premises" },
        description: {
          lv: "Telpām, kurās uzturas bērni, ir īpaši stingras ugunsdrošības prasības, tāpēc izvērtējiet tās pirms nomas līguma slēgšanas.",
          en: "Premises used by children face especially strict fire safety rules, so assess them before signing a lease.",
        },
        services: ["ugunsdrosibas-atzinums"],
      },
      {
        title: { lv: "Licencējiet izglītības programmu", en: "License the education programme" },
        description: {
          lv: "Licencēšanas kārtība atkarīga no programmas veida, tāpēc iesniegumu iesniedziet laikus pirms mācību sākuma.",
          en: "The licensing procedure depends on the type of programme, so apply well before teaching begins.",
        },
        services: ["izglitibas-programmas-licencesana"],
      },
      {
        title: { lv: "Pārbaudiet pedagogu sodāmību", en: "Check teachers' criminal records" },
        description: {
          lv: "Ar bērniem drīkst strādāt tikai personas, kas nav sodītas par noteiktiem noziegumiem, un darba devējs to pārbauda pirms darba līguma slēgšanas.",
          en: "Only people without convictions for certain crimes may work with children, and the employer checks this before signing the contract.",
        },
        services: ["sodamibas-izzina"],
      },
      {
        title: { lv: "Pieņemiet darbā pedagogus", en: "Hire your teachers" },
        description: {
          lv: "Par katru darbinieku paziņojiet VID pirms darba sākuma, un pārbaudiet, vai pedagoga kvalifikācija atbilst programmai.",
          en: "Report each employee to VID before they start, and check that each teacher's qualifications fit the programme.",
        },
        services: ["zinojums-par-darba-nemejiem"],
      },
    ],
  },
];
