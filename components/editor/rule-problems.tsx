import Link from "next/link";
import type { RuleProblem } from "@/lib/contracts/writes";
import { ApiError } from "@/lib/query/api";

/** The quotes a refused date change would have broken (`details.problems` of a 422), each linked to its claim. */
export function RuleProblems({ error }: { error: unknown }) {
  const problems = error instanceof ApiError ? ((error.body.details as { problems?: RuleProblem[] } | undefined)?.problems ?? []) : [];
  if (problems.length === 0) return null;
  return (
    <ul className="small" aria-label="What the change would break" data-testid="rule-problems">
      {problems.map((p) => (
        <li key={`${p.kind}-${p.id}`}>
          <Link href={`/desk/claims/${p.claimId}`}>{p.kind === "claim" ? "Claim" : "Evidence"}</Link> in “{p.articleTitle}”: {p.message}
        </li>
      ))}
    </ul>
  );
}
