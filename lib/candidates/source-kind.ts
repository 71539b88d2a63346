// What kind of source a phrase names, and the shortest span that names it.
// "two sources at the agency" names no one; "The Wall Street Journal" and
// "supply-chain analyst Ming-Chi Kuo" are named; "a government spokesperson"
// speaks for the party itself (official).
import { ANON_NOUN, ANONYMOUS, COUNTRY, OFFICIAL_ROLE, OUTLET, PERSON_OR_BODY, ROLE_BEFORE_NAME, SOURCE_NOUN, TITLE } from "./cues";

export type SourceKind = "official" | "named" | "unnamed";

const DETERMINER =
  /^(?:the|a|an|former|ex|retired|some|several|multiple|many|numerous|various|other|one|two|three|four|five|six|\d+|senior|top|local|foreign|western|outside|independent|anonymous|unnamed|unconfirmed|unverified|new|recent|earlier|latest|conflicting|industry|security|intelligence|government|military|police|regional|media|news|press|online|social|[\w-]+-(?:enforcement|level|ranking|based|affiliated|linked))$/i;
// "Iraqi", "Kurdish", "American", "Islamist": nationality and creed adjectives are not names.
const ADJECTIVE_NAME = /^(?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ist|ic|ch|ss|ek|ai)|US|U\.S\.|UK|U\.K\.|EU|UN)$/;
const COMMON_CAPITAL = /^(?:The|A|An|This|That|These|Those|One|Former|Ex|Retired|Some|Two|Three|Several|Many|Multiple|Top|Senior|Local|Report|Reports)$/;
// "al-Bredi", "bin Laden", "de Gaulle": names with a lower-case particle.
const PARTICLE_NAME = /^(?:al|el|ad|as|bin|ibn|de|van|von|da|di|du|le|la)-?\p{Lu}/u;

