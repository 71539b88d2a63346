// Realistic synthetic news articles for import benchmarks and tests
// (`npm run bench:import`, the import e2e test). Deterministic: the same seed
// and index always give the same article, so a run can be reproduced and a
// file regenerated instead of committed.
//
// What "realistic" covers here, because it is what an importer's cost depends
// on: ~40 outlets in several languages' spellings (accents, ligatures,
// non-Latin-1 letters), titles of news length, canonical-looking URLs, dates
// over two years as bare days and as ISO timestamps with offsets (some via the
// `date` alias), and multi-paragraph bodies of ~150–1,900 words (median ≈ 500;
// 3.7 KB per JSON line on average) with curly and straight quotes,
// apostrophes, dashes, ellipses and guillemets.
// Every text is unique (each names its own figures), so nothing is a
// duplicate unless asked for.
import { slugify } from "../../lib/text";

export type SyntheticArticle = {
  outlet: string;
  outletDomain?: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  date?: string;
  text: string;
};

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const OUTLETS: readonly { name: string; domain: string }[] = [
  { name: "The Harbour Ledger", domain: "harbourledger.example" },
  { name: "Evening Courier", domain: "eveningcourier.example" },
  { name: "Le Quotidien du Nord", domain: "quotidien-nord.example" },
  { name: "Der Morgenbote", domain: "morgenbote.example" },
  { name: "El Diario Austral", domain: "diarioaustral.example" },
  { name: "Gazeta Śląska", domain: "gazeta-slaska.example" },
  { name: "Københavns Tidende", domain: "kbh-tidende.example" },
  { name: "São Paulo Express", domain: "spexpress.example" },
  { name: "Il Corriere di Còmo", domain: "corrierecomo.example" },
  { name: "Reykjavík Review", domain: "rvkreview.example" },
  { name: "The Daily Ferret", domain: "dailyferret.example" },
  { name: "Midland Wire", domain: "midlandwire.example" },
  { name: "Northern Star-Gazette", domain: "stargazette.example" },
  { name: "The Sunday Almanac", domain: "sundayalmanac.example" },
  { name: "Příbram Deník", domain: "pribram-denik.example" },
  { name: "Eléftheri Óra", domain: "eleftheri-ora.example" },
  { name: "Göteborgs Kuriren", domain: "gbgkuriren.example" },
  { name: "Crónica de Málaga", domain: "cronicamalaga.example" },
  { name: "Zürcher Abendblatt", domain: "zab.example" },
  { name: "The Capital Record", domain: "capitalrecord.example" },
  { name: "Bay Area Bugle", domain: "bugle.example" },
  { name: "Lakeside Observer", domain: "lakesideobserver.example" },
  { name: "Montréal Matin", domain: "montrealmatin.example" },
  { name: "The Quay Chronicle", domain: "quaychronicle.example" },
  { name: "Kraków Kurier", domain: "krakowkurier.example" },
  { name: "Sporting Ledger", domain: "sportingledger.example" },
  { name: "Screen & Stage Weekly", domain: "screenstage.example" },
  { name: "Market Pulse", domain: "marketpulse.example" },
  { name: "The Rumour Mill", domain: "rumourmill.example" },
  { name: "Valley Times", domain: "valleytimes.example" },
  { name: "İstanbul Postası", domain: "istanbulpostasi.example" },
  { name: "Lisboa Diário", domain: "lisboadiario.example" },
  { name: "The Coastal Herald", domain: "coastalherald.example" },
  { name: "Metro Dispatch", domain: "metrodispatch.example" },
  { name: "Øresund Nyt", domain: "oresundnyt.example" },
  { name: "Wiener Rundschau", domain: "wienerrundschau.example" },
  { name: "The Plain Dealer's Digest", domain: "pddigest.example" },
  { name: "Gazette de Genève", domain: "gazettegeneve.example" },
  { name: "Hanoi Evening", domain: "hanoievening.example" },
  { name: "The Independent Sentinel", domain: "sentinel.example" },
];

