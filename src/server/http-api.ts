// The HTTP half of the workshop API: scenarios, creating rooms, joining, nicknames and reports.
// Every body is checked against its schema; host-only routes need `Authorization: Bearer <host token>`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRoomRequest, CSV_TABLES, joinRequest, lang as langSchema, PROTOCOL_VERSION, type CsvTable } from '../workshop/protocol.ts';
import type { z } from 'zod';
import { scenarioInfos } from './content.ts';
import type { ServerContext } from './context.ts';
import { WorkshopError } from './errors.ts';
import { bearerToken, clientIp, readJson, sendJson, sendText } from './http-util.ts';
import { generateNickname } from './nicknames/generate.ts';
import { join } from './participants.ts';
import type { KeyedRateLimiter } from './rate-limit.ts';
import { buildReport } from './report/build.ts';
import { reportCsv } from './report/csv.ts';
import { reportHtml } from './report/html.ts';
import { createRoom, roomForHost } from './rooms.ts';
import { describeIssues } from './validation.ts';

export interface ApiLimits {
  joins: KeyedRateLimiter;
  rooms: KeyedRateLimiter;
}

async function body<S extends z.ZodType>(request: IncomingMessage, schema: S): Promise<z.output<S>> {
  const raw = await readJson(request);
  if (typeof raw === 'object' && raw !== null && (raw as { v?: unknown }).v !== PROTOCOL_VERSION) {
    throw new WorkshopError('unsupported-version', `"v" must be ${PROTOCOL_VERSION}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new WorkshopError('bad-message', describeIssues(parsed.error.issues));
  return parsed.data;
}

function limit(limiter: KeyedRateLimiter, request: IncomingMessage) {
  const wait = limiter.take(clientIp(request));
  if (wait !== null) throw Object.assign(new WorkshopError('rate-limited', `too many requests from this address; wait ${wait} s`), { retryAfter: wait });
}

const REPORT = /^\/api\/rooms\/([A-Za-z0-9_-]{8,64})\/report\.(json|csv|html)$/;

/** Handles a request under /api/. Throws WorkshopError for the caller to turn into an error reply. */
export async function handleApi(ctx: ServerContext, limits: ApiLimits, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const route = `${request.method} ${url.pathname}`;
  switch (route) {
    case 'GET /api/health':
      return sendJson(response, 200, { v: PROTOCOL_VERSION, ok: true, stats: ctx.stats.view(), roomsInMemory: ctx.rooms.size, sockets: ctx.sockets() });
    case 'GET /api/scenarios':
      return sendJson(response, 200, { v: PROTOCOL_VERSION, scenarios: scenarioInfos(ctx.content) });
    case 'GET /api/nickname': {
      const lang = langSchema.safeParse(url.searchParams.get('lang') ?? 'zh');
      if (!lang.success) throw new WorkshopError('bad-message', 'lang is "zh" or "en"');
      return sendJson(response, 200, { v: PROTOCOL_VERSION, nickname: generateNickname(lang.data) });
    }
    case 'POST /api/rooms': {
      limit(limits.rooms, request);
      const request_ = await body(request, createRoomRequest);
      return sendJson(response, 201, await createRoom(ctx, request_));
    }
    case 'POST /api/join': {
      limit(limits.joins, request);
      return sendJson(response, 201, await join(ctx, await body(request, joinRequest)));
    }
  }
  const report = REPORT.exec(url.pathname);
  if (report && request.method === 'GET') {
    const token = bearerToken(request);
    if (!token) throw new WorkshopError('not-authenticated', 'send the host token as "Authorization: Bearer <token>"');
    const live = await roomForHost(ctx, report[1]!, token);
    const data = buildReport(ctx.content, live, { named: url.searchParams.get('names') === '1', now: ctx.now() });
    const stamp = new Date(live.room.createdAt).toISOString().slice(0, 10);
    if (report[2] === 'json') return sendJson(response, 200, data);
    if (report[2] === 'html') {
      const font = ctx.fontStylesheet();
      const host = request.headers.host;
      return sendText(response, 200, 'text/html; charset=utf-8', reportHtml(data, font && host ? `http://${host}/${font}` : null));
    }
    const table = (url.searchParams.get('table') ?? 'plays') as CsvTable;
    if (!CSV_TABLES.includes(table)) throw new WorkshopError('bad-message', `table is one of ${CSV_TABLES.join(', ')}`);
    return sendText(response, 200, 'text/csv; charset=utf-8', reportCsv(data, table), {
      'content-disposition': `attachment; filename="red-flag-chat-${stamp}-${table}.csv"`,
    });
  }
  throw new WorkshopError('not-found', `no such route: ${route}`);
}
