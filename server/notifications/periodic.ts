import "server-only";
import type { JobQueue } from "@/server/jobs/queue";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import { sendDigests, smtpSettings } from "./digest";
import { sweepPastDeadline } from "./past-deadline";

// Periodic notification work on the durable job queue (ADR 0027, 0029). Each
// run is a job for one time slot that queues the next slot's job before it
// works, so the chain survives restarts and failures (a failed run is retried
// by the queue). Every worker that starts queues the next slot too; the slot
// is claimed in NotificationRun first, so however many jobs name a slot — one
// per app server, a chain plus a restart — it runs once and the duplicates
// end their chains.

export const PAST_DEADLINE_JOB = "notifications-past-deadline";
const DIGEST_JOB = "notifications-digest";
const SWEEP_EVERY_SECONDS = 600;
const KEEP_RUNS_DAYS = 30;

type SlotJob = { slot: string };
type Periodic = { name: string; everySeconds: number; enabled: () => boolean; run: (now: Date) => Promise<unknown> };

const PERIODIC: Periodic[] = [
  { name: PAST_DEADLINE_JOB, everySeconds: SWEEP_EVERY_SECONDS, enabled: () => true, run: (now) => sweepPastDeadline(now) },
  { name: DIGEST_JOB, everySeconds: env.HINDSIGHT_DIGEST_EVERY, enabled: () => smtpSettings() !== null, run: (now) => sendDigests({ now }) },
];

/** The first slot boundary (a multiple of the period since the epoch) after `at`. */
export function nextSlot(at: Date, everySeconds: number): Date {
  const every = everySeconds * 1000;
  return new Date((Math.floor(at.getTime() / every) + 1) * every);
}

/** Claims the slot for this run; false when another job already has it. */
async function claimSlot(key: string, at: Date): Promise<boolean> {
  try {
    await db.notificationRun.create({ data: { key, at } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

export async function runSlot(p: Periodic, slot: string, queue: JobQueue, now = new Date()) {
  const key = `${p.name}:${slot}`;
  if (!(await claimSlot(key, now))) return "duplicate";
  // A late slot (the worker was down) is followed by the next one after now, not by catching up.
  const next = nextSlot(new Date(Math.max(now.getTime(), Date.parse(slot))), p.everySeconds);
  await queue.send<SlotJob>(p.name, { slot: next.toISOString() }, { startAfter: next });
  try {
    await p.run(now);
  } catch (error) {
    // Give the slot back, so the queue's retry of this job runs it.
    await db.notificationRun.deleteMany({ where: { key } });
    throw error;
  }
  await db.notificationRun.deleteMany({ where: { at: { lt: new Date(now.getTime() - KEEP_RUNS_DAYS * 86_400_000) } } });
  return "ran";
}

/** Registers the handlers and queues each enabled job's next slot (called when a worker starts). */
export async function registerNotificationJobs(queue: JobQueue, now = new Date()) {
  for (const p of PERIODIC) {
    await queue.work<SlotJob>(p.name, async ({ slot }) => void (await runSlot(p, slot, queue)));
    if (!p.enabled()) continue;
    const first = nextSlot(now, p.everySeconds);
    await queue.send<SlotJob>(p.name, { slot: first.toISOString() }, { startAfter: first });
  }
}

export const periodicJobs = PERIODIC;
