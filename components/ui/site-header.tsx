import Link from "next/link";

export type SiteHeaderProps = { section: "reader" | "desk" };

export function SiteHeader({ section }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand">
          Hind<span>sight</span>
        </Link>
        <nav className="nav" aria-label="Main">
          <Link href="/" aria-current={section === "reader" ? "page" : undefined}>
            Verdicts
          </Link>
          <Link href="/events">Events</Link>
          <Link href="/outlets">Outlets</Link>
          <Link href="/desk" aria-current={section === "desk" ? "page" : undefined}>
            Editor desk
          </Link>
        </nav>
      </div>
    </header>
  );
}
