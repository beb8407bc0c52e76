/**
 * A real HTTP server on loopback that answers the scripted feed routes of feed-routes.mjs, for
 * the client tests in Node (in Chromium, web-test-runner serves the same routes).
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleFeedRoute } from './feed-routes.mjs';

export async function startServer(): Promise<Server> {
  const server = createServer((req, res) => {
    if (!handleFeedRoute(req, res)) res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

export async function stopServer(server: Server): Promise<void> {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
}

export const originOf = (server: Server) =>
  `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