const PEOPLE = [
  "José Álvarez",
  "Zoë Kowalczyk",
  "François Lefèvre",
  "Søren Østergaard",
  "Nguyễn Thị Lan",
  "Chloé Dubois",
  "Renée Müller",
  "İlkay Şahin",
  "Björn Ångström",
  "Ana Lúcia Ribeiro",
  "Dmitri Sokolov",
  "Aoife O'Sullivan",
  "Mateus Conceição",
  "Łucja Wróbel",
  "Priya Raghunathan",
  "Jürgen Weiß",
  "Eléonore Savard",
  "Tomás Ó Briain",
  "Kwame Mensah",
  "Hélène Château",
  "Mikaël Lindqvist",
  "Grace Achterberg",
  "Camille Nguyen",
  "Rafael Peña",
  "Astrid Håkansson",
  "Noémie Girard",
  "Declan McAllister",
  "Yusuf Erdoğan",
] as const;

const ROLES = [
  "the organising committee's spokesperson",
  "a senior adviser to the mayor",
  "the club's sporting director",
  "an analyst at Brunel & Faure",
  "the union's regional secretary",
  "a former minister",
  "the festival's artistic director",
  "a person familiar with the talks",
  "the league's chief executive",
  "a meteorologist at the national office",
  "the company's finance chief",
  "an official who asked not to be named",
] as const;

const PLACES = [
  "Montréal",
  "São Paulo",
  "Zürich",
  "Kraków",
  "Reykjavík",
  "Málaga",
  "Göteborg",
  "Köln",
  "Besançon",
  "Tromsø",
  "Curaçao",
  "Łódź",
  "Nîmes",
  "Córdoba",
  "Århus",
  "Plzeň",
  "Thessaloníki",
  "Bogotá",
  "Hà Nội",
  "Düsseldorf",
  "the harbour district",
  "the old town",
] as const;

type Topic = { event: string; subjects: readonly string[]; verbs: readonly string[]; things: readonly string[] };

const TOPICS: readonly Topic[] = [
  {
    event: "Closing Ceremony",
    subjects: ["the headline act", "a surprise guest", "the host city's orchestra", "the torch relay"],
    verbs: ["perform at", "open", "be cut from", "return for"],
    things: ["a rooftop stunt", "a drone display of 1,200 lights", "a handover to the next host", "fireworks over the river"],
  },
  {
    event: "city council budget vote",
    subjects: ["the transport levy", "the housing fund", "the mayor's coalition", "two opposition members"],
    verbs: ["be approved at", "collapse before", "be delayed until after", "dominate"],
    things: ["a 4.5% rise in fares", "a freeze on new permits", "a €38 million shortfall", "an emergency session"],
  },
  {
    event: "transfer deadline",
    subjects: ["the striker", "the club's captain", "a teenage midfielder", "the goalkeeper"],
    verbs: ["sign before", "leave ahead of", "stay beyond", "be sold at"],
    things: ["a fee of £42 million", "a five-year contract", "a loan with an option to buy", "a medical on Thursday"],
  },
  {
    event: "film festival's opening night",
    subjects: ["the jury president", "a reclusive director", "the festival's new head", "the streaming giant"],
    verbs: ["premiere at", "walk out of", "be honoured at", "boycott"],
    things: ["a three-hour cut", "a restored print from 1962", "a red-carpet protest", "a last-minute change to the line-up"],
  },
  {
    event: "interest-rate decision",
    subjects: ["the central bank", "the governor", "two members of the board", "markets"],
    verbs: ["hold rates at", "cut rates at", "signal a pause at", "surprise everyone at"],
    things: ["a quarter-point cut", "inflation at 3.1%", "a weaker currency", "bond yields near a ten-year high"],
  },
  {
    event: "storm's landfall",
    subjects: ["the coastguard", "the regional authority", "forecasters", "the port operator"],
    verbs: ["close the port before", "evacuate the coast ahead of", "downgrade the alert after", "prepare shelters for"],
    things: ["winds of 140 km/h", "a red warning", "school closures on Monday", "flooding in low-lying streets"],
  },
  {
    event: "product launch",
    subjects: ["the company", "its founder", "rival makers", "early testers"],
    verbs: ["unveil a new model at", "delay shipping after", "cut prices before", "keep quiet until"],
    things: ["a foldable screen", "a battery that lasts two days", "a price under €999", "a recall of 80,000 units"],
  },
  {
    event: "election night",
    subjects: ["the incumbent", "the challenger", "the green list", "turnout"],
    verbs: ["concede on", "claim victory on", "fall short on", "surge on"],
    things: ["a runoff in two weeks", "a hung parliament", "a record postal vote", "a recount in three districts"],
  },
];

