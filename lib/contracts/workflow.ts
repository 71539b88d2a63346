// Team workflow on the desk (issue 14, ADR 0028): review before publish,
// assignment and "My work", as the desk and the editor API see them.
import type { ReviewAction, ReviewState } from "@/lib/review";
import type { Rating } from "@/lib/verdicts";

type Person = { id: string; name: string; email: string };

/** What an assignment answers with. */
export type Assignment = { id: string; kind: "claim" | "article"; assignee: Person | null };

/** What every desk page needs to offer the workflow: the setting, who is asking, whom to assign. */
export type DeskWorkflow = { reviewBeforePublish: boolean; me: { id: string; name: string; role: "admin" | "editor" }; editors: Person[] };

export type NewsroomSettingsView = { reviewBeforePublish: boolean; updatedAt: string | null; updatedById: string | null };

/** A verdict in "My work": `claimId` is where the desk opens it. */
export type MyWorkVerdict = {
  id: string;
  rating: Rating;
  rationale: string;
  decidedAt: string;
  reviewState: ReviewState;
  claimId: string | null;
  decidedBy: { id: string; name: string } | null;
  rumor: { id: string; statement: string };
  lastStep: { action: ReviewAction; comment: string | null; at: string; actor: { name: string } | null } | null;
};

export type MyWork = {
  assigned: {
    claims: {
      id: string;
      statement: string;
      publishedAt: string | null;
      rating: Rating | null;
      deadline: string | null;
      event: { name: string } | null;
      article: { title: string; outlet: { name: string } };
    }[];
    articles: { id: string; title: string; publishedAt: string; outlet: { name: string }; _count: { claims: number; evidence: number } }[];
  };
  /** In review, written by someone else. */
  toReview: MyWorkVerdict[];
  /** Mine, sent back with changes requested. */
  cameBack: MyWorkVerdict[];
  /** Mine, approved and ready to publish. */
  approved: MyWorkVerdict[];
};
