/**
 * What a connection gets when its request cannot be read: too slow (408, see
 * the request and header timeouts), headers too large (431), or malformed
 * (400); then it is closed. Fastify's default does the same but always writes
 * its answer; when Tessera has already answered this request (say a 401
 * before the body finished arriving), a second status line would be read by
 * the client as the answer to its next request, so the connection is only closed.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

const ANSWERS: Record<string, { status: number; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, message: 'Client Timeout' },
  HPE_HEADER_OVERFLOW: { status: 431, message: 'Exceeded maximum allowed HTTP header size' },
};

export function closeUnreadableRequest(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, message } = ANSWERS[err.code ?? ''] ?? { status: 400, message: 'Client Error' };
  this.log.debug({ err, status }, 'unreadable request: closing the connection');
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const reason = http.STATUS_CODES[status]!;
    const body = JSON.stringify({ error: reason, message, statusCode: status });
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(err);
}
