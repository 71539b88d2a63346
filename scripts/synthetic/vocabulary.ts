// Words for the synthetic data: places, people, teams, companies, and for
// each kind of event what people predict before it and what is reported
// after it. Countries, parties and companies are invented; names mix
// languages and scripts on purpose (accents, ß, ø, ğ) so that spans are
// exercised beyond ASCII.
import type { Rng } from "./random";

const CITIES = [
  ["Lisbon", "Europe/Lisbon"],
  ["São Paulo", "America/Sao_Paulo"],
  ["Zürich", "Europe/Zurich"],
  ["Kraków", "Europe/Warsaw"],
  ["Reykjavík", "Atlantic/Reykjavik"],
  ["Montréal", "America/Toronto"],
  ["Ōsaka", "Asia/Tokyo"],
  ["Seville", "Europe/Madrid"],
  ["Malmö", "Europe/Stockholm"],
  ["Córdoba", "America/Argentina/Cordoba"],
  ["Gdańsk", "Europe/Warsaw"],
  ["Nairobi", "Africa/Nairobi"],
  ["Accra", "Africa/Accra"],
  ["Lyon", "Europe/Paris"],
  ["Porto", "Europe/Lisbon"],
  ["Bergen", "Europe/Oslo"],
  ["Tallinn", "Europe/Tallinn"],
  ["Valparaíso", "America/Santiago"],
  ["Medellín", "America/Bogota"],
  ["Québec", "America/Toronto"],
  ["Düsseldorf", "Europe/Berlin"],
  ["Thessaloniki", "Europe/Athens"],
  ["Hanoi", "Asia/Ho_Chi_Minh"],
  ["Perth", "Australia/Perth"],
  ["Auckland", "Pacific/Auckland"],
  ["Glasgow", "Europe/London"],
  ["Antwerp", "Europe/Brussels"],
  ["Lausanne", "Europe/Zurich"],
  ["Turin", "Europe/Rome"],
  ["Ljubljana", "Europe/Ljubljana"],
  ["Tromsø", "Europe/Oslo"],
  ["Marrakesh", "Africa/Casablanca"],
  ["Cape Town", "Africa/Johannesburg"],
  ["Busan", "Asia/Seoul"],
  ["Vancouver", "America/Vancouver"],
  ["Austin", "America/Chicago"],
  ["Kyoto", "Asia/Tokyo"],
  ["İzmir", "Europe/Istanbul"],
  ["Wrocław", "Europe/Warsaw"],
  ["Aarhus", "Europe/Copenhagen"],
] as const;

const FIRST = [
  "Ana",
  "Kenji",
  "Zoë",
  "Lukas",
  "Amara",
  "Sofía",
  "Inès",
  "Mateo",
  "Freya",
  "Tomasz",
  "Chloé",
  "Björn",
  "Ayşe",
  "Rahul",
  "Grace",
  "Léa",
  "Nikolai",
  "Mei",
  "Omar",
  "Elif",
  "Jonas",
  "Aoife",
  "Dmitri",
  "Camila",
  "Tariq",
  "Hana",
  "Pierre",
  "Yusuf",
  "Ingrid",
  "Marco",
  "Nadia",
  "Søren",
  "Thandiwe",
  "Mateus",
  "Priya",
  "Émile",
  "Kofi",
  "Lucía",
  "Hiroshi",
  "Maëlle",
];
const LAST = [
  "Ferreira",
  "Watanabe",
  "Müller",
  "Nowak",
  "Okafor",
  "Reyes",
  "Dubois",
  "García",
  "Olsen",
  "Wiśniewski",
  "Martin",
  "Sigurðsson",
  "Yılmaz",
  "Mehta",
  "Mensah",
  "Fontaine",
  "Petrov",
  "Lin",
  "Haddad",
  "Demir",
  "Lindgren",
  "Byrne",
  "Volkov",
  "Rojas",
  "Aziz",
  "Kobayashi",
  "Lambert",
  "Adebayo",
  "Halvorsen",
  "Bianchi",
  "Strauß",
  "Nørgaard",
  "Achebe",
  "Santos",
  "Kowalczyk",
  "Duarte",
  "Oyelaran",
  "Castellanos",
  "Takahashi",
  "Lefèvre",
];