const HEADLINES = [
  (s: string, v: string, e: string) => `Will ${s} ${v} the ${e}?`,
  (s: string, v: string, e: string) => `${cap(s)} expected to ${v} the ${e}, sources say`,
  (s: string, v: string, e: string) => `Exclusive: ${s} “set to ${v}” the ${e}`,
  (s: string, v: string, e: string) => `Why ${s} may ${v} the ${e} — and why it matters`,
  (s: string, v: string, e: string) => `${cap(s)} to ${v} the ${e}? What we know so far`,
  (s: string, v: string, e: string) => `Rumours grow that ${s} will ${v} the ${e}`,
] as const;

const OPENERS = [
  "From the quayside to the council chamber, the question on everyone's lips this week has been the same.",
  "It started, as these things often do, with a rumour on a Tuesday evening.",
  "Nobody in the room wanted to say it out loud — at least not on the record.",
  "For weeks the story has moved faster than the facts.",
  "The announcement, when it came, was shorter than anyone expected…",
  "Officials were keen to play it down; the crowds outside were not.",
] as const;

const LINKS = [
  "Meanwhile,",
  "Still,",
  "Even so,",
  "By Thursday,",
  "Behind the scenes,",
  "According to documents seen by this newspaper,",
  "Later that day,",
  "In a statement,",
  "On Sunday,",
  "Elsewhere in",
  "Critics counter that",
  "Not everyone agrees:",
] as const;

const QUOTES = [
  (who: string, role: string, thing: string) => `“We are not ruling anything out,” said ${who}, ${role}. “If ${thing} happens, we will be ready.”`,
  (who: string, role: string, thing: string) =>
    `"It's too early to say," ${who}, ${role}, told reporters, adding that ${thing} was "one scenario among several".`,
  (who: string, role: string, thing: string) => `${who} was blunter: ‘Talk of ${thing} is wishful thinking.’`,
  (who: string, role: string, thing: string) =>
    `“I’ve heard the same rumours you have,” ${who} said. “Nobody has shown me anything in writing about ${thing}.”`,
  (who: string, role: string, thing: string) => `Asked about ${thing}, ${who}, ${role}, replied only: “Wait and see.”`,
  (who: string, role: string, thing: string) => `«On verra», ${who} said in French, before switching to English: “We’ll see — ${thing} is not decided.”`,
] as const;

const FILLERS = [
  "The plans were first reported by a local radio station and have not been officially confirmed.",
  "Tickets for the main events sold out within hours, and resale prices have since doubled.",
  "Several people involved in the preparations said the schedule had changed at least twice since spring.",
  "A spokesperson declined to comment on what they called “speculation”.",
  "Rehearsals were held behind closed doors late into the night, neighbours said.",
  "Local businesses say they are preparing for the busiest weekend of the year.",
  "The final decision is expected to rest with a small group of officials who rarely speak in public.",
  "Past editions have drawn crowds of well over 100,000, though estimates vary widely.",
  "Insurance documents, if they exist, would show how far the planning has gone.",
  "Security around the venue has been visibly tightened since Friday.",
  "Some of the claims circulating online appear to be based on a misread timetable.",
  "Transport operators have added late-night services, a move some read as a hint.",
  "Similar rumours in 2019 turned out to be wrong, a point the sceptics are quick to make.",
  "The weather may yet have the last word: forecasters give a 40% chance of thunderstorms.",
] as const;

