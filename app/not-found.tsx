import { NotFoundMessage } from "@/components/reader/not-found-message";
import { SiteHeader } from "@/components/ui/site-header";

// Unmatched URLs render here, inside the root layout only, so this page
// brings its own header; app/(reader)/not-found.tsx covers notFound() calls
// made inside the reader layout, which already has one.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main className="container">
        <NotFoundMessage />
      </main>
    </>
  );
}