function person(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

const TEAMS = [
  "Mariners",
  "Kites",
  "Foxes",
  "Comets",
  "Harriers",
  "Lions",
  "Falcons",
  "Rovers",
  "Wanderers",
  "Pilots",
  "Otters",
  "Stags",
  "Herons",
  "Titans",
  "Royals",
  "Ravens",
];
const COMPETITIONS = [
  "Continental Cup",
  "Champions Shield",
  "National Basketball Finals",
  "Coastal Rugby League",
  "Women's Hockey Championship",
  "Premier Handball Cup",
  "Northern Volleyball League",
  "Atlantic Football Trophy",
  "Super Netball Series",
  "Federation Cup",
  "Ice Hockey Masters",
  "Water Polo Euroleague",
];
const COUNTRIES = ["Valdoria", "Norvik", "Estmark", "Corsala", "Lunaria", "Baltoria", "Arvenland", "Meridia", "Ostrelia", "Kaldera", "Sarnia", "Velmora"];
const PARTIES = [
  "Green Alliance",
  "Liberal Forum",
  "Social Democrats",
  "People's Party",
  "Reform Movement",
  "Unity List",
  "Civic Platform",
  "Labour Front",
  "Pirate Party",
  "Farmers' Union",
];
const COMPANIES = [
  "Lumen Devices",
  "Arcwave",
  "Northwind Motors",
  "Pixelfield",
  "Orbita",
  "Quillsoft",
  "Vantage Audio",
  "Helix Mobile",
  "Tidepool Labs",
  "Corvid Systems",
  "Stratos Aero",
  "Brightleaf",
  "Kestrel Games",
  "Nimbus Home",
];
const PRODUCT_LINES = ["Slate", "Buds", "E-Cruiser", "Fold", "Vision", "Pulse", "Orbit", "Beacon", "Canvas", "Drift", "Nova", "Atlas"];
const FEATURES = [
  "a solid-state battery",
  "satellite messaging",
  "a 240 Hz display",
  "a titanium frame",
  "an on-device translator",
  "wireless charging at 80 W",
  "a periscope camera",
  "a fanless design",
  "two-day battery life",
  "a built-in stylus",
];
const COLOURS = ["midnight blue", "coral", "graphite", "sage green", "ivory", "sunset orange"];
const AWARDS = [
  "Golden Lantern Awards",
  "Silver Reel Film Prize",
  "National Music Honours",
  "Meridian Book Prize",
  "Aurora Television Awards",
  "Harbour Theatre Awards",
  "Northern Photography Prize",
  "Independent Games Honours",
];
const WORKS = [
  "The Quiet Harbour",
  "Salt and Iron",
  "Glass Orchard",
  "Midnight in Ghent",
  "Paper Lanterns",
  "The Cartographer's Daughter",
  "Seven Winters",
  "A Map of Rain",
  "Copper Sky",
  "The Last Ferry",
  "Small Hours",
  "Under the Linden",
  "Wildfire Season",
  "The Orchid Thief of Lyon",
  "Northbound",
  "Echoes of Tromsø",
  "Café Ségur",
  "The Weight of Snow",
];
const CATEGORIES = ["Best Picture", "Best Director", "Best Album", "Best Novel", "Best Drama Series", "Best Debut", "Best Documentary", "Best Score"];
const TOPICS = [
  "climate",
  "ocean governance",
  "digital trade",
  "energy security",
  "public health",
  "migration",
  "Arctic shipping",
  "AI safety",
  "food security",
  "space debris",
];
const SUMMIT_KINDS = ["Summit", "Forum", "Conference", "Assembly", "Leaders' Meeting"];
const TITLES = ["Prime Minister", "President", "Chancellor", "Foreign Minister", "Secretary-General"];
const PERFORMERS = [
  "The Lanterns",
  "Mira Solé",
  "DJ Kestrel",
  "the Northern Lights Orchestra",
  "Ruby Achebe",
  "Los Faroles",
  "Kai Nakamura",
  "the Tallinn Boys Choir",
  "Ngozi & the Tide",
  "Élodie Marchand",
];
const CEREMONIES = [
  "Games opening ceremony",
  "Games closing ceremony",
  "Expo opening",
  "Bridge opening ceremony",
  "Royal Jubilee parade",
  "New Year gala",
  "Centenary celebration",
  "Festival opening night",
];

export const EVENT_KINDS = ["sports", "election", "launch", "awards", "summit", "ceremony"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
/** How common each kind is among events. */
export const KIND_WEIGHTS: Record<EventKind, number> = { sports: 28, election: 14, launch: 18, awards: 14, summit: 12, ceremony: 14 };

const num = (n: number) => n.toLocaleString("en-US");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Everything an event's texts may mention; fixed per event. */
export type EventContext = {
  kind: EventKind;
  name: string;
  city: string;
  timeZone: string;
  venue: string;
  year: number;
  month: string;
  // Two sides (teams, candidates, films, leaders…) and two people.
  a: string;
  b: string;
  personA: string;
  personB: string;
  extra: string;
  topic: string;
  description: string;
};

export function eventContext(rng: Rng, kind: EventKind, date: Date): EventContext {
  const [city, timeZone] = rng.pick(CITIES);
  const year = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()]!;
  const base = { kind, city, timeZone, year, month, personA: person(rng), personB: person(rng), topic: rng.pick(TOPICS) };
  switch (kind) {
    case "sports": {
      const [ta, tb] = rng.sample(TEAMS, 2) as [string, string];
      const [ca, cb] = rng.sample(CITIES, 2).map((c) => c[0]);
      const competition = rng.pick(COMPETITIONS);
      const a = `${ca} ${ta}`;
      const b = `${cb} ${tb}`;
      return {
        ...base,
        name: `${competition} final ${year}`,
        venue: `${city} Arena`,
        a,
        b,
        extra: competition,
        description: `${a} meet ${b} in the ${competition} final.`,
      };
    }
    case "election": {
      const country = rng.pick(COUNTRIES);
      const office = rng.pick(["general election", "presidential election", "regional election", "mayoral election", "referendum on electoral reform"]);
      const [pa, pb] = rng.sample(PARTIES, 2) as [string, string];
      return {
        ...base,
        name: `${country} ${office} ${year}`,
        venue: `polling stations across ${country}`,
        a: pa,
        b: pb,
        extra: country,
        description: `Voters in ${country} go to the polls; the ${pa} and the ${pb} lead the field.`,
      };
    }
    case "launch": {
      const company = rng.pick(COMPANIES);
      const product = `${company.split(" ")[0]} ${rng.pick(PRODUCT_LINES)} ${rng.int(2, 9)}`;
      return {
        ...base,
        name: `${product} launch`,
        venue: `${company} headquarters, ${city}`,
        a: product,
        b: company,
        extra: rng.pick(FEATURES),
        description: `${company} unveils the ${product}.`,
      };
    }
    case "awards": {
      const award = rng.pick(AWARDS);
      const [wa, wb] = rng.sample(WORKS, 2) as [string, string];
      return {
        ...base,
        name: `${award} ${year}`,
        venue: `${city} Concert Hall`,
        a: wa,
        b: wb,
        extra: rng.pick(CATEGORIES),
        description: `The ${award} are handed out in ${city}.`,
      };
    }
    case "summit": {
      const [ka, kb] = rng.sample(COUNTRIES, 2) as [string, string];
      const summit = `${city} ${base.topic.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, ch: string) => sp + ch.toUpperCase()).replace(" Ai ", " AI ")} ${rng.pick(SUMMIT_KINDS)}`;
      return {
        ...base,
        name: `${summit} ${year}`,
        venue: `${city} Convention Centre`,
        a: `${rng.pick(TITLES)} ${base.personA} of ${ka}`,
        b: `${rng.pick(TITLES)} ${base.personB} of ${kb}`,
        extra: ka,
        description: `Leaders meet in ${city} to talk about ${base.topic}.`,
      };
    }
    case "ceremony": {
      const ceremony = rng.pick(CEREMONIES);
      const [pa, pb] = rng.sample(PERFORMERS, 2) as [string, string];
      return {
        ...base,
        name: `${city} ${ceremony} ${year}`,
        venue: `${city} ${rng.pick(["Stadium", "Waterfront", "Old Town Square", "Expo Grounds"])}`,
        a: pa,
        b: pb,
        extra: ceremony.toLowerCase(),
        description: `The ${ceremony.toLowerCase()} in ${city}.`,
      };
    }
  }
}

/**
 * One prediction: the words an article uses (`quote`, a clause that reads
 * well mid-sentence), the editor's statement, and what a later article would
 * say if it came true (`yes`), if it did not (`no`), or in passing (`mention`).
 */
export type ClaimIdea = { quote: string; statement: string; yes: string; no: string; mention: string };

type Maker = (c: EventContext, rng: Rng) => ClaimIdea;

const MAKERS: Record<EventKind, Maker[]> = {
  sports: [
    (c, r) => {
      const g = r.int(1, 3);
      return {
        quote: `the ${c.a} will beat the ${c.b} by at least ${g} goal${g > 1 ? "s" : ""}`,
        statement: `The ${c.a} will win the ${c.extra} final by ${g} or more.`,
        yes: `the ${c.a} won ${g + 1}–1 and lifted the trophy`,
        no: `the ${c.b} took the title after a ${r.int(1, 3)}–0 win`,
        mention: `the ${c.a} and the ${c.b} met in front of a full house`,
      };
    },
    (c) => ({
      quote: `${c.personA} will start the final on the bench`,
      statement: `${c.personA} will not be in the starting line-up.`,
      yes: `${c.personA} came on only after the break`,
      no: `${c.personA} started and played the full match`,
      mention: `${c.personA} was named in the squad`,
    }),
    (c) => ({
      quote: `the final will go to a penalty shoot-out`,
      statement: `The ${c.extra} final will be decided on penalties.`,
      yes: `it took a penalty shoot-out to settle the final`,
      no: `the final was settled in normal time`,
      mention: `both sides practised penalties the day before`,
    }),
    (c, r) => {
      const n = r.int(30, 90) * 1000;
      return {
        quote: `attendance will top ${num(n)}`,
        statement: `More than ${num(n)} people will attend the final.`,
        yes: `a record crowd of ${num(n + r.int(500, 4000))} watched the final`,
        no: `the attendance was ${num(n - r.int(2000, 9000))}, short of the forecast`,
        mention: `tickets were on sale until the morning of the match`,
      };
    },
    (c) => ({
      quote: `${c.personB} will be sacked as coach after the final`,
      statement: `${c.personB} will lose the coaching job after the final.`,
      yes: `${c.personB} was dismissed as coach the following morning`,
      no: `${c.personB} signed a new two-year contract after the final`,
      mention: `${c.personB} declined to discuss the future`,
    }),
    (c) => ({
      quote: `the match will be moved to ${c.venue}`,
      statement: `The final will be played at ${c.venue}.`,
      yes: `the final was played at ${c.venue} as planned`,
      no: `the final stayed at its original ground`,
      mention: `${c.venue} hosted the fan zone`,
    }),
    (c) => ({
      quote: `${c.personA} will captain the ${c.a}`,
      statement: `${c.personA} will wear the captain's armband.`,
      yes: `${c.personA} led the ${c.a} out as captain`,
      no: `the armband went to ${c.personB} instead`,
      mention: `${c.personA} spoke to reporters before kick-off`,
    }),
  ],
  election: [
    (c, r) => {
      const p = r.int(28, 46);
      return {
        quote: `the ${c.a} will win more than ${p} per cent of the vote`,
        statement: `The ${c.a} will get over ${p}% of the vote in ${c.extra}.`,
        yes: `the ${c.a} finished with ${p + r.int(1, 6)} per cent`,
        no: `the ${c.a} ended on ${p - r.int(2, 9)} per cent`,
        mention: `the ${c.a} held its final rally in ${c.city}`,
      };
    },
    (c, r) => {
      const t = r.int(55, 78);
      return {
        quote: `turnout will exceed ${t} per cent`,
        statement: `Turnout in ${c.extra} will be above ${t}%.`,
        yes: `turnout reached ${t + r.int(1, 5)} per cent`,
        no: `turnout fell to ${t - r.int(3, 12)} per cent`,
        mention: `polling stations stayed open until ten`,
      };
    },
    (c) => ({
      quote: `a run-off between ${c.personA} and ${c.personB} is all but certain`,
      statement: `${c.personA} and ${c.personB} will face each other in a run-off.`,
      yes: `${c.personA} and ${c.personB} go through to the run-off`,
      no: `${c.personA} won outright in the first round`,
      mention: `${c.personA} and ${c.personB} debated on television`,
    }),
    (c) => ({
      quote: `the ${c.b} will lose its majority`,
      statement: `The ${c.b} will no longer hold a majority after the vote.`,
      yes: `the ${c.b} lost its majority`,
      no: `the ${c.b} kept its majority with seats to spare`,
      mention: `the ${c.b} campaigned on housing`,
    }),
    (c) => ({
      quote: `${c.personA} will concede before midnight`,
      statement: `${c.personA} will concede on election night.`,
      yes: `${c.personA} conceded shortly after eleven`,
      no: `${c.personA} refused to concede until the final count`,
      mention: `${c.personA} thanked volunteers in ${c.city}`,
    }),
    (c) => ({
      quote: `the ${c.a} will form a coalition with the ${c.b}`,
      statement: `The ${c.a} and the ${c.b} will govern together.`,
      yes: `the ${c.a} and the ${c.b} signed a coalition agreement`,
      no: `the ${c.a} chose to govern alone`,
      mention: `talks between the ${c.a} and the ${c.b} began`,
    }),
  ],
  launch: [
    (c, r) => {
      const p = r.int(4, 16) * 100 - 1;
      return {
        quote: `the ${c.a} will cost ${num(p)} euros`,
        statement: `The ${c.a} will be priced at €${num(p)}.`,
        yes: `the ${c.a} goes on sale at ${num(p)} euros`,
        no: `the ${c.a} is priced at ${num(p + r.int(1, 3) * 100)} euros`,
        mention: `the ${c.a} comes in several storage sizes`,
      };
    },
    (c) => ({
      quote: `the ${c.a} will ship with ${c.extra}`,
      statement: `The ${c.a} will have ${c.extra}.`,
      yes: `the ${c.a} does indeed have ${c.extra}`,
      no: `there is no sign of ${c.extra} on the ${c.a}`,
      mention: `${c.extra} was discussed by analysts`,
    }),
    (c, r) => {
      const n = r.int(3, 6);
      return {
        quote: `the ${c.a} will come in ${n} colours, including ${r.pick(COLOURS)}`,
        statement: `The ${c.a} will be available in ${n} colours.`,
        yes: `the ${c.a} is offered in ${n} finishes`,
        no: `the ${c.a} comes in just two colours`,
        mention: `the ${c.a} was shown in a single colour on stage`,
      };
    },
    (c, r) => {
      const m = MONTHS[r.int(0, 11)]!;
      return {
        quote: `deliveries will slip to ${m}`,
        statement: `The ${c.a} will not ship before ${m}.`,
        yes: `${c.b} confirmed deliveries start in ${m}`,
        no: `the first units reached customers the same week`,
        mention: `${c.b} did not give a delivery date on stage`,
      };
    },
    (c) => ({
      quote: `${c.personA} will present the ${c.a} on stage`,
      statement: `${c.personA} will present the product.`,
      yes: `${c.personA} took the stage to show the ${c.a}`,
      no: `${c.personB} presented the ${c.a}`,
      mention: `${c.personA} watched from the front row`,
    }),
    (c) => ({
      quote: `${c.b} will also announce a subscription service`,
      statement: `${c.b} will announce a subscription alongside the ${c.a}.`,
      yes: `${c.b} announced a subscription for the ${c.a}`,
      no: `no subscription was mentioned at the launch`,
      mention: `${c.b} hinted at services later this year`,
    }),
  ],
  awards: [
    (c) => ({
      quote: `“${c.a}” will take ${c.extra}`,
      statement: `“${c.a}” will win ${c.extra}.`,
      yes: `“${c.a}” won ${c.extra}`,
      no: `${c.extra} went to “${c.b}”`,
      mention: `“${c.a}” was among the nominees for ${c.extra}`,
    }),
    (c) => ({
      quote: `${c.personA} will host the ceremony`,
      statement: `${c.personA} will host the ${c.name}.`,
      yes: `${c.personA} hosted the evening`,
      no: `${c.personB} hosted the ceremony`,
      mention: `${c.personA} walked the red carpet`,
    }),
    (c, r) => {
      const h = r.int(3, 4);
      return {
        quote: `the ceremony will run over ${h} hours`,
        statement: `The ceremony will last more than ${h} hours.`,
        yes: `the broadcast ran to ${h} hours and ${r.int(10, 50)} minutes`,
        no: `the ceremony wrapped up in under ${h} hours`,
        mention: `the ceremony started on time`,
      };
    },
    (c) => ({
      quote: `${c.personB} will win a lifetime award`,
      statement: `${c.personB} will receive a lifetime achievement award.`,
      yes: `${c.personB} received the lifetime achievement award`,
      no: `the lifetime award went to ${c.personA}`,
      mention: `${c.personB} attended the ceremony`,
    }),
    (c) => ({
      quote: `“${c.b}” will go home empty-handed`,
      statement: `“${c.b}” will win nothing.`,
      yes: `“${c.b}” left without a prize`,
      no: `“${c.b}” won two awards`,
      mention: `the cast of “${c.b}” arrived together`,
    }),
  ],
  summit: [
    (c) => ({
      quote: `leaders will sign a binding ${c.topic} agreement`,
      statement: `The summit will end with a binding agreement on ${c.topic}.`,
      yes: `leaders signed a binding agreement on ${c.topic}`,
      no: `the summit ended without a binding text on ${c.topic}`,
      mention: `${c.topic} dominated the first day`,
    }),
    (c) => ({
      quote: `${c.a} will skip the summit`,
      statement: `${c.a} will not attend.`,
      yes: `${c.a} did not attend and sent a deputy`,
      no: `${c.a} attended all three days`,
      mention: `${c.a} spoke by video on the eve of the summit`,
    }),
    (c) => ({
      quote: `a joint statement on ${c.topic} will be issued on the final day`,
      statement: `A joint statement on ${c.topic} will be published.`,
      yes: `a joint statement on ${c.topic} was issued on the final day`,
      no: `no joint statement was agreed`,
      mention: `drafts of a statement circulated`,
    }),
    (c, r) => {
      const b = r.int(5, 60);
      return {
        quote: `a fund of ${b} billion dollars will be announced`,
        statement: `A ${b}-billion-dollar fund will be announced.`,
        yes: `a ${b + r.int(0, 10)}-billion-dollar fund was announced`,
        no: `pledges totalled only ${r.int(1, 4)} billion dollars`,
        mention: `delegates discussed financing`,
      };
    },
    (c) => ({
      quote: `${c.a} and ${c.b} will meet one-on-one`,
      statement: `${c.a} and ${c.b} will hold bilateral talks.`,
      yes: `${c.a} and ${c.b} met for an hour on the sidelines`,
      no: `${c.a} and ${c.b} did not meet`,
      mention: `${c.a} and ${c.b} were seated at the same table`,
    }),
  ],
  ceremony: [
    (c) => ({
      quote: `${c.a} will perform at the ${c.extra}`,
      statement: `${c.a} will perform.`,
      yes: `${c.a} performed to a roaring crowd`,
      no: `${c.a} did not appear at the ${c.extra}`,
      mention: `${c.a} was seen at rehearsals`,
    }),
    (c) => ({
      quote: `the flame will be lit by ${c.personA}`,
      statement: `${c.personA} will light the flame.`,
      yes: `${c.personA} lit the flame`,
      no: `the flame was lit by ${c.personB}`,
      mention: `${c.personA} carried the torch through the old town`,
    }),
    (c, r) => {
      const n = r.int(5, 30) * 100;
      return {
        quote: `a drone show with ${num(n)} drones will close the night`,
        statement: `A ${num(n)}-drone show will end the ceremony.`,
        yes: `${num(n)} drones lit up the sky at the end`,
        no: `fireworks, not drones, closed the night`,
        mention: `drones were tested over the ${c.venue}`,
      };
    },
    () => ({
      quote: `fireworks will be cancelled because of the wind`,
      statement: `The fireworks will be cancelled.`,
      yes: `the fireworks were called off because of strong wind`,
      no: `the fireworks went ahead at midnight`,
      mention: `the weather was cold but dry`,
    }),
    (c) => ({
      quote: `${c.a} and ${c.b} will share the stage`,
      statement: `${c.a} and ${c.b} will perform together.`,
      yes: `${c.a} and ${c.b} sang together`,
      no: `${c.a} and ${c.b} performed separately`,
      mention: `${c.a} and ${c.b} were both on the bill`,
    }),
    (c, r) => {
      const m = r.int(2, 5);
      return {
        quote: `the ceremony will start ${m} hours late`,
        statement: `The ceremony will be delayed by ${m} hours.`,
        yes: `the ceremony began ${m} hours behind schedule`,
        no: `the ceremony started on time`,
        mention: `crowds gathered early`,
      };
    },
  ],
};

export function claimIdea(rng: Rng, c: EventContext): ClaimIdea {
  return rng.pick(MAKERS[c.kind])(c, rng);
}

/**
 * A celebrity sighting rumor ("X will be at the closing ceremony"), for any
 * kind of event: the space of people is large, so an event with more rumors
 * than its kind has predictions still gets distinct ones.
 */
export function guestIdea(rng: Rng, c: EventContext): ClaimIdea {
  const who = person(rng);
  const role = rng.pick(["attend", "speak at", "make a surprise appearance at", "present an award at", "watch from the VIP box at"]);
  return {
    quote: `${who} will ${role} the ${c.name}`,
    statement: `${who} will ${role} the ${c.name}.`,
    yes: `${who} was there, as announced`,
    no: `${who} stayed away from the ${c.name}`,
    mention: `${who} was mentioned by the organisers`,
  };
}

/**
 * The quote as an article with `stance` words it: denials and hedges change
 * the prediction's verb ("will" → "will not" / "may"), so the stance
 * detector (lib/candidates/claim-stance.ts) has the cue an editor would see.
 */
export function stancedQuote(rng: Rng, quote: string, stance: "asserts" | "hedges" | "denies"): string {
  if (stance === "asserts") return quote;
  if (quote.includes(" will ")) return quote.replace(" will ", stance === "denies" ? " will not " : ` ${rng.pick(["may", "might", "could"])} `);
  return `${stance === "denies" ? "it is not true that" : "rumours say"} ${quote}`;
}

/** Filler sentences about an event, before (`pre`) or after it. */
export function fillerSentence(rng: Rng, c: EventContext, pre: boolean): string {
  const day = `${c.month} ${c.year}`;
  const before = [
    `The ${c.name} takes place in ${c.city} in ${day}.`,
    `Preparations at ${c.venue} have been under way for months.`,
    `Organisers expect a large audience, both in ${c.city} and online.`,
    `Local hotels report that they are almost fully booked.`,
    `Security around ${c.venue} will be tighter than usual.`,
    `Much is still unclear, and plans may change at short notice.`,
    `Here is what we know so far.`,
    `${c.description}`,
    `Expectations are high after last year's edition.`,
    `Tickets and accreditation were handed out this week.`,
  ];
  const after = [
    `The ${c.name} is over.`,
    `It was a long night at ${c.venue}.`,
    `Reactions poured in from ${c.city} and beyond.`,
    `Not everything went to plan.`,
    `Here is how the day unfolded.`,
    `Some predictions held up better than others.`,
    `The organisers called it a success.`,
    `Crowds were slow to leave ${c.venue} afterwards.`,
  ];
  return rng.pick(pre ? before : after);
}

const OWN_FORMS: [(q: string, outlet: string) => string, string, string][] = [
  [(q, o) => `${o} understands that ${q}`, "The outlet itself", ""],
  [(q) => `We expect that ${q}`, "The outlet itself (implied)", ""],
  [(q) => `Our analysis suggests ${q}`, "The outlet itself, from its own analysis", ""],
  [(q) => `All signs are that ${q}`, "The outlet itself (implied)", ""],
];

const RELAY_SOURCES = [
  "insiders",
  "a spokesperson",
  "local officials",
  "bookmakers",
  "a leaked memo",
  "people familiar with the plans",
  "rival media",
  "a regional newspaper",
  "pollsters",
  "fans' forums",
  "an unnamed adviser",
  "the organisers",
];

/**
 * A sentence carrying `quote`, and who the claim is attributed to. Returns
 * the text before and after the quote, so the caller knows its exact span.
 */
export function claimSentence(
  rng: Rng,
  quote: string,
  outletName: string,
  own: boolean,
  c: EventContext,
  relayedFrom?: string,
): { before: string; quote: string; after: string; attributedTo: string } {
  if (relayedFrom) {
    const [before, after] = rng.pick<[string, string]>([
      [`According to ${relayedFrom}, `, "."],
      [`${relayedFrom} reported that `, "."],
      [`As first reported by ${relayedFrom}, `, "."],
    ]);
    return { before, quote, after, attributedTo: relayedFrom };
  }
  if (own) {
    const [form, who] = rng.pick(OWN_FORMS);
    const marker = "\u0000";
    const text = form(marker, outletName);
    const [before, after] = text.split(marker) as [string, string];
    return { before, quote, after: `${after}.`, attributedTo: who };
  }
  const style = rng.int(0, 3);
  if (style === 0) {
    const source = rng.pick(RELAY_SOURCES);
    return { before: `According to ${source}, `, quote, after: ".", attributedTo: source.replace(/^./, (ch) => ch.toUpperCase()) };
  }
  if (style === 1) {
    const who = person(rng);
    return { before: `“`, quote: quote.replace(/^./, (ch) => ch.toUpperCase()), after: `,” ${who} told reporters.`, attributedTo: who };
  }
  if (style === 2) {
    // Social media, with emoji outside the Basic Multilingual Plane before the
    // quote: its offsets count them as two UTF-16 code units each.
    const handle = `@${c.city
      .normalize("NFKD")
      .replace(/[^A-Za-z]/g, "")
      .toLowerCase()}_${rng.pick(["insider", "watch", "fans", "news"])}`;
    const emoji = rng.pick(["🔥", "👀", "🏆", "📣", "🎉", "⚽"]);
    return { before: `A widely shared post by ${handle} ${emoji}${emoji} claimed that `, quote, after: ".", attributedTo: `${handle} on social media` };
  }
  const source = rng.pick(RELAY_SOURCES);
  return {
    before: `Reports citing ${source} say ${quote.startsWith("the ") ? "" : "that "}`,
    quote,
    after: ".",
    attributedTo: source.replace(/^./, (ch) => ch.toUpperCase()),
  };
}

/** A post-event sentence carrying an evidence clause. */
export function evidenceSentence(rng: Rng, clause: string, c: EventContext): { before: string; quote: string; after: string } {
  const forms: [string, string][] = [
    ["In the end, ", "."],
    ["", `, as ${c.city} watched.`],
    ["Officials confirmed that ", "."],
    ["By the end of the day ", "."],
    ["As it turned out, ", "."],
    ["", " — that much is now clear."],
  ];
  const [before, after] = rng.pick(forms);
  const quote = before === "" ? clause.replace(/^./, (ch) => ch.toUpperCase()) : clause;
  return { before, quote, after };
}

export function preTitle(rng: Rng, c: EventContext): string {
  return rng.pick([
    `${c.name}: what to expect`,
    `Everything we know about the ${c.name}`,
    `${c.name}: the rumours so far`,
    `Countdown to the ${c.name}`,
    `Who, what and when at the ${c.name}`,
    `${c.city} gets ready for the ${c.name}`,
  ]);
}

export function postTitle(rng: Rng, c: EventContext): string {
  return rng.pick([
    `${c.name}: how it went`,
    `What happened at the ${c.name}`,
    `${c.name}: the verdict`,
    `The morning after the ${c.name}`,
    `${c.name} in review`,
  ]);
}

const OUTLET_FORMS = [
  (p: string) => `The ${p} Ledger`,
  (p: string) => `${p} Courier`,
  (p: string) => `Radio ${p}`,
  (p: string) => `${p} Daily`,
  (p: string) => `${p} Post`,
  (p: string) => `${p} Tribune`,
  (p: string) => `${p} Wire`,
  (p: string) => `${p} Observer`,
  (p: string) => `Le Quotidien de ${p}`,
  (p: string) => `Abendblatt ${p}`,
  (p: string) => `${p} Sports Desk`,
  (p: string) => `${p} Gazette`,
  (p: string) => `${p} Insider`,
  (p: string) => `${p} Today`,
  (p: string) => `${p} Herald`,
  (p: string) => `${p} Pulse`,
];
const OUTLET_STEMS = [
  "Northern",
  "Harbour",
  "Meridian",
  "Coastal",
  "Capital",
  "Evening",
  "Morning",
  "Metro",
  "Valley",
  "Lakeside",
  "Summit",
  "Riverside",
  "Atlas",
  "Beacon",
  "Compass",
  "Lantern",
  "Kite",
  "Orbit",
  "Granite",
  "Aurora",
  ...CITIES.map((c) => c[0]),
];

/** A distinct outlet name for index `i` (deterministic given the stream). */
export function outletName(rng: Rng, taken: Set<string>): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const name = rng.pick(OUTLET_FORMS)(rng.pick(OUTLET_STEMS));
    if (!taken.has(name)) return name;
  }
  let n = 2;
  const base = rng.pick(OUTLET_FORMS)(rng.pick(OUTLET_STEMS));
  while (taken.has(`${base} ${n}`)) n++;
  return `${base} ${n}`;
}

export const EDITORS = ["Maya Lindqvist", "Tomás Ortega", "Aisha Rahman", "Jonas Becker", "Priya Nair"];
