// Words too common to tell services apart, folded as `tokens` returns them. A query drops the
// words of both lists, since people type either language on either page, so neither list may hold
// a word that matters in the other language: Latvian "būs" (folded "bus") stays out for English
// "bus". "kopā" is in although rare in queries: in documents its stem would meet "kopšana".

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

export const LATVIAN_STOP_WORDS = words(`
  un vai bet jo ja ka lai ne nu gan ari tikai vel jau tad kad kur tur te seit kapec tapec vien pat loti
  nav kopa
  par uz no pie ar bez lidz pec pret pa aiz caur ap pirms starp virs zem del
  es tu vins vina mes jus vini vinas man tev vinam vinai mums jums viniem mani tevi vinu manis
  mans mana manu manam manai manas savs sava savu savam savai savas savi tavs tava tavu musu jusu
  tas tam to tai tie tiem tos sis si so sie kas ko kam kads kada kadu kadi kadas
  kurs kura kuru kuri kuras kuram kurai kuriem sev sevi visi visas viss visu
  ir esmu esi esam esat bija biju but tiek tika var varu varam vajag vajadzetu gribu velos nepieciesams kaut
`);

export const ENGLISH_STOP_WORDS = words(`
  a an the and or but if of for to in on at by from with about as into than then so not no
  i me my mine you your we our us he she his her it its they them their this that these those
  what which who whom how why where when
  is are was were be been being am do does did have has had can could will would should may must shall
  get getting need want please i'm it's don't what's
`);
