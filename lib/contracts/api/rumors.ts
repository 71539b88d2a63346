// Rumors (issue 12): the public reads, and the editor writes that group
// claims into rumors and resolve them.
import { ClaimLinkManySchema, ClaimMoveSchema, EventVoidSchema, RumorMergeSchema, RumorUpdateSchema, RumorVoidSchema } from "@/lib/schemas/claim";
import { VersionSchema } from "@/lib/schemas/common";
import { PageSchema } from "@/lib/schemas/claim-filter";
import { EvidenceCreateSchema } from "@/lib/schemas/evidence";
import { VerdictCreateSchema } from "@/lib/schemas/verdict";
import { endpoint } from "../endpoint";
import type { PublicRumorDetail, RumorPage } from "../reader";
import type { ClaimVersioned, EventRumorsVoided, EvidenceCreated, LinkReport, RumorVersioned, VerdictRecord } from "../writes";

/** Rumors readers see (one of their claims is published), newest first appearance first. */
export const listRumors = endpoint<RumorPage>()({ method: "GET", path: "/api/v1/rumors", input: PageSchema });
export const getRumor = endpoint<PublicRumorDetail>()({ method: "GET", path: "/api/v1/rumors/[id]" });

export const updateRumor = endpoint<RumorVersioned>()({ method: "PATCH", path: "/api/v1/rumors/[id]", input: RumorUpdateSchema });
/** This rumor's claims, evidence and verdicts move into `intoRumorId`; this rumor disappears. */
export const mergeRumor = endpoint<RumorVersioned>()({ method: "POST", path: "/api/v1/rumors/[id]/merge", input: RumorMergeSchema });
/** The rumor is void (its event was cancelled or changed beyond recognition): out of every score, shown with the reason. */
export const voidRumor = endpoint<RumorVersioned>()({ method: "POST", path: "/api/v1/rumors/[id]/void", input: RumorVoidSchema });
/** Undoes a void: the rumor is open again. */
export const unvoidRumor = endpoint<RumorVersioned>()({ method: "POST", path: "/api/v1/rumors/[id]/unvoid", input: VersionSchema });
/** Voids every open rumor of the event in one action. */
export const voidEventRumors = endpoint<EventRumorsVoided>()({ method: "POST", path: "/api/v1/events/[id]/void", input: EventVoidSchema });
export const recordRumorVerdict = endpoint<VerdictRecord>()({ method: "POST", path: "/api/v1/rumors/[id]/verdicts", input: VerdictCreateSchema, status: 201 });
export const addRumorEvidence = endpoint<EvidenceCreated>()({ method: "POST", path: "/api/v1/rumors/[id]/evidence", input: EvidenceCreateSchema, status: 201 });

/** Moves the claim into `rumorId`, or without it into a new rumor of its own (split). */
export const moveClaim = endpoint<ClaimVersioned>()({ method: "POST", path: "/api/v1/claims/[id]/rumor", input: ClaimMoveSchema });
/** A verdict on this claim alone (its wording differs from the rumor's). */
export const recordOverride = endpoint<VerdictRecord>()({ method: "POST", path: "/api/v1/claims/[id]/override", input: VerdictCreateSchema, status: 201 });
/** Links many claims to one rumor in one transaction. */
export const linkClaims = endpoint<LinkReport>()({ method: "POST", path: "/api/v1/claims/link", input: ClaimLinkManySchema });
