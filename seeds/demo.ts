// The curated demo: one event, the two seed articles, and every checkable
// claim in the pre-event article with the post-event article's evidence and a
// verdict. Claims that are the same rumor are one rumor (issue 12): a claim
// with `joins` is another appearance of that claim's rumor, with its own
// stance, and shares its evidence and verdict. Quotes are written out in full and located in the stored text when
// seeding (scripts/seed-demo.ts), so an edit that breaks a quote fails loudly
// instead of pinning a claim to the wrong words. Verdicts are judged ONLY from
// these two texts; see seeds/README.md for the rules the rationales follow.
import type { ClaimStance } from "@/lib/stance";
import type { Rating, Stance } from "@/lib/verdicts";

/** `publisherKnown: false`: the file does not say who published it, and the outlet page says so. */
export type DemoArticle = { file: string; outlet: string; publisherKnown?: boolean };
export type DemoEvidence = { quote: string; stance: Stance; note: string };
type DemoClaimBase = {
  key: string;
  quote: string;
  statement: string;
  attributedTo: string;
  /** Toward the rumor; when unset, the hint read from the quote (lib/candidates/claim-stance.ts). */
  stance?: ClaimStance;
};
/** A claim that starts a rumor: the rumor's evidence and verdict are given with it. */
type DemoRumorClaim = DemoClaimBase & {
  joins?: undefined;
  /** Passages of the post-event article; empty when it says nothing on the claim. */
  evidence: DemoEvidence[];
  verdict: { rating: Rating; rationale: string };
};
/** Another appearance of the rumor that claim `joins` started (listed after it). */
type DemoJoiningClaim = DemoClaimBase & { joins: string };
export type DemoClaim = DemoRumorClaim | DemoJoiningClaim;
export type DemoSeed = {
  event: { name: string; slug: string; date: string; timeZone: string; place: string; description: string };
  articles: { pre: DemoArticle; post: DemoArticle };
  claims: DemoClaim[];
};

// Reused passages of the post-event article.
const DESCENT = "Tom Cruise — in his Ethan Hunt persona — wowed by descending from the top of the stadium to electric guitar Mission: Impossible riffs.";
const HER_LEAP =
  "Grammy-winning R&B artist HER teased the Mission: Impossible soundtrack as Cruise made his leap, drawing gasps from spectators as he dropped 50 metres to the floor of the Stade de France.";
const BIKE_SEGMENT = "Cruise drove his bike past the Eiffel Tower in a pre-recorded segment";
const LA_MUSICIANS = "where the LA music icons the Red Hot Chili Peppers, Billie Eilish, and Snoop Dogg and Dr. Dre performed";

