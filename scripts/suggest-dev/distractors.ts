// Distractor articles for the dev set: realistic same-domain news that shares
// vocabulary with the claims (captains, transfers, launches, storms, votes,
// prices) but is about other people, places and happenings.
const FIRST = [
  "Ana",
  "Ben",
  "Chloe",
  "Dmitri",
  "Eva",
  "Farid",
  "Greta",
  "Hugo",
  "Ines",
  "Jomo",
  "Kira",
  "Luca",
  "Mei",
  "Nils",
  "Omar",
  "Pia",
  "Quentin",
  "Rana",
  "Soren",
  "Tara",
  "Umar",
  "Vera",
  "Wes",
  "Yara",
  "Zane",
];
const LAST = [
  "Abbott",
  "Brandt",
  "Castell",
  "Duarte",
  "Ekwueme",
  "Fontaine",
  "Garber",
  "Holm",
  "Iwata",
  "Jensen",
  "Kowal",
  "Lindqvist",
  "Moreau",
  "Nakata",
  "Osei",
  "Petrov",
  "Quigley",
  "Rossi",
  "Sandoval",
  "Toivonen",
  "Ulloa",
  "Varga",
  "Whitlock",
  "Yilmaz",
  "Zorn",
];
const PLACE = [
  "Ashford",
  "Brimley",
  "Carrow",
  "Delmont",
  "Eastwick",
  "Fallon",
  "Greyhaven",
  "Hollis",
  "Irongate",
  "Jarrow",
  "Kelso",
  "Lowmoor",
  "Millbrook",
  "Northgate",
  "Oakridge",
  "Pembury",
  "Quarrington",
  "Redwater",
  "Stonebridge",
  "Thornby",
  "Upton",
  "Valecrest",
  "Westmarch",
  "Yarrowby",
];
const TEAM = ["Rovers", "Hawks", "Mariners", "Comets", "Wolves", "Stags", "Pilots", "Bears", "Kings", "Rangers"];
const COMPANY = [
  "Altis",
  "Brisk",
  "Corvane",
  "Dynamo Labs",
  "Elmwood",
  "Fathom",
  "Glint",
  "Helix",
  "Ionic",
  "Juniper Works",
  "Kestrel Systems",
  "Lumen",
  "Monarch",
  "Nimbus",
  "Orbital",
  "Prism",
  "Quanta",
  "Rook",
  "Sable",
  "Tessera",
];
const PRODUCT = ["tablet", "smartwatch", "laptop", "foldable phone", "earbuds", "game console", "smart speaker", "e-reader", "drone", "electric scooter"];
const COUNTRY = ["Aldova", "Brenmark", "Castavia", "Durnland", "Estrel", "Forvia", "Galmora", "Hestland"];