function cap(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sentence(r: Rand, topic: Topic, i: number): string {
  const kind = r();
  if (kind < 0.28) return pick(r, QUOTES)(pick(r, PEOPLE), pick(r, ROLES), pick(r, topic.things));
  if (kind < 0.5) {
    const link = pick(r, LINKS);
    if (link === "Elsewhere in") return `${link} ${pick(r, PLACES)}, ${pick(r, topic.subjects)} drew attention too.`;
    const filler = pick(r, FILLERS);
    return `${link} ${filler.charAt(0).toLowerCase()}${filler.slice(1)}`;
  }
  if (kind < 0.65) {
    const n = int(r, 2, 97) * 1000 + ((i * 7919) % 1000);
    return `About ${n.toLocaleString("en")} people are expected in ${pick(r, PLACES)} for the ${topic.event}, up from ${Math.round(n * 0.8).toLocaleString("en")} last year.`;
  }
  if (kind < 0.8) {
    return `${cap(pick(r, topic.subjects))} could still ${pick(r, topic.verbs)} the ${topic.event}; ${pick(r, topic.things)} remains the detail most often mentioned.`;
  }
  return pick(r, FILLERS);
}

function body(r: Rand, topic: Topic, i: number): string {
  // Paragraph counts chosen so word counts spread from ~150 to ~1,900 (median ≈ 500).
  const paragraphs = Math.max(3, Math.round(4 + r() * 6 + (r() < 0.15 ? int(r, 6, 14) : 0)));
  const out = [pick(r, OPENERS) + " " + sentence(r, topic, i)];
  for (let p = 1; p < paragraphs; p++) {
    const n = int(r, 2, 6);
    const sentences: string[] = [];
    for (let s = 0; s < n; s++) sentences.push(sentence(r, topic, i * 31 + p * 7 + s));
    out.push(sentences.join(" "));
  }
  // A closing line unique to this article, so no two texts ever hash alike.
  out.push(`(Reporting by ${pick(r, PEOPLE)}; additional reporting in ${pick(r, PLACES)}. Ref. ${(i + 1).toString(36).toUpperCase()}-${int(r, 100, 999)}.)`);
  return out.join("\n\n");
}

const DAY0 = Date.UTC(2023, 0, 1);
const OFFSETS = ["Z", "+01:00", "+02:00", "-05:00", "+09:00", "-03:00"] as const;

/** Article number `i` of the stream that `seed` names. */
export function syntheticArticle(i: number, seed = 1): SyntheticArticle {
  const r = rng((seed * 0x9e3779b1) ^ (i * 0x85ebca6b));
  const outlet = pick(r, OUTLETS);
  const topic = pick(r, TOPICS);
  const subject = pick(r, topic.subjects);
  const verb = pick(r, topic.verbs);
  const headline = pick(r, HEADLINES)(subject, verb, topic.event);
  const when = new Date(DAY0 + Math.floor(r() * 730) * 86_400_000);
  const day = when.toISOString().slice(0, 10);
  const article: SyntheticArticle = { outlet: outlet.name, text: body(r, topic, i) };
  const style = r();
  if (style < 0.6) article.publishedAt = day;
  else if (style < 0.85)
    article.publishedAt = `${day}T${String(int(r, 6, 22)).padStart(2, "0")}:${String(int(r, 0, 59)).padStart(2, "0")}:00${pick(r, OFFSETS)}`;
  else article.date = day;
  // Most feeds give a title; the rest fall back to the first sentence.
  if (r() < 0.9) article.title = headline;
  if (r() < 0.8) article.url = `https://${outlet.domain}/${day.slice(0, 4)}/${day.slice(5, 7)}/${slugify(headline).slice(0, 60)}-${(i + 1).toString(36)}`;
  if (r() < 0.5) article.outletDomain = outlet.domain;
  return article;
}

/** `count` articles as JSON Lines (one object per line, trailing newline). */
export function* syntheticJsonLines(count: number, seed = 1): Generator<string> {
  for (let i = 0; i < count; i++) yield JSON.stringify(syntheticArticle(i, seed)) + "\n";
}

export function syntheticJsonl(count: number, seed = 1): string {
  let out = "";
  for (const line of syntheticJsonLines(count, seed)) out += line;
  return out;
}
