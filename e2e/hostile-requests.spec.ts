import { connect } from "node:net";
import { mkdirSync } from "node:fs";
import { test, expect } from "./fixtures";

// Requests a browser never sends: a declared body far over any limit that
// never arrives, and paths whose percent-encoding is broken. Both used to
// hang or end in a bare 500 from Next itself; they must be answered at once,
// in the API's error shape, with the security headers.

type RawAnswer = { status: number; headers: Record<string, string>; body: string };

/** Sends the head of a request and the start of its body, then waits for an answer without sending the rest. */
function rawRequest(baseURL: string, head: string, bodyStart: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(head + "\r\n" + bodyStart));
    let data = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => (data += chunk));
    socket.on("error", reject);
    // The server closes the connection after its answer: the body it refused is never read.
    socket.on("close", () => {
      const [headText = "", body = ""] = data.split("\r\n\r\n");
      const [statusLine = "", ...lines] = headText.split("\r\n");
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body });
    });
  });
}

const oversizeHead = (path: string, host: string) =>
  [`POST ${path} HTTP/1.1`, `Host: ${host}`, "Content-Type: application/json", "Content-Length: 52428800", ""].join("\r\n");

test("a declared oversize body is refused with 413 from its headers, before the body is sent", async ({ baseURL, editor }) => {
  void editor;
  const host = new URL(baseURL!).host;
  for (const path of ["/api/v1/articles", "/api/v1/articles/import", "/api/auth/sign-in/email", "/claims/anything"]) {
    const answer = await rawRequest(baseURL!, oversizeHead(path, host), "{}");
    expect(answer.status, path).toBe(413);
    expect(answer.headers["content-type"]).toBe("application/json");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    const { error } = JSON.parse(answer.body);
    expect(error.code).toBe("too_large");
    expect(error.message).toMatch(/^The request body is 50 MiB; the limit is 5\.1 MiB\./);
  }
});

test("a body under the ceiling still reaches the endpoint's own checks", async ({ page, editor }) => {
  void editor;
  // Under the 5.1 MiB ceiling, over the 1 MiB an event may take.
  const response = await page.request.post("/api/v1/events", { data: { name: "Gala", date: "2025-01-01", description: "x".repeat(2 * 1024 * 1024) } });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.message).toMatch(/^The request body is 2(\.\d)? MiB; the limit is 1 MiB/);
});

test("malformed percent-encoding: 400 from the API, the not-found page for pages, with security headers", async ({ page, editor, baseURL }) => {
  void editor;
  for (const path of ["/api/v1/claims/%ff", "/api/v1/desk/claims/%ff", "/api/v1/events/%E0%A4%A"]) {
    const response = await fetch(baseURL + path);
    expect(response.status, path).toBe(400);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect((await response.json()).error).toEqual({ code: "bad_request", message: expect.stringContaining("percent-encoding") });
  }
  const write = await page.request.post("/api/v1/claims/%ff/verdicts", { data: { rating: "confirmed", rationale: "Because it happened.", version: 1 } });
  expect(write.status()).toBe(400);
  expect((await write.json()).error.code).toBe("bad_request");

  mkdirSync("/tmp/i11b", { recursive: true });
  for (const path of ["/claims/%ff", "/events/%ff", "/outlets/%ff"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response?.headers()["x-frame-options"]).toBe("DENY");
    // The same page as for any address that leads nowhere.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn’t find that page");
  }
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/claims/%ff");
    await page.screenshot({ path: `/tmp/i11b/malformed-path-${width}.png`, fullPage: true });
  }
});
