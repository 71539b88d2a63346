// Rumors speak in the future ("will win", "is set to sell") and outcomes in
// the past ("won", "sold"). The Porter stemmer leaves irregular past forms
// alone, so they are mapped to their base verb here; a few news synonyms are
// folded into one word the same way. Applied to claims and articles alike.
// Forms that are also common names or abbreviations (Drew, Rose, Sat, the
// Met, left) are left out.
const IRREGULAR: Record<string, string> = {};
const FORMS =
  "win:won|lose:lost|sell:sold|buy:bought|lead:led|take:took,taken|give:gave,given|make:made|go:went,gone|come:came|begin:began,begun|" +
  "break:broke,broken|choose:chose,chosen|draw:drawn|fall:fell,fallen|fly:flew,flown|grow:grew,grown|hold:held|keep:kept|pay:paid|" +
  "rise:risen|sing:sang,sung|speak:spoke,spoken|swim:swam,swum|throw:threw,thrown|wear:wore,worn|write:wrote,written|ride:rode,ridden|" +
  "bring:brought|build:built|catch:caught|fight:fought|send:sent|spend:spent|tell:told|teach:taught|run:ran|drive:drove,driven|" +
  "eat:ate,eaten|forget:forgot,forgotten|freeze:froze,frozen|hide:hid,hidden|shake:shook,shaken|steal:stole,stolen|strike:struck|" +
  "sweep:swept|swear:swore,sworn|wake:woke,woken|weep:wept|withdraw:withdrew,withdrawn|overtake:overtook,overtaken|undergo:underwent,undergone|" +
  "shoot:shot|seek:sought|stand:stood|understand:understood|become:became|feel:felt|sleep:slept|" +
  // News synonyms: one word stands for the group.
  "launch:unveil,unveils,unveiled,unveiling,debut,debuts,debuted|cancel:scrap,scraps,scrapped,scrapping,axe,axes,axed|" +
  "acquire:acquires,acquired,acquiring,acquisition,purchase,purchases,purchased,takeover|resign:resigns,resigned,resignation,quit,quits|" +
  "victory:victories,triumph,triumphs,triumphed|wed:wedding,weds,wedded,married,marry,marries,marriage";
for (const group of FORMS.split("|")) {
  const [base, forms] = group.split(":") as [string, string];
  for (const f of forms.split(",")) IRREGULAR[f] = base;
}

/** The word to stem: base verbs for irregular past forms, one word per synonym group. */
export function normalizeWord(lower: string): string {
  return IRREGULAR[lower] ?? lower;
}
