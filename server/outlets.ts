import "server-only";
import { slugify } from "@/lib/text";
import { db, type Tx } from "./db";
import { invalid } from "./errors";

/** Finds the outlet by its slug, creating it the first time a name is seen. */
export async function findOrCreateOutlet(tx: Tx, name: string, domain?: string) {
  const slug = slugify(name);
  if (!slug) throw invalid("The outlet name needs at least one letter or digit.", { outlet: ["Use a real outlet name."] });
  return tx.outlet.upsert({
    where: { slug },
    update: domain ? { domain } : {},
    create: { name: name.trim(), slug, domain: domain ?? null },
    select: { id: true, name: true, slug: true },
  });
}

export async function listOutlets() {
  return db.outlet.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true, domain: true, _count: { select: { articles: true } } },
  });
}

/** An outlet as readers see it: its name and domain; null when unknown. */
export async function findOutletBySlug(slug: string) {
  return db.outlet.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, domain: true } });
}
