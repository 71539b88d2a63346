import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EventView } from "@/components/reader/event-view";
import { PageSchema } from "@/lib/schemas/claim-filter";
import { getEventPage } from "@/server/reader/event-pages";

export const dynamic = "force-dynamic";

type EventPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// One page of claims at a time (?cursor=…, keyset pagination).
const load = cache(async (slug: string, cursor: string | undefined) => (await getEventPage(slug, { cursor })) ?? notFound());
const cursorOf = async ({ searchParams }: EventPageProps) => {
  const raw = (await searchParams).cursor;
  return PageSchema.safeParse({ cursor: Array.isArray(raw) ? raw[0] : raw }).data?.cursor;
};

export async function generateMetadata(props: EventPageProps): Promise<Metadata> {
  const { event, total } = await load((await props.params).slug, await cursorOf(props));
  const description = `${total} claims made before ${event.name}, checked against what was reported after it.`;
  return {
    title: event.name,
    description,
    openGraph: { title: event.name, description },
    alternates: { types: { "application/atom+xml": [{ url: `/events/${event.slug}/feed.xml`, title: `Verdicts on ${event.name}` }] } },
  };
}

export default async function EventPage(props: EventPageProps) {
  return <EventView data={await load((await props.params).slug, await cursorOf(props))} />;
}
