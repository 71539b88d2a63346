"use client";

export type ListPagerProps = { hasCursor: boolean; nextCursor: string | null; onFirst: () => void; onNext: (cursor: string) => void };

/** Keyset pages go forward only; the browser's back button returns to the page before. */
export function ListPager({ hasCursor, nextCursor, onFirst, onNext }: ListPagerProps) {
  if (!hasCursor && !nextCursor) return null;
  return (
    <nav className="row spaced-top" aria-label="Pages">
      {hasCursor && (
        <button type="button" className="secondary" onClick={onFirst}>
          First page
        </button>
      )}
      {nextCursor && (
        <button type="button" className="secondary" onClick={() => onNext(nextCursor)}>
          Next page
        </button>
      )}
    </nav>
  );
}
