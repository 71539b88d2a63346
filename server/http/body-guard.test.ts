import { createServer, Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installBodyGuard, MAX_REQUEST_BYTES } from "./body-guard";

// A server that, like Next, answers only once the whole body has arrived.
let server: Server;
let port = 0;

beforeAll(async () => {
  installBodyGuard();
  server = createServer((request, response) => {
    let bytes = 0;
    request.on("data", (chunk: Buffer) => (bytes += chunk.length));
    request.on("end", () => response.end(`read ${bytes}`));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends a head and two bytes of body, then only listens: resolves with what the server says before it closes. */
function declare(length: number, bodyFollows = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.write(`POST /api/v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n{}`);
      if (bodyFollows) socket.end("x".repeat(length - 2));
    });
    let data = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => {
      data += chunk;
      if (bodyFollows && data.includes(`read ${length}`)) socket.destroy();
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(data));
  });
}

describe("installBodyGuard", () => {
  it("answers 413 from the Content-Length header alone, without waiting for the body", async () => {
    const answer = await declare(52_428_800);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
    expect(answer).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
    expect(body).toEqual({ error: { code: "too_large", message: "The request body is 50 MiB; the limit is 5.1 MiB. Split it into smaller files." } });
  });

  it("lets a request up to the ceiling through to the server", async () => {
    const answer = await declare(MAX_REQUEST_BYTES, true);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain(`read ${MAX_REQUEST_BYTES}`);
  });

  it("installs once, however often it is called", () => {
    const emit = Server.prototype.emit;
    installBodyGuard();
    expect(Server.prototype.emit).toBe(emit);
  });
});
