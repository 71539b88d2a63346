import "server-only";
import { db } from "@/server/platform/db";

// The outlet of a fetched page, by domain: the outlet whose domain is the
// page's host or the nearest parent of it (www.leparisien.fr and
// sport.leparisien.fr both match leparisien.fr). No match proposes a new
// outlet; it is created only when the editor saves the article with it.

const bare = (host: string) => host.toLowerCase().replace(/^www\./, "");

/** The domain an outlet is stored with: no scheme, no www., no path. */
function normalized(domain: string): string {
  const value = domain.trim().toLowerCase();
  try {
    return bare(new URL(value.includes("://") ? value : `https://${value}`).hostname);
  } catch {
    return bare(value);
  }
}

export async function matchOutlet(pageUrl: string, siteName: string | null) {
  const host = bare(new URL(pageUrl).hostname);
  const labels = host.split(".");
  const candidates = labels.slice(0, -1).map((_, i) => labels.slice(i).join("."));
  const rows = await db.outlet.findMany({
    where: { domain: { in: candidates.flatMap((c) => [c, `www.${c}`, `https://${c}`, `https://www.${c}`, `http://${c}`, `http://www.${c}`]) } },
    select: { id: true, name: true, domain: true },
  });
  // The longest domain is the nearest match (a section's own outlet before its parent's).
  const best = rows.map((r) => ({ ...r, domain: normalized(r.domain!) })).sort((a, b) => b.domain.length - a.domain.length)[0];
  if (best) return { id: best.id, name: best.name, domain: best.domain, existing: true };
  return { id: null, name: siteName?.trim() || host, domain: host, existing: false };
}