const PERSON_NOUN =
  /^(?:man|woman|men|women|boy|girl|schoolboy|schoolgirl|teen|teenager|student|pupil|priest|nun|patient|mother|father|mum|mom|dad|parents?|wife|husband|son|daughter|resident|villager|neighbou?r|eyewitness|witness|passer-by|onlooker|worker|employee|driver|pilot|soldier|fan|customer|shopper|owner|user|hacker|researcher|doctor|nurse|teacher|grandmother|grandfather|grandma|grandpa|accountant|chef|waiter|waitress|cashier|tourist|passenger|motorist|homeowner|tenant|victim|survivor|hostage|inmate|prisoner|veteran|mechanic|plumber|farmer|guard)s?$/i;
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const bare = (w: string) => w.replace(/['’]s?$/, "").replace(/[^\p{L}\p{N}.&/-]/gu, "");

/**
 * A word that names someone: capitalised (or "al-…"), not a source noun, not a
 * creed or nationality before another word, and not a sentence's capital on a
 * common word ("Sick patient", "Industry experts": followed by lower case).
 */
function isProper(w: string, first: boolean, next?: string): boolean {
  const b = bare(w);
  if (PARTICLE_NAME.test(b)) return true;
  if (!/^(?:\p{Lu}|\d+[A-Za-z])/u.test(b) || (next !== undefined && ADJECTIVE_NAME.test(b))) return false;
  if (SOURCE_NOUN.test(b) || OFFICIAL_ROLE.test(b) || PERSON_OR_BODY.test(b)) return false;
  if (first && next !== undefined && /^[a-z]/.test(next) && !/^[A-Z0-9]{2,}$/.test(b) && !/['’]/.test(w)) return false;
  return !(first && COMMON_CAPITAL.test(b));
}

/**
 * "sources within Apple", "a Samsung insider", "Iraqi news outlets", "The site's sources": no
 * one named. But "analyst Ming-Chi Kuo" (a name follows), "The New York Times' sources" (a
 * named outlet's) and "Islamic State militants" (a named group's) are named.
 */
function headedBySourceNoun(phrase: string, initial: boolean): boolean {
  const ws = words(phrase);
  let named = false;
  for (let i = 0; i < Math.min(ws.length, 5); i++) {
    const w = ws[i]!;
    const b = bare(w);
    // "Twitter Rumors", "Viral Twitter Rumors": talk names no one, however capitalised (but "Gossip Cop" is an outlet).
    if (/^(?:rumou?rs?|speculation|whispers|gossip)$/i.test(b) && i === ws.length - 1) return true;
    // "Sunday People", "Daily Reporters": a capitalised source noun after a name is part of the name.
    if ((SOURCE_NOUN.test(b) || ANON_NOUN.test(b)) && named && /^\p{Lu}/u.test(w)) return false;
    if (SOURCE_NOUN.test(b) || ANON_NOUN.test(b)) {
      if (ws[i + 1] && /^\p{Lu}/u.test(ws[i + 1]!) && !/^(?:At|In|From|Of|With|Within)$/.test(ws[i + 1]!)) return false;
      if (ANON_NOUN.test(b)) return true;
      // "analysts at Morgan Stanley", "scientists from NASA": a named firm's people, on record.
      if (/^(?:at|from|with|of)$/i.test(ws[i + 1] ?? "") && /^[\p{Lu}\d]/u.test(ws[i + 2] ?? "")) return false;
      return !named;
    }
    if (/['’]s?$/.test(w) && isProper(w, initial && i === 0, ws[i + 1])) return false;
    if (isProper(w, initial && i === 0, ws[i + 1])) {
      named = true;
      continue;
    }
    // "The New York Times' sources": a named outlet's sources are that outlet's.
    if (!DETERMINER.test(b) && !ADJECTIVE_NAME.test(b) && !/['’]s?$/.test(w) && !/^[a-z-]+$/.test(b)) return false;
  }
  return false;
}

/**
 * The kind of source; `context` may add an appositive ("James Comey, the director of the FBI").
 * `initial`: the phrase starts the sentence, so its first capital may be the sentence's, not a
 * name's ("Industry experts say" vs "But Nasa scientists say").
 */
export function sourceKind(phrase: string, context = phrase, initial = true): SourceKind {
  // A headline in capitals: "IRAQI AND KURDISH MEDIA" is headed by a source noun, "RICH JOHNSTON" is a name.
  if (!/\p{Ll}/u.test(phrase) && headedBySourceNoun(phrase.toLowerCase(), false)) return "unnamed";
  if (ANONYMOUS.test(context)) return "unnamed";
  // "the analyst", "the website": one specific source, even if the noun can name a crowd.
  if (
    /^(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:analyst|website|site|blog|report|article|statement|magazine|newspaper|paper|study|publication|outlet|post)$/i.test(
      phrase,
    )
  )
    return "named";
  // "a forum post on 9to5Mac": a document published by a named outlet.
  if (/\b(?:post|report|article|story|piece|thread|rumou?r|claim)s?\s+(?:on|in|by|from)\s+(?:the\s+)?(?:[\p{Lu}\d]|\p{Ll}\p{Lu})/u.test(phrase)) return "named";
  if (headedBySourceNoun(phrase, initial)) return "unnamed";
  // "This College Student", "Texas man": a person described, not named (a headline's capitals are no names).
  const ws0 = words(phrase.split(/\s+(?:with|from|in|of|at|on)\s+/i)[0]!);
  if (PERSON_NOUN.test(bare(ws0.at(-1) ?? "")) && !/[,'’]/.test(phrase)) return "unnamed";
  // "GOP Rep", "a Democratic Sen.": a title with no name after it is a role.
  if (/\b(?:Rep|Sen|Gov|Rep\.|Sen\.|Gov\.)$/.test(phrase.trim())) return "unnamed";
  // "a think tank in Seoul": a place says where an unnamed body is, not who it is.
  const placed = /^(?:a|an|one)\s+[a-z][\w\s-]*?\s+(?:in|from|based in)\s+(?:the\s+)?(.+)$/.exec(phrase);
  if (placed && COUNTRY.test(placed[1]!)) return "unnamed";
  const ws = words(phrase);
  const proper = ws.some((w, i) => isProper(w, initial && i === 0, ws[i + 1]));
  // A country or government speaking for itself ("Nigeria says …") is official.
  if (COUNTRY.test(phrase.replace(/^the\s+/i, "").replace(/['’]s?\s+government$/i, ""))) return "official";
  // "Report of …", "Reports say": no one named, whatever the capital letter.
  if (/^(?:[\w-]+\s+)?reports?$/i.test(phrase)) return "unnamed";
  const outlet = OUTLET.exec(phrase);
  if (outlet && /^[A-Z.]/.test(outlet[0]) && !/spokes|officials?\b|ministry|government/i.test(phrase)) return "named";
  // "the military newspaper Stars and Stripes", "state-run daily Rodong Sinmun": a named outlet, whoever owns it.
  if (proper && /\b(?:newspaper|magazine|website|tabloid|daily|broadcaster|news agency)\s+(?:\p{Lu}|\d)|\p{Lu}\S*\s+(?:daily|newspaper)$/u.test(phrase))
    return "named";
  // "a journalist close to the government" is not the government.
  if (OFFICIAL_ROLE.test(context.replace(/\b(?:close to|familiar with|near|critical of|opposed to)\b.*$/i, ""))) return "official";
  // "the report", "the website", "the analyst": one specific source; "Report:" or "a report" is none.
  if (outlet) return /^(?:the|this|that|its|their|his|her)\s/i.test(phrase) || proper ? "named" : "unnamed";
  return proper ? "named" : "unnamed";
}

const NAME_RUN = String.raw`(?:\p{Lu}[\p{L}.-]*(?:['’](?!s\b)\p{L}+)?|al-\p{L}+|bin|de|van|von|II|III|Jr\.?)`;
const TRAILING_NAME = new RegExp(String.raw`(${NAME_RUN}(?:\s+${NAME_RUN})*)$`, "u");

/** The shortest span naming the source: no role before a name, no title, no parenthesis. */
export function shortName(phrase: string): string {
  let p = phrase
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/[,.;:]+$/, "")
    .replace(/(^|\s)['‘“"]([^\s'‘’“”"]+)['’”"](?=\s|$)/g, "$1$2")
    .replace(/^['‘“"]|['’”"]$/g, "")
    .trim()
    // "GOP Rep. Duncan Hunter", "Cumbria Sgt. Gill Cherry": the name after the title.
    .replace(/^.*?\b(?:Rep|Sen|Gov|Gen|Col|Lt|Maj|Capt|Sgt|Cpl|Dr|Adm)\.\s+(?=\p{Lu})/u, "")
    // "Iraqi Member of Parliament Ali al-Bredi": the name after the office.
    .replace(/^.*?\b(?:Member of (?:Parliament|Congress)|MP|MEP)\s+(?=\p{Lu}\p{Ll})/u, "");
  // "the Reuters news agency" → "Reuters".
  const outlet =
    /^(?:the\s+)?(?!(?:A|An|The|This|That)\s)(\p{Lu}[\p{L}\d./-]*(?:\s+\p{Lu}[\p{L}\d./-]*)*)\s+(?:news agency|news site|newspaper|website|magazine|tabloid|broadcaster|network|blog|daily)$/u.exec(
      p,
    );
  if (outlet) return outlet[1]!;
  // "a report on Gawker" → "Gawker"; "A video released by ISIS" → "ISIS".
  const carried =
    /^(?:[Aa]|[Aa]n|[Tt]he)\s+(?:\w+\s+)?(?:report|post|article|story|piece|rumou?r|claim|video|footage|photo|clip|recording|message)s?\s+(?:(?:released|posted|published|issued|shared|uploaded)\s+)?(?:on|in|from|by)\s+((?:the\s+)?(?:\p{Lu}|\p{Ll}\p{Lu}).*)$/u.exec(
      p,
    );
  if (carried) return carried[1]!;
  // "the military newspaper Stars and Stripes" → "Stars and Stripes".
  const described = /^(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:newspaper|magazine|website|tabloid|daily|broadcaster|news agency)\s+(\p{Lu}.*)$/u.exec(p);
  if (described) return described[1]!;
  const name = TRAILING_NAME.exec(p);
  if (name && name.index > 0) {
    const before = p.slice(0, name.index);
    // "supply-chain analyst Ming-Chi Kuo", "Judicial Watch's Farrell", "GOP Rep. Duncan Hunter".
    if (
      ROLE_BEFORE_NAME.test(before) ||
      /['’]s?\s+$/.test(before) ||
      /\b(?:Rep|Sen|Gen|Col|Sgt|Dr|Gov|Lt|Maj|Capt)\.\s+$|\b(?:Admiral|General|Colonel|Senator|Minister|Secretary|President)\s+$/.test(before)
    ) {
      p = name[1]!;
    }
  }
  let previous = "";
  while (previous !== p) {
    previous = p;
    const t = TITLE.exec(p);
    if (t && p.length > t[0].length && /^\p{Lu}/u.test(p.slice(t[0].length))) p = p.slice(t[0].length);
  }
  return p;
}
