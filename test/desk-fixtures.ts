// Desk data as the API answers it (lib/contracts/desk.ts), for component tests.
import type { DeskArticle, DeskClaim, DeskClaimable, DeskEvent } from "@/lib/contracts/desk";
import type { SelectedSpan } from "@/components/editor/article/selected-span";

const BODY = "Organizers say the opening ceremony will be held on the Seine, not in a stadium.";

/** An article published on `publishedAt` (an ISO day). */
export function makeArticle(publishedAt: string): DeskArticle {
  return {
    id: "art-1",
    sha256: "0".repeat(64),
    version: 1,
    title: "Paris prepares",
    url: null,
    publishedAt: `${publishedAt}T00:00:00.000Z`,
    importedAt: "2024-08-01T00:00:00.000Z",
    body: BODY,
    outlet: { id: "out-1", name: "Le Quotidien", slug: "le-quotidien" },
    assignee: null,
    claims: [],
    evidence: [],
  };
}

/** "the opening ceremony will be held on the Seine" in the article's body. */
export const SELECTION: SelectedSpan = { start: 15, end: 61, quote: BODY.slice(15, 61) };

export function makeEvent(id: string, name: string, day: string): DeskEvent {
  return {
    id,
    name,
    slug: id,
    date: `${day}T00:00:00.000Z`,
    timeZone: null,
    startTime: null,
    place: null,
    description: null,
    version: 1,
    archivedAt: null,
    _count: { claims: 0 },
  };
}

export const CLAIMABLE: DeskClaimable[] = [
  {
    id: "claim-1",
    statement: "The ceremony is on the Seine",
    attributedTo: "Paris organizers",
    rumorId: "rumor-1",
    rumorStatement: "The ceremony is on the Seine",
    event: { id: "ev-opening", name: "Opening ceremony" },
    currentVerdict: null,
  },
  {
    id: "claim-2",
    statement: "Tickets are free",
    attributedTo: "unnamed sources",
    rumorId: "rumor-2",
    rumorStatement: "Tickets are free",
    event: null,
    currentVerdict: { rating: "refuted" },
  },
];

export function makeClaim(overrides: Partial<DeskClaim> = {}): DeskClaim {
  const article = {
    id: "art-1",
    title: "Paris prepares",
    url: null,
    publishedAt: "2024-07-01T00:00:00.000Z",
    outlet: { name: "Le Quotidien", slug: "le-quotidien" },
  };
  return {
    id: "claim-1",
    statement: "The ceremony is on the Seine",
    attributedTo: "Paris organizers",
    stance: "asserts",
    certainty: "official",
    resolution: { confirmedIf: null, refutedIf: null, criteriaChangedAt: null, outcomeAt: null, voidedAt: null, voidReason: null },
    relayedFrom: null,
    rating: null,
    ratedAt: null,
    own: false,
    origin: true,
    rumor: { id: "rumor-1", statement: "The ceremony is on the Seine", claimCount: 1, publicClaims: 0 },
    assignee: null,
    overrideVerdict: null,
    quoteStart: SELECTION.start,
    quoteEnd: SELECTION.end,
    quoteText: SELECTION.quote,
    deadline: null,
    createdAt: "2024-07-02T00:00:00.000Z",
    updatedAt: "2024-07-02T00:00:00.000Z",
    version: 3,
    publishedAt: null,
    event: { id: "ev-1", name: "Opening ceremony", slug: "opening-ceremony", date: "2024-07-26T00:00:00.000Z", place: null, timeZone: null },
    article,
    currentVerdict: null,
    evidence: [],
    verdicts: [],
    audit: [],
    ...overrides,
  };
}
