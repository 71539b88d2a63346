// Review before publish, assignment and "My work" (ADR 0028).
import { ApproveSchema, AssignSchema, NewsroomSettingsSchema, RequestChangesSchema, ReviewRequestSchema } from "@/lib/schemas/review";
import { endpoint } from "../endpoint";
import type { VerdictRecord } from "../writes";
import type { Assignment, DeskWorkflow, MyWork, NewsroomSettingsView } from "../workflow";

/** The author (or an admin) sends a draft or a verdict that came back for review; the author may revise it here. */
export const requestVerdictReview = endpoint<VerdictRecord>()({ method: "POST", path: "/api/v1/verdicts/[id]/review-request", input: ReviewRequestSchema });
/** Another editor than its author approves it. */
export const approveVerdict = endpoint<VerdictRecord>()({ method: "POST", path: "/api/v1/verdicts/[id]/approve", input: ApproveSchema });
/** Another editor than its author sends it back, with a comment. */
export const requestVerdictChanges = endpoint<VerdictRecord>()({ method: "POST", path: "/api/v1/verdicts/[id]/request-changes", input: RequestChangesSchema });

/** `assigneeId` null unassigns. */
export const assignClaim = endpoint<Assignment>()({ method: "POST", path: "/api/v1/claims/[id]/assignee", input: AssignSchema });
export const assignArticle = endpoint<Assignment>()({ method: "POST", path: "/api/v1/articles/[id]/assignee", input: AssignSchema });

export const deskMyWork = endpoint<MyWork>()({ method: "GET", path: "/api/v1/desk/my-work" });
export const deskWorkflow = endpoint<DeskWorkflow>()({ method: "GET", path: "/api/v1/desk/workflow" });

export const getNewsroomSettings = endpoint<NewsroomSettingsView>()({ method: "GET", path: "/api/v1/admin/settings" });
export const updateNewsroomSettings = endpoint<NewsroomSettingsView>()({ method: "PATCH", path: "/api/v1/admin/settings", input: NewsroomSettingsSchema });