export const demo: DemoSeed = {
  event: {
    name: "Paris 2024 Olympics closing ceremony",
    slug: "paris-2024-closing-ceremony",
    date: "2024-08-11",
    timeZone: "Europe/Paris",
    place: "Stade de France, Saint-Denis",
    description:
      "The closing ceremony of the Paris 2024 Summer Olympics, including the handover of the Olympic flag to Los Angeles, host of the 2028 Summer Games.",
  },
  // The files do not name their publishers, so none is invented: each outlet
  // is named by what its article is, and its page says the publisher is unknown.
  articles: {
    pre: { file: "000_f94b17f3090b845b.txt", outlet: "Unnamed outlet (Tom Cruise stunt preview)", publisherKnown: false },
    post: { file: "003_0a268e9d4ae5c4e2.txt", outlet: "Unnamed outlet (closing-ceremony report)", publisherKnown: false },
  },
  claims: [
    {
      key: "hollywood-sign-shoot",
      quote:
        "Back in March, Cruise was spotted with a film crew at the Hollywood sign in Los Angeles, scaling the famous landmark, People reported at the time. He was also captured on video appearing to pass a flag to someone.",
      statement: "Cruise's March shoot at the Hollywood sign, where he was filmed appearing to pass a flag, was for the Paris–Los Angeles Olympic handoff.",
      attributedTo: "The outlet itself (implied), from a sighting People reported",
      evidence: [
        {
          quote:
            "Cruise drove his bike past the Eiffel Tower in a pre-recorded segment, onto a plane and then skydived over the Hollywood Hills. Three circles added to the O's of the famed Hollywood sign, creating five interlaced Olympic rings.",
          stance: "mentions",
          note: "The handoff film did end over the Hollywood Hills with the sign turned into Olympic rings, but the article does not say when it was shot or show Cruise on the sign.",
        },
        {
          quote: "The flag was then passed from US Olympians past and present as it traversed the city",
          stance: "mentions",
          note: "A flag passed from person to person in Los Angeles, which fits the March video; who was filmed when is not stated.",
        },
      ],
      verdict: {
        rating: "unverifiable",
        rationale:
          "The later article cannot settle what the March shoot was for. It does show that the handoff film used the same ingredients: Cruise skydiving over the Hollywood Hills, the Hollywood sign's O's turned into Olympic rings, and the flag passed from person to person across Los Angeles. But it never says when or where that footage was filmed, and it does not show Cruise scaling the sign, so the link the pre-event article implies stays plausible, not confirmed.",
      },
    },
    {
      key: "paris-motorcycle-shoot",
      quote:
        'In late April, he was also spotted on the streets of Paris riding a motorcycle at night, before official filming for his latest "Mission Impossible" movie began. At the time, he was spotted with a film crew and carrying a white flag near the Saint-Georges metro station, the Pont de Bir-Hakeim and around the Arc de Triomphe.',
      statement:
        "Cruise's late-April night shoot in Paris, riding a motorcycle and carrying a white flag, was for the Olympic handoff rather than his next film.",
      attributedTo: "The outlet itself (implied), from sightings",
      evidence: [
        {
          quote: "he took the Olympic flag from star gymnast Simon Biles, fixed it to the back of a motorcycle, and roared out of the arena.",
          stance: "mentions",
          note: "At the ceremony Cruise rode off on a motorcycle carrying the Olympic flag: the same props as the April sighting.",
        },
        {
          quote: BIKE_SEGMENT,
          stance: "mentions",
          note: "The ride through Paris was pre-recorded, which fits a shoot before the Games; when it was filmed is not stated.",
        },
      ],
      verdict: {
        rating: "unverifiable",
        rationale:
          "The later article fits the implied explanation but does not settle it. At the ceremony Cruise fixed the Olympic flag to a motorcycle and rode out, and a pre-recorded segment showed him riding past the Eiffel Tower: a motorcycle and a flag in Paris, as in the April sightings. It never mentions the April shoot or says when that segment was filmed, so it cannot confirm that the April footage was made for the handoff, nor rule out the other reading the pre-event article relays, Cine Phil's post that Cruise was in Paris that night to film Mission: Impossible 8: the later article says nothing about April or about Mission: Impossible 8 filming.",
      },
    },
    {
      // The same night in Paris, explained otherwise: a film shoot, not the handoff.
      key: "cinephil-post",
      joins: "paris-motorcycle-shoot",
      quote: "Tom Cruise était à Paris cette nuit pour le tournage de Mission Impossible 8",
      statement: "Cruise was in Paris that night (the post is dated April 26, 2024) to shoot Mission: Impossible 8, not the Olympic handoff.",
      attributedTo: "Cine Phil (@cinephiloff) on X",
      stance: "denies",
    },
    {
      key: "in-europe-and-in-the-stands",
      quote:
        "who is currently in Europe filming “Mission: Impossible 8” and has been spotted in the stands at several Paris Olympic events, including artistic gymnastics, swimming and track & field",
      statement:
        "Cruise is in Europe filming Mission: Impossible 8 and has watched several Paris Olympic events from the stands, including gymnastics, swimming and athletics.",
      attributedTo: "The outlet itself",
      evidence: [
        {
          quote: "I look forward to sharing our next Mission!",
          stance: "mentions",
          note: "Cruise refers to a next Mission film, but not to where or whether it is being filmed, nor to events he attended.",
        },
      ],
      verdict: {
        rating: "unverifiable",
        rationale:
          "The later article does not report on Cruise's time in Europe or on which events he watched; it covers only the closing ceremony. Its one reference to his film work is Cruise looking forward to “sharing our next Mission”, which says nothing about where or whether that film is being shot.",
      },
    },
    {
      key: "stunt",
      quote: "will perform a stunt at the Closing Ceremony",
      statement: "Tom Cruise will perform a stunt at the Paris Olympics closing ceremony.",
      attributedTo: "French media",
      evidence: [
        { quote: DESCENT, stance: "supports", note: "Cruise descended from the top of the stadium during the ceremony." },
        {
          quote: "drawing gasps from spectators as he dropped 50 metres to the floor of the Stade de France",
          stance: "supports",
          note: "A 50-metre drop to the stadium floor, in front of spectators.",
        },
      ],
      verdict: {
        rating: "confirmed",
        rationale:
          "Confirmed. The later article reports that at the ceremony in which Paris closed out its Games, Cruise, in his Ethan Hunt persona, descended from the top of the stadium, dropping 50 metres to the floor of the Stade de France as spectators gasped: a stunt at the closing ceremony, as French media had reported.",
      },
    },
    {
      // The article's own lede: the same rumor, hedged ("may", "if rumors are true").
      key: "stunt-lede",
      joins: "stunt",
      quote: "may be taking on his most high-profile feat yet — if rumors are true",
      statement: "Cruise may be taking on his most high-profile feat yet, if rumors are true.",
      attributedTo: "The outlet itself, relaying rumors",
      stance: "hedges",
    },
    {
      key: "venue",
      quote: "which is set to take place at the Stade de France",
      statement: "The closing ceremony will take place at the Stade de France.",
      attributedTo: "The outlet itself",
      evidence: [{ quote: HER_LEAP, stance: "supports", note: "The ceremony's stunt ended on the floor of the Stade de France." }],
      verdict: {
        rating: "confirmed",
        rationale:
          "Confirmed. The later article places the ceremony at the Stade de France: Cruise “dropped 50 metres to the floor of the Stade de France” in front of spectators before riding out of the arena with the Olympic flag.",
      },
    },
    {
      key: "pre-taped-scenes",
      quote: "Part of his performance will include pre-taped scenes.",
      statement: "Part of Cruise's closing-ceremony performance will be pre-taped.",
      attributedTo: "French media",
      evidence: [
        {
          quote: "Cruise drove his bike past the Eiffel Tower in a pre-recorded segment, onto a plane and then skydived over the Hollywood Hills.",
          stance: "supports",
          note: "The later article calls this part of his performance a “pre-recorded segment”.",
        },
      ],
      verdict: {
        rating: "confirmed",
        rationale:
          "Confirmed. After his live descent into the stadium, the later article says Cruise “drove his bike past the Eiffel Tower in a pre-recorded segment, onto a plane and then skydived over the Hollywood Hills”: pre-taped scenes as part of his performance.",
      },
    },
    {
      key: "la-2028-hollywood-handoff",
      quote: "With the next Summer Games set to take place in Los Angeles in 2028, a Hollywood connection seems fitting for an Olympic handoff from Paris.",
      statement: "Paris will hand the Olympics to Los Angeles, host of the 2028 Summer Games, and the handoff will have a Hollywood connection.",
      attributedTo: "The outlet itself",
      evidence: [
        {
          quote: "Los Angeles rolled out a skydiving Tom Cruise on Sunday as it took over Olympic hosting duties from the French capital",
          stance: "supports",
          note: "Los Angeles took over hosting duties from Paris, with a Hollywood star.",
        },
        {
          quote: "LA28, the official X handle of Los Angeles Olympics, the next edition due for 2028",
          stance: "supports",
          note: "Los Angeles hosts the next edition, in 2028.",
        },
        {
          quote: "Three circles added to the O's of the famed Hollywood sign, creating five interlaced Olympic rings.",
          stance: "supports",
          note: "The handoff film turned the Hollywood sign into the Olympic rings.",
        },
      ],
      verdict: {
        rating: "confirmed",
        rationale:
          "Confirmed. The later article reports that Los Angeles “took over Olympic hosting duties from the French capital”, gives the next edition as due for 2028, and describes a handoff built on Hollywood: Tom Cruise “in his Ethan Hunt persona” to Mission: Impossible riffs, and the Hollywood sign turned into the Olympic rings.",
      },
    },
    {
      key: "world-famous-performers",
      quote: "it will feature “world-famous performers”",
      statement: "The ceremony will feature world-famous performers.",
      attributedTo: "Paris organizers",
      evidence: [
        { quote: LA_MUSICIANS, stance: "supports", note: "Named performers at the Los Angeles beach party that ended the handover." },
        { quote: HER_LEAP, stance: "supports", note: "A Grammy-winning artist performing in the stadium during Cruise's stunt." },
      ],
      verdict: {
        rating: "confirmed",
        rationale:
          "Confirmed. The later article names Tom Cruise, the Grammy-winning artist HER, the Red Hot Chili Peppers, Billie Eilish, Snoop Dogg and Dr. Dre as performing in the ceremony's handover to Los Angeles, some of them at a beach party at the end of the flag's journey. It describes only that segment, so it does not say who else appeared in the rest of the show.",
      },
    },
    {
      key: "acrobats-dancers-circus",
      quote: "along with “acrobats, dancers and circus artists.”",
      statement: "The ceremony will feature acrobats, dancers and circus artists.",
      attributedTo: "Paris organizers",
      evidence: [],
      verdict: {
        rating: "unverifiable",
        rationale:
          "The later article does not mention acrobats, dancers or circus artists. It covers the handover to Los Angeles (Cruise's stunt, HER and the LA musicians) and says nothing about the rest of the show, so it can neither confirm nor rule this out.",
      },
    },
    {
      key: "music-and-singers",
      quote: "An original soundtrack, new interpretations, musical performances and the participation of world-renowned singers will complete the picture",
      statement: "The show will include an original soundtrack, new interpretations, musical performances and world-renowned singers.",
      attributedTo: "Paris organizers",
      evidence: [
        { quote: HER_LEAP, stance: "supports", note: "A musical performance by a well-known singer, in the stadium." },
        { quote: LA_MUSICIANS, stance: "supports", note: "Well-known singers and bands performed at the end of the handover." },
        {
          quote: "electric guitar Mission: Impossible riffs",
          stance: "mentions",
          note: "The music the later article names is the film series' existing theme; it says nothing of an original soundtrack.",
        },
      ],
      verdict: {
        rating: "partly_confirmed",
        rationale:
          "Partly confirmed. Musical performances by world-renowned singers did happen: the later article has HER teasing the Mission: Impossible soundtrack in the stadium, and the Red Hot Chili Peppers, Billie Eilish, Snoop Dogg and Dr. Dre performing at the end of the handover. It says nothing about an original soundtrack or new interpretations (the only music it names is the existing Mission: Impossible theme) and it covers only the handover, so that part stays unverified.",
      },
    },
    {
      key: "in-the-air",
      quote: "Part of the show will take place in the air",
      statement: "Part of the show will take place in the air.",
      attributedTo: "Paris organizers",
      evidence: [
        { quote: "descending from the top of the stadium", stance: "supports", note: "Cruise came down from the top of the stadium." },
        { quote: "dropped 50 metres to the floor of the Stade de France", stance: "supports", note: "A 50-metre drop, live in the stadium." },
      ],
      verdict: {
        rating: "confirmed",
        rationale:
          "Confirmed. The later article describes Cruise descending from the top of the stadium and dropping 50 metres to its floor: part of the show performed in the air, live in the Stade de France (his skydive over the Hollywood Hills was pre-recorded). It does not say whether other parts of the show were airborne too.",
      },
    },
    {
      key: "sets-costumes-lighting",
      quote: "the giant sets, costumes and spectacular lighting effects will take spectators on a journey through time, both past and future",
      statement: "Giant sets, costumes and spectacular lighting effects will take spectators on a journey through time, past and future.",
      attributedTo: "Paris organizers",
      evidence: [],
      verdict: {
        rating: "unverifiable",
        rationale:
          "The later article says nothing about the ceremony's sets, costumes or lighting, or about a journey through time; beyond the handover to Los Angeles it does not describe the show.",
      },
    },
    {
      key: "her-anthem",
      quote:
        "One performer that has been announced is H.E.R. The five-time Grammy winner is expected to sing the U.S. national anthem live at the Stade de France as part of the handover for the Los Angeles Summer Games.",
      statement: "H.E.R. will sing the U.S. national anthem live at the Stade de France as part of the handover to Los Angeles.",
      attributedTo: "The outlet itself",
      evidence: [
        {
          quote: HER_LEAP,
          stance: "mentions",
          note: "Confirms she performed in the stadium during the handover; what it names is the Mission: Impossible theme, not the anthem.",
        },
      ],
      verdict: {
        rating: "partly_confirmed",
        rationale:
          "Partly confirmed. The later article confirms that H.E.R. (spelled “HER”, a Grammy-winning R&B artist) performed at the Stade de France during the handover to Los Angeles: she “teased the Mission: Impossible soundtrack as Cruise made his leap”. It does not mention the U.S. national anthem at all, so the specific claim that she sang it live is neither confirmed nor contradicted by this reporting; another source would be needed to settle that part.",
      },
    },
    {
      key: "date",
      quote: "I guess we'll have to wait until Sunday, Aug. 11 to see who's-who among the star-studded celebrity spectacles.",
      statement: "The closing ceremony is on Sunday, Aug. 11.",
      attributedTo: "The outlet itself",
      evidence: [
        {
          quote:
            "Los Angeles rolled out a skydiving Tom Cruise on Sunday as it took over Olympic hosting duties from the French capital, which closed out its 2024 games.",
          stance: "supports",
          note: "Published Monday, Aug. 12, the article places the closing handover “on Sunday”, that is Aug. 11.",
        },
      ],
      verdict: {
        rating: "confirmed",
        rationale:
          "Confirmed. The later article, published on Monday, Aug. 12, 2024, says the handover at which Paris “closed out its 2024 games” happened “on Sunday”, the day before: Aug. 11.",
      },
    },
    {
      key: "start-time",
      quote: "The Closing Ceremony will start at 3 p.m. ET",
      statement: "The closing ceremony starts at 3 p.m. ET.",
      attributedTo: "The outlet itself",
      evidence: [],
      verdict: {
        rating: "unverifiable",
        rationale:
          "The later article gives no start time. It dates the ceremony to Sunday and places it at the Stade de France (both confirmed in separate claims), but nothing in it settles whether the show began at 3 p.m. ET.",
      },
    },
  ],
};
