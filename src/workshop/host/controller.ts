// What the host page's views can ask for; main.ts carries it out.
import type { ClientRequest } from '../client.ts';
import type { HostState } from './state.ts';

export interface Controller {
  state: HostState;
  render(): void;
  toggleLanguage(): void;
  createRoom(): void;
  resumeRoom(): void;
  newRoom(): void;
  /** A host action; the token is added here. */
  act(action: DistributiveOmit<Extract<ClientRequest, { hostToken: string }>, 'hostToken'>): void;
  showView(view: HostState['view']): void;
  setNamed(named: boolean): void;
  refreshReport(): void;
  downloadCsv(table: string): void;
  openPrintable(): void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
