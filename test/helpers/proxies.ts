import { type IncomingMessage, type ServerResponse, createServer, request } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { type AddressInfo, type Socket, connect } from "node:net";

/** What a reverse proxy does with one request (its 1-based number given). */
export type FaultAction =
  | { kind: "forward" }
  | { kind: "reply"; status: number; body?: string; headers?: Record<string, string> }
  /** Pass the request to the server, wait for its answer, then cut the connection: a lost reply. */
  | { kind: "forward-then-drop" }
  /** Pass the request on, but hold the answer back for delayMs (past a client's timeout). */
  | { kind: "forward-slowly"; delayMs: number };

export interface ReverseProxyOptions {
  target: string;
  /** Serve the server under this path (e.g. /mlflow), as a company gateway might. */
  prefix?: string;
  tls?: { key: string; cert: string; ca?: string; requestClientCert?: boolean };
  fault?: (request: { method: string; path: string; count: number }) => FaultAction;
}

export interface RunningProxy {
  url: string;
  /** Every request seen: method and path (as received, before the prefix is removed). */
  seen: { method: string; path: string }[];
  close(): Promise<void>;
}

/**
 * A reverse proxy on 127.0.0.1 in front of a real MLflow server, for what the server cannot do
 * itself: TLS with a test CA, a path prefix, and injected faults.
 */
export async function startReverseProxy(options: ReverseProxyOptions): Promise<RunningProxy> {
  const target = new URL(options.target);
  const seen: RunningProxy["seen"] = [];

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? "/";
    seen.push({ method: req.method ?? "", path });
    const action = options.fault?.({ method: req.method ?? "", path, count: seen.length }) ?? {
      kind: "forward",
    };
    if (action.kind === "reply") {
      req.resume();
      res.writeHead(action.status, { "content-type": "text/plain", ...action.headers });
      res.end(action.body ?? "");
      return;
    }
    if (options.prefix && !path.startsWith(`${options.prefix}/`)) {
      req.resume();
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not under the prefix");
      return;
    }
    const forwardedPath = options.prefix ? path.slice(options.prefix.length) : path;
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: forwardedPath,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        if (action.kind === "forward-then-drop") {
          answer.resume();
          answer.on("end", () => req.socket.destroy());
          return;
        }
        const send = () => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        };
        if (action.kind === "forward-slowly") setTimeout(send, action.delayMs);
        else send();
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  };

  const server = options.tls
    ? createHttpsServer(
        {
          key: options.tls.key,
          cert: options.tls.cert,
          ca: options.tls.ca,
          requestCert: options.tls.requestClientCert ?? false,
          rejectUnauthorized: options.tls.requestClientCert ?? false,
        },
        handler,
      )
    : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls ? "https" : "http";
  return {
    url: `${scheme}://127.0.0.1:${port}${options.prefix ?? ""}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An HTTP proxy on 127.0.0.1 that tunnels CONNECT requests, counting them, as HTTPS_PROXY needs. */
export async function startConnectProxy(): Promise<RunningProxy> {
  const seen: RunningProxy["seen"] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    seen.push({ method: req.method ?? "", path: req.url ?? "" });
    res.writeHead(405, { "content-type": "text/plain" });
    res.end("this test proxy only tunnels CONNECT");
  });
  server.on("connect", (req: IncomingMessage, client: Socket, head: Buffer) => {
    seen.push({ method: "CONNECT", path: req.url ?? "" });
    const [host, port] = (req.url ?? "").split(":");
    const upstream = connect(Number(port), host!, () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => socket.destroy());
      socket.on("close", () => sockets.delete(socket));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
