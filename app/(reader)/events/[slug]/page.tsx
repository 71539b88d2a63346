import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { EventView } from "@/components/reader/event-view";
import { getEventPage } from "@/server/event-pages";

export const dynamic = "force-dynamic";

type EventPageProps = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => (await getEventPage(slug)) ?? notFound());

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const { event, claims } = await load((await params).slug);
  const description = `${claims.length} claims made before ${event.name}, checked against what was reported after it.`;
  return { title: event.name, description, openGraph: { title: event.name, description } };
}

export default async function EventPage({ params }: EventPageProps) {
  return <EventView data={await load((await params).slug)} />;
}
