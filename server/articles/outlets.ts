import "server-only";
import { db } from "@/server/platform/db";

/** An outlet as readers see it: its name and domain; null when unknown. */
export async function findOutletBySlug(slug: string) {
  return db.outlet.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, domain: true } });
}
