// A newsroom's webhook receiver on loopback, for the webhook tests: it checks
// every request's signature with the Standard Webhooks library (the secret of
// its path), answers 204 when it holds, 401 when it does not, and 503 while a
// path is told to fail. It records every request, accepted or not.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook as Verifier } from "standardwebhooks";

export type Received = { path: string; headers: IncomingHttpHeaders; body: string; verified: boolean; status: number };

export type WebhookReceiver = {
  origin: string;
  received: Received[];
  /** The signing secret each path checks with (set it from the webhook's creation answer). */
  secrets: Map<string, string>;
  /** The path's next `count` requests are answered 503. */
  failNext: (path: string, count: number) => void;
  close: () => Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: Received[] = [];
  const secrets = new Map<string, string>();
  const failures = new Map<string, number>();
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const path = req.url!;
      let verified = false;
      try {
        new Verifier(secrets.get(path)!).verify(body, req.headers as Record<string, string>);
        verified = true;
      } catch {
        verified = false;
      }
      const left = failures.get(path) ?? 0;
      if (left > 0) failures.set(path, left - 1);
      const status = left > 0 ? 503 : verified ? 204 : 401;
      received.push({ path, headers: req.headers, body, verified, status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    secrets,
    failNext: (path, count) => void failures.set(path, count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
