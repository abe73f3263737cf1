// Serves the built game (dist/): the right MIME types, long caching for hashed assets, index.html
// for page routes, and never a file outside the folder.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.ttf': 'font/ttf', '.wav': 'audio/wav', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export const mimeType = (file: string) => MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';

export class StaticFiles {
  readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The file a URL path names, or null if it would leave the folder or is malformed. */
  resolvePath(urlPath: string): string | null {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return null;
    const file = resolve(join(this.root, decoded));
    return file === this.root || file.startsWith(this.root + sep) ? file : null;
  }

  private async fileAt(path: string | null): Promise<string | null> {
    if (!path) return null;
    const info = await stat(path).catch(() => null);
    if (info?.isFile()) return path;
    if (info?.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index).catch(() => null))?.isFile() ? index : null;
    }
    return null;
  }

  /**
   * Serves `urlPath`. Paths without a file extension that name no file are page routes and get
   * index.html; a missing file with an extension is a 404.
   */
  async serve(request: IncomingMessage, response: ServerResponse, urlPath: string): Promise<void> {
    const path = this.resolvePath(urlPath);
    if (!path) return notFound(response, 400, 'Bad path');
    let file = await this.fileAt(path);
    if (!file && extname(urlPath) === '') file = await this.fileAt(join(this.root, 'index.html'));
    if (!file) return notFound(response, 404, 'Not found');
    this.send(request, response, file);
  }

  /** Sends one file of the folder by its path inside it. */
  async serveFile(request: IncomingMessage, response: ServerResponse, relative: string, transform?: (text: string) => string): Promise<void> {
    const file = await this.fileAt(this.resolvePath(relative));
    if (!file) return notFound(response, 503, 'The game has not been built yet: run npm run build (npm start does it).');
    if (!transform) return this.send(request, response, file);
    const body = transform(await readFile(file, 'utf8'));
    response.writeHead(200, { 'content-type': mimeType(file), 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  private send(request: IncomingMessage, response: ServerResponse, file: string) {
    const hashed = file.startsWith(join(this.root, 'assets') + sep);
    response.writeHead(200, {
      'content-type': mimeType(file),
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') { response.end(); return; }
    createReadStream(file).on('error', () => response.destroy()).pipe(response);
  }
}

function notFound(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  response.end(text);
}
