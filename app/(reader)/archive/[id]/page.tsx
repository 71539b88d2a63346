import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchivedCaptureView } from "@/components/sources/archived-capture-view";
import { AppError } from "@/server/platform/errors";
import { archivedCapture } from "@/server/archive/archive";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Archived capture", robots: { index: false } };

export default async function ArchivePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const capture = await archivedCapture(id, "public").catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return <ArchivedCaptureView capture={capture} desk={false} />;
}
