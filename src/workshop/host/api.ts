// The host page's HTTP calls: the scenario list, and reports fetched with the host token.
import type { ReportData, ScenarioInfo } from '../protocol.ts';
import { WorkshopClientError } from '../client.ts';
import type { HostSession } from './state.ts';

async function get(path: string, token?: string): Promise<Response> {
  const response = await fetch(path, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  if (!response.ok) {
    const body = await response.json().catch(() => null) as { code?: never; message?: string } | null;
    throw new WorkshopClientError(body?.code ?? 'http', body?.message ?? `HTTP ${response.status}`, response.status);
  }
  return response;
}

export async function loadScenarios(): Promise<ScenarioInfo[]> {
  return ((await (await get('/api/scenarios')).json()) as { scenarios: ScenarioInfo[] }).scenarios;
}

const reportPath = (session: HostSession, kind: string, named: boolean, extra = '') =>
  `/api/rooms/${session.roomId}/report.${kind}?${named ? 'names=1&' : ''}${extra}`;

export async function loadReport(session: HostSession, named: boolean): Promise<ReportData> {
  return (await get(reportPath(session, 'json', named), session.hostToken)).json() as Promise<ReportData>;
}

/** Downloads a CSV table (the link needs the token, so it goes through a blob). */
export async function downloadCsv(session: HostSession, table: string, named: boolean) {
  const response = await get(reportPath(session, 'csv', named, `table=${table}`), session.hostToken);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `${table}.csv`;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Opens the printable report in a new tab (opened first, so pop-up blockers let it through). */
export async function openPrintable(session: HostSession, named: boolean) {
  const tab = window.open('', '_blank');
  const response = await get(reportPath(session, 'html', named), session.hostToken);
  const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/html;charset=utf-8' }));
  if (tab) tab.location.href = url;
  else window.location.href = url;
}
