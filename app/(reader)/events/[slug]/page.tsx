import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EventView } from "@/components/reader/event-view";
import { AsOfSchema, PageSchema } from "@/lib/schemas/claim-filter";
import { getEventPage } from "@/server/reader/event-pages";

export const dynamic = "force-dynamic";

type EventPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// One page of claims at a time (?cursor=…, keyset pagination); ?asOf=YYYY-MM-DD adds the record as it stood then.
const load = cache(async (slug: string, cursor: string | undefined, asOf: string | undefined) => (await getEventPage(slug, { cursor }, asOf)) ?? notFound());
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const queryOf = async ({ searchParams }: EventPageProps) => {
  const q = await searchParams;
  // An unusable date shows today's record, as an unusable cursor shows the first page.
  return [PageSchema.safeParse({ cursor: first(q.cursor) }).data?.cursor, AsOfSchema.safeParse(first(q.asOf)).data] as const;
};

export async function generateMetadata(props: EventPageProps): Promise<Metadata> {
  const { event, total } = await load((await props.params).slug, ...(await queryOf(props)));
  const description = `${total} claims made before ${event.name}, checked against what was reported after it.`;
  return {
    title: event.name,
    description,
    openGraph: { title: event.name, description },
    alternates: { types: { "application/atom+xml": [{ url: `/events/${event.slug}/feed.xml`, title: `Verdicts on ${event.name}` }] } },
  };
}

export default async function EventPage(props: EventPageProps) {
  return <EventView data={await load((await props.params).slug, ...(await queryOf(props)))} />;
}
