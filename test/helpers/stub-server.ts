import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface StubReply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Never answer (for timeouts). */
  hang?: boolean;
}

/**
 * An HTTP server on 127.0.0.1 that answers from a script of replies, for faults a real MLflow
 * server cannot be made to produce on demand (503s, Retry-After, hangs). The last reply repeats.
 */
export async function startStubServer(replies: StubReply[]) {
  const requests: { method: string; url: string; headers: IncomingMessage["headers"] }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    const reply = replies[Math.min(requests.length - 1, replies.length - 1)]!;
    if (reply.hang) return;
    res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
    res.end(reply.body ?? "{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