type Rand = () => number;
const pick = <T>(r: Rand, xs: T[]) => xs[Math.floor(r() * xs.length)]!;
const person = (r: Rand) => `${pick(r, FIRST)} ${pick(r, LAST)}`;
const num = (r: Rand, lo: number, hi: number) => Math.floor(lo + r() * (hi - lo));
const day = (r: Rand) => pick(r, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

const TEMPLATES: ((r: Rand) => string)[] = [
  (r) => {
    const p = person(r);
    const t = `${pick(r, PLACE)} ${pick(r, TEAM)}`;
    return `${t} extend ${p}'s contract\nThe ${t} have handed ${p} a new ${num(r, 2, 5)}-year deal, keeping the midfielder at the club. ${p} has scored ${num(r, 5, 40)} goals since arriving. The coach said the squad would travel to ${pick(r, PLACE)} on ${day(r)} for the next league match.`;
  },
  (r) => {
    const a = `${pick(r, PLACE)} ${pick(r, TEAM)}`;
    const b = `${pick(r, PLACE)} ${pick(r, TEAM)}`;
    return `${a} edge ${b} in tight contest\n${a} beat ${b} ${num(r, 1, 5)}-${num(r, 0, 3)} on ${day(r)} in front of ${num(r, 8, 60)},000 fans. ${person(r)} scored the winner late in the second half, and the captain praised the defence. ${b} remain ${num(r, 3, 12)} points off the top of the table.`;
  },
  (r) => {
    const p = person(r);
    return `${p} withdraws from ${pick(r, PLACE)} tournament\n${p} pulled out of the ${pick(r, PLACE)} Open with a back injury, organizers said on ${day(r)}. The world number ${num(r, 3, 40)} had been expected to be seeded. A replacement will be drawn from the qualifiers.`;
  },
  (r) => {
    const p = person(r);
    return `${p} named head coach of the ${pick(r, PLACE)} ${pick(r, TEAM)}\nThe ${pick(r, TEAM)} appointed ${p} as head coach on ${day(r)}, ending a month-long search. ${p} previously led a college program and signed a ${num(r, 2, 6)}-year contract.`;
  },
  (r) => {
    const co = pick(r, COMPANY);
    const pr = pick(r, PRODUCT);
    return `${co} launches new ${pr}\n${co} unveiled its latest ${pr} at an event in ${pick(r, PLACE)} on ${day(r)}. It will cost $${num(r, 99, 1999)} and ship in ${num(r, 2, 8)} weeks. Analysts said the price was in line with expectations, although the company declined to share sales targets.`;
  },
  (r) => {
    const co = pick(r, COMPANY);
    return `${co} reports quarterly results\n${co} said revenue rose ${num(r, 2, 30)} percent to $${num(r, 1, 90)} billion in the quarter. Chief executive ${person(r)} said demand for its cloud services remained strong. Shares rose ${num(r, 1, 9)} percent in after-hours trading.`;
  },
  (r) => {
    const co = pick(r, COMPANY);
    return `${co} to cut ${num(r, 2, 9)},000 jobs\n${co} will cut about ${num(r, 2, 9)},000 jobs worldwide as it restructures, the company said on ${day(r)}. The cuts will mostly hit its hardware division. Unions in ${pick(r, PLACE)} called the decision a betrayal.`;
  },
  (r) => {
    const co = pick(r, COMPANY);
    const co2 = pick(r, COMPANY);
    return `${co} buys ${co2} in $${num(r, 1, 30)} billion deal\n${co} agreed to acquire ${co2} for $${num(r, 1, 30)} billion, the companies said. The deal still needs approval from regulators in ${pick(r, COUNTRY)}. ${person(r)} will lead the combined company.`;
  },
  (r) => {
    const p = person(r);
    const c = pick(r, COUNTRY);
    return `${c} election: ${p} wins second round\n${p} won the presidential runoff in ${c} with ${num(r, 50, 62)} percent of the vote, the election commission said on ${day(r)}. Turnout was ${num(r, 45, 80)} percent. Opposition parties accepted the result.`;
  },
  (r) => {
    const c = pick(r, COUNTRY);
    return `${c} parliament passes budget\nLawmakers in ${c} approved the budget by ${num(r, 100, 150)} votes to ${num(r, 40, 99)} on ${day(r)}. Finance minister ${person(r)} said the plan would cut the deficit while raising spending on schools and hospitals.`;
  },
  (r) => {
    const p = person(r);
    return `Mayor ${p} unveils housing plan\nMayor ${p} of ${pick(r, PLACE)} announced plans to build ${num(r, 2, 20)},000 homes over the next decade. The council will vote on the plan next month. Critics said it ignored transport.`;
  },
  (r) => {
    const c1 = pick(r, COUNTRY);
    const c2 = pick(r, COUNTRY);
    return `${c1} and ${c2} hold talks on border crossing\nForeign ministers of ${c1} and ${c2} met in ${pick(r, PLACE)} to discuss reopening a border crossing closed since ${num(r, 2015, 2024)}. No agreement was reached, but both sides said talks would continue.`;
  },
  (r) => {
    const p = person(r);
    return `${p} wins best actress at ${pick(r, PLACE)} film awards\n${p} took home the best actress prize at the ${pick(r, PLACE)} film awards on ${day(r)} for her role in a period drama. The ceremony also honoured director ${person(r)}.`;
  },
  (r) => {
    const p = person(r);
    return `${p} announces world tour\nSinger ${p} announced a ${num(r, 20, 80)}-date world tour starting in ${pick(r, PLACE)} in the spring. Tickets go on sale on ${day(r)}. The tour follows the release of a new album that topped the charts.`;
  },
  (r) => {
    const p = person(r);
    return `Festival lineup revealed\nThe ${pick(r, PLACE)} music festival revealed its lineup, with ${p} and ${person(r)} headlining. Organizers said the festival will feature a new stage by the river and a fireworks show on the final night.`;
  },
  (r) =>
    `Series renewed for another season\nStreaming service ${pick(r, COMPANY)}+ renewed the drama ${pick(r, ["Black Tide", "Silver Road", "The Orchard", "Night Shift", "Glass City"])} for a ${pick(r, ["second", "third", "fourth"])} season. Star ${person(r)} will return alongside newcomer ${person(r)}.`,
  (r) => {
    const pl = pick(r, PLACE);
    return `Storm brings flooding to ${pl}\nHeavy rain caused flooding in ${pl} on ${day(r)}, closing roads and schools. Forecasters said up to ${num(r, 40, 150)} millimetres fell in twelve hours. The river is expected to peak overnight.`;
  },
  (r) => {
    const pl = pick(r, PLACE);
    return `Heatwave grips ${pl}\nTemperatures in ${pl} reached ${num(r, 33, 44)} degrees on ${day(r)}, the hottest day of the year so far. Officials opened cooling centres and urged residents to stay indoors.`;
  },
  (r) =>
    `Tropical storm ${pick(r, ["Alma", "Bruno", "Cora", "Dante", "Elsa", "Flint"])} strengthens into hurricane\nThe storm became a category ${num(r, 1, 4)} hurricane over open water on ${day(r)}, forecasters said. It is not expected to threaten land this week.`,
  (r) => {
    const pl = pick(r, PLACE);
    return `Snow closes roads near ${pl}\nThe season's first heavy snow closed mountain roads near ${pl}, and ski resorts said they would open in ${pick(r, ["November", "December"])}.`;
  },
  (r) => {
    const co = pick(r, COMPANY);
    return `${co} airline orders new jets\n${co} Air ordered ${num(r, 10, 80)} jets from a European manufacturer at the air show, worth about $${num(r, 2, 12)} billion. Deliveries start in ${num(r, 2026, 2030)}.`;
  },
  (r) => {
    const c = pick(r, COUNTRY);
    return `${c} central bank cuts rates\nThe central bank of ${c} lowered its key interest rate by a quarter point to ${num(r, 1, 6)}.${num(r, 0, 9)} percent, citing slowing inflation. Governor ${person(r)} said further cuts were possible.`;
  },
  (r) =>
    `Space agency tests new rocket engine\nEngineers at the space agency completed a ${num(r, 2, 9)}-minute test firing of a new rocket engine on ${day(r)}. The engine will power a probe due to launch in ${num(r, 2027, 2031)}.`,
  (r) =>
    `Scientists map coral reef decline\nResearchers from ${pick(r, PLACE)} University found that coral cover on the reef fell ${num(r, 10, 40)} percent in a decade. The study, led by ${person(r)}, was published on ${day(r)}.`,
  (r) =>
    `Hospital opens new children's wing\nThe new children's wing at ${pick(r, PLACE)} General Hospital opened on ${day(r)}, adding ${num(r, 40, 200)} beds. Health minister ${person(r)} attended the ceremony.`,
  (r) =>
    `Tram line opens in ${pick(r, PLACE)}\nA new tram line opened in ${pick(r, PLACE)} on ${day(r)}, linking the station to the university. Officials said ${num(r, 10, 40)},000 passengers a day are expected.`,
  (r) =>
    `Museum unveils restored painting\nThe ${pick(r, PLACE)} Museum unveiled a restored altarpiece after ${num(r, 2, 8)} years of work. Curator ${person(r)} said the colours were brighter than anyone expected.`,
];

function mulberry32(seed: number): Rand {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function distractors(count: number, seed = 7): { id: string; text: string }[] {
  const r = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => ({ id: `d${i}`, text: pick(r, TEMPLATES)(r) }));
}

const SAME_NAME: ((name: string, r: Rand) => string)[] = [
  (n, r) =>
    `${n} backs charity drive\n${n} lent support to a charity drive in ${pick(r, PLACE)} on ${day(r)}, helping raise $${num(r, 10, 900)},000 for children's hospitals. Organizers said the event drew a record crowd.`,
  (n, r) =>
    `Five things to know about ${n}\nFrom early years in ${pick(r, PLACE)} to a busy schedule this year, here is a short profile of ${n}. Colleagues describe a careful planner who rarely speaks to the press.`,
  (n, r) =>
    `${n} faces questions over old tax filing\nAn old tax filing involving ${n} drew questions from officials in ${pick(r, COUNTRY)} this week. A spokesperson said all rules had been followed and that no investigation had been opened.`,
  (n, r) =>
    `${n} marks anniversary with ${pick(r, PLACE)} event\n${n} celebrated an anniversary at a small event in ${pick(r, PLACE)}, thanking staff and supporters. No new plans were discussed, a spokesperson said.`,
];

/** Hard negatives: other stories about the very names a claim mentions. */
export function sameNameStories(names: string[], seed = 11): { id: string; text: string }[] {
  const r = mulberry32(seed);
  return names.flatMap((n, i) => [0, 1].map((k) => ({ id: `h${i}_${k}`, text: pick(r, SAME_NAME)(n, r) })));
}

// Background sentences real reports carry around their news: they dilute
// whole-article similarity the way real bodies do.
const FILLER = [
  "The announcement came after weeks of speculation on social media.",
  "Officials did not immediately respond to a request for comment.",
  "The decision was welcomed by some and criticised by others.",
  "Analysts said the move had been expected for some time.",
  "Local businesses reported a busy weekend.",
  "It was the first such event in the region in more than a decade.",
  "Tickets for the next event are already on sale.",
  "The organisation has faced criticism over its spending in recent years.",
  "A statement posted online thanked supporters for their patience.",
  "Police said the crowd was peaceful and no arrests were made.",
  "The story was first reported by a regional newspaper.",
  "Further details are expected to be released later this month.",
  "Critics have questioned whether the plan is affordable.",
  "The weather stayed mild for most of the day.",
  "Attendance figures were higher than last year.",
  "A similar proposal was rejected three years ago.",
  "Several politicians commented on the news on social media.",
  "Shares in rival companies moved little on the news.",
  "Experts cautioned that it was too early to draw conclusions.",
  "The full report runs to more than two hundred pages.",
  "Residents said they had been waiting for this for a long time.",
  "Coverage of the event drew a large television audience.",
  "The chairman said the board had been unanimous.",
  "Organisers thanked volunteers who worked through the night.",
];

/** Appends 2–7 background sentences, deterministically per id. */
export function pad(text: string, id: string): string {
  let seed = 0;
  for (const ch of id) seed = (seed * 31 + ch.charCodeAt(0)) | 0;
  const r = mulberry32(seed);
  const n = 2 + Math.floor(r() * 6);
  const extra = Array.from({ length: n }, () => pick(r, FILLER));
  return `${text} ${[...new Set(extra)].join(" ")}`;
}

const SWAP = [...LAST, ...PLACE];

/**
 * The hardest negatives: the same kind of happening with other names — an
 * outcome article whose every name from the claim is swapped for another
 * (Okafor → Varga, Lisbon → Kelso). Same words, different story.
 */
export function swappedNames(text: string, claim: string, id: string): string {
  const names = new Set(
    (claim.match(/\b[A-Z][a-z][\w'’-]*/g) ?? []).filter(
      (w) => !/^(?:The|A|An|Sources|Organizers|Officials|Forecasters|Meteorologists|Researchers|Insiders)$/.test(w),
    ),
  );
  let seed = 7;
  for (const ch of id) seed = (seed * 33 + ch.charCodeAt(0)) | 0;
  const r = mulberry32(seed);
  const map = new Map(
    [...names].map((n) => [
      n,
      pick(
        r,
        SWAP.filter((s) => !names.has(s)),
      ),
    ]),
  );
  return text.replace(/\b[A-Z][a-z][\w'’-]*/g, (w) => map.get(w) ?? w);
}
