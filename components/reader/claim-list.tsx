import type { ClaimLine } from "@/lib/contracts/reader";
import { ClaimRow } from "./claim-row";
import { ListLegend } from "./list-legend";

export type ClaimListProps = {
  /** The claims as list lines (`claimLineOf` turns a whole public claim into one). */
  claims: ClaimLine[];
  /** Said when there are none. */
  empty: string;
  /** The next page of the same list, when there is one. */
  more: { href: string; label: string } | null;
};

/** One page of claims as compact rows, with the link to the next page. */
export function ClaimList({ claims, empty, more }: ClaimListProps) {
  return (
    <>
      {claims.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <ListLegend />
          {claims.map((c) => (
            <ClaimRow key={c.id} claim={c} />
          ))}
        </>
      )}
      {more ? (
        <p className="no-print">
          <a href={more.href}>{more.label}</a>
        </p>
      ) : null}
    </>
  );
}
