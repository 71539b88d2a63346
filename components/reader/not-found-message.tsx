import Link from "next/link";

export function NotFoundMessage() {
  return (
    <>
      <h1>We couldn’t find that page</h1>
      <p>There is no claim or page at this address. It may have been removed, or the link may be mistyped or cut short.</p>
      <p>
        <Link href="/">See all verdicts</Link>
      </p>
    </>
  );
}
