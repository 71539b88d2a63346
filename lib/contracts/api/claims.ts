// Claims, their evidence and verdicts: the public reads and the editor writes.
import { z } from "zod";
import { ClaimCreateSchema, ClaimUpdateSchema } from "@/lib/schemas/claim";
import { ClaimFilterSchema, PageSchema } from "@/lib/schemas/claim-filter";
import { VersionSchema } from "@/lib/schemas/common";
import { QuoteEditSchema } from "@/lib/schemas/editing";
import { EvidenceCreateSchema, EvidenceRemoveSchema } from "@/lib/schemas/evidence";
import { VerdictCreateSchema, VerdictPublishSchema } from "@/lib/schemas/verdict";
import { endpoint } from "../endpoint";
import type { ClaimPage, PublicClaimDetail } from "../reader";
import type { ClaimPublished, ClaimVersioned, EvidenceCreated, VerdictRecord } from "../writes";

/** Reader-visible claims, filtered and paged (cursor). */
export const listClaims = endpoint<ClaimPage>()({ method: "GET", path: "/api/v1/claims", input: ClaimFilterSchema.extend(PageSchema.shape) });
/** The filtered view as a file (CSV or JSON), not a JSON answer. */
export const exportClaims = endpoint<string>()({
  method: "GET",
  path: "/api/v1/claims/export",
  input: ClaimFilterSchema.extend({ format: z.enum(["csv", "json"]).optional() }),
});
export const getClaim = endpoint<PublicClaimDetail>()({ method: "GET", path: "/api/v1/claims/[id]" });

export const createClaim = endpoint<ClaimVersioned>()({ method: "POST", path: "/api/v1/claims", input: ClaimCreateSchema, status: 201 });
export const updateClaim = endpoint<ClaimVersioned>()({ method: "PATCH", path: "/api/v1/claims/[id]", input: ClaimUpdateSchema });
export const deleteClaim = endpoint<void>()({ method: "DELETE", path: "/api/v1/claims/[id]", status: 204 });
export const publishClaim = endpoint<ClaimPublished>()({ method: "POST", path: "/api/v1/claims/[id]/publish", input: VersionSchema });
export const unpublishClaim = endpoint<ClaimPublished>()({ method: "POST", path: "/api/v1/claims/[id]/unpublish", input: VersionSchema });

export const addEvidence = endpoint<EvidenceCreated>()({ method: "POST", path: "/api/v1/claims/[id]/evidence", input: EvidenceCreateSchema, status: 201 });
/** `version` (the claim's) makes the removal refuse a stale view with 409. */
export const removeEvidence = endpoint<void>()({
  method: "DELETE",
  path: "/api/v1/evidence/[id]",
  input: EvidenceRemoveSchema,
  status: 204,
});

/** New quote boundaries, checked against the stored text, with the rumor `version`. */
export const editClaimQuote = endpoint<ClaimVersioned>()({ method: "PATCH", path: "/api/v1/claims/[id]/quote", input: QuoteEditSchema });
export const editEvidenceQuote = endpoint<EvidenceCreated>()({ method: "PATCH", path: "/api/v1/evidence/[id]", input: QuoteEditSchema });

export const recordVerdict = endpoint<VerdictRecord>()({ method: "POST", path: "/api/v1/claims/[id]/verdicts", input: VerdictCreateSchema, status: 201 });
export const publishVerdict = endpoint<VerdictRecord>()({ method: "POST", path: "/api/v1/verdicts/[id]/publish", input: VerdictPublishSchema });
export const unpublishVerdict = endpoint<VerdictRecord>()({ method: "POST", path: "/api/v1/verdicts/[id]/unpublish", input: VerdictPublishSchema });
