import Link from "next/link";
import { MainNav } from "./main-nav";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="brand">
          Hind<span>sight</span>
        </Link>
        <MainNav />
      </div>
    </header>
  );
}
