// Small helpers for the HTTP side: JSON bodies in and out, error replies.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROTOCOL_VERSION } from '../workshop/protocol.ts';
import { WorkshopError } from './errors.ts';

export const MAX_BODY_BYTES = 64 * 1024;

export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new WorkshopError('too-large', `a request body is at most ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new WorkshopError('bad-json', 'the request body is not JSON');
  }
}

const COMMON_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

export function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

export function sendText(response: ServerResponse, status: number, contentType: string, body: string, extra: Record<string, string> = {}) {
  response.writeHead(status, { ...COMMON_HEADERS, 'content-type': contentType, ...extra });
  response.end(body);
}

export function sendError(response: ServerResponse, error: WorkshopError, extra: Record<string, string> = {}) {
  response.writeHead(error.status, { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8', ...extra });
  response.end(JSON.stringify({ v: PROTOCOL_VERSION, type: 'error', code: error.code, message: error.message }));
}

/** The bearer token of an `Authorization: Bearer …` header. */
export function bearerToken(request: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match ? match[1]! : null;
}

export const clientIp = (request: IncomingMessage): string => request.socket.remoteAddress ?? 'unknown';
