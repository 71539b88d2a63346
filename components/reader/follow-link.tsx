export type FollowLinkProps = { href: string; what: string };

/** The Atom feed of what this page follows, for feed readers (issue 17); the page head names it too. */
export function FollowLink({ href, what }: FollowLinkProps) {
  return (
    <p className="small no-print">
      <a href={href} type="application/atom+xml" data-testid="follow-link">
        <span aria-hidden="true">⊕ </span>Follow {what} (Atom feed)
      </a>
    </p>
  );
}
