// The address phones use to join: the short URL (http://<LAN address>:<port>/j/<PIN>) and its QR code.
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';

export interface PublicOrigin {
  origin: string;
  /** The server listens only on this computer: phones cannot reach it. */
  localOnly: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const ANY = new Set(['0.0.0.0', '::', '']);

/** The first IPv4 address on a real network interface (Wi-Fi or Ethernet). */
export function lanAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

export function publicOrigin(options: { host: string; port: number; publicUrl?: string }): PublicOrigin {
  if (options.publicUrl) return { origin: options.publicUrl.replace(/\/+$/, ''), localOnly: false };
  if (LOOPBACK.has(options.host)) return { origin: `http://localhost:${options.port}`, localOnly: true };
  if (ANY.has(options.host)) {
    const lan = lanAddress();
    return lan ? { origin: `http://${lan}:${options.port}`, localOnly: false } : { origin: `http://localhost:${options.port}`, localOnly: true };
  }
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return { origin: `http://${host}:${options.port}`, localOnly: false };
}

export const joinUrlOf = (origin: string, pin: string) => `${origin}/j/${pin}`;

const qrCache = new Map<string, Promise<string>>();

/** The QR code of a URL as SVG (made once per URL). */
export function qrSvg(text: string): Promise<string> {
  let svg = qrCache.get(text);
  if (!svg) {
    if (qrCache.size > 1000) qrCache.clear();
    svg = QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
    qrCache.set(text, svg);
  }
  return svg;
}
