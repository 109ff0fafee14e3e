/**
 * A TCP forwarder between a client and a database server that can freeze: while frozen it
 * accepts connections and reads what the client sends but passes nothing on, in either
 * direction, which is what a client sees of a server stopped with SIGSTOP (the kernel still
 * completes the TCP handshake; no byte ever comes back). Thawing resumes the flow where it
 * stopped. Lets the tests hang PostgreSQL or PGlite for one client without touching the server
 * that other processes share.
 */
import net from "node:net";

export type FreezableProxy = { url: string; freeze: () => void; thaw: () => void; close: () => Promise<void> };

export async function startFreezableProxy(targetUrl: string): Promise<FreezableProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<net.Socket>();
  let isFrozen = false;
  const held: (() => void)[] = [];

  function pipe(from: net.Socket, to: net.Socket): void {
    from.on("data", (chunk: Buffer) => {
      if (isFrozen) held.push(() => to.write(chunk));
      else to.write(chunk);
    });
  }

  const server = net.createServer((client) => {
    const upstream = net.connect({ host: target.hostname, port: Number(target.port || 5432) });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {});
    }
    pipe(client, upstream);
    pipe(upstream, client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  const url = new URL(targetUrl);
  url.host = `127.0.0.1:${port}`;
  return {
    url: url.toString(),
    freeze: () => void (isFrozen = true),
    thaw: () => {
      isFrozen = false;
      for (const release of held.splice(0)) release();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
