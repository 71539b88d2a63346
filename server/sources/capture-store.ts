import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import type { Fetched } from "@/server/outbound/safe-fetch";

// The capture archive (issue 15): every fetch's body is kept gzipped on disk
// under the SHA-256 of its bytes (ab/abcdef….gz), so the database stays lean
// and the same page fetched twice unchanged costs one file. The row keeps
// status, headers, final URL and time. Written before anything reads the
// page, so a capture survives a failed extraction. docs/deploy.md says where
// the directory lives when several app servers share it.

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** The store's directory: HINDSIGHT_CAPTURE_DIR, relative to the project root. */
const captureDir = () => path.resolve(env.HINDSIGHT_CAPTURE_DIR);

const fileOf = (dir: string, sha256: string) => path.join(dir, sha256.slice(0, 2), `${sha256}.gz`);

async function exists(file: string) {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Writes the body once (atomically: a temporary file renamed into place); returns its hash and gzipped size. */
async function putBody(body: Buffer, dir: string): Promise<{ sha256: string; storedSize: number }> {
  const sha256 = createHash("sha256").update(body).digest("hex");
  const file = fileOf(dir, sha256);
  if (await exists(file)) return { sha256, storedSize: (await stat(file)).size };
  const packed = await gzipAsync(body, { level: 9 });
  await mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${randomUUID()}.tmp`;
  await writeFile(temp, packed);
  await rename(temp, file);
  return { sha256, storedSize: packed.length };
}

export type StoredCapture = { id: string; sha256: string; size: number; storedSize: number; fetchedAt: Date };

/** Archives one fetch: the body in the store, the rest in a Capture row. */
export async function storeCapture(fetched: Fetched, by: { userId: string | null; articleId?: string | null }, dir = captureDir()): Promise<StoredCapture> {
  const { sha256, storedSize } = await putBody(fetched.body, dir);
  return db.capture.create({
    data: {
      url: fetched.url,
      finalUrl: fetched.finalUrl,
      status: fetched.status,
      headers: JSON.stringify(fetched.headers),
      contentType: fetched.contentType,
      sha256,
      size: fetched.body.length,
      storedSize,
      fetchedAt: fetched.fetchedAt,
      durationMs: fetched.durationMs,
      articleId: by.articleId ?? null,
      createdById: by.userId,
    },
    select: { id: true, sha256: true, size: true, storedSize: true, fetchedAt: true },
  });
}

/** The archived bytes of a capture, checked against their hash. */
export async function captureBody(sha256: string, dir = captureDir()): Promise<Buffer> {
  const body = await gunzipAsync(await readFile(fileOf(dir, sha256)));
  if (createHash("sha256").update(body).digest("hex") !== sha256) throw new Error(`capture ${sha256} does not match its hash`);
  return body;
}
