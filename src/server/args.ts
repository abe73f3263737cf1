// Command-line options of the workshop server.
import { eachFlag } from './cli-flags.ts';

export interface CliOptions {
  port: number;
  host: string;
  dataDir: string;
  publicUrl?: string;
  /** Joins allowed at once from one address (then this many a minute, twice over). */
  joinLimit?: number;
  /** WebSockets one address may hold at once. */
  socketLimit?: number;
  /** Hours a room may go unused, with no host page open, before it is ended; 0 never. */
  endIdleRoomsHours?: number;
  durability?: 'full' | 'normal';
  help: boolean;
}

export const USAGE = `Usage: npm start -- [--port 8080] [--host 127.0.0.1] [--data ./data] [--public-url URL] [--join-limit 60]
                [--socket-limit 1000] [--end-idle-rooms 24] [--durability full]

  --port N          port to listen on (default 8080; 0 picks a free one)
  --host ADDRESS    127.0.0.1 (default) serves this computer only; 0.0.0.0 opens it to the LAN so phones can join
  --data DIR        folder for the SQLite file (default ./data)
  --public-url URL  the address phones should use, if the server guesses it wrong
  --join-limit N    joins at once from one address, then N every 30 s (default 60; raise it when a
                    whole class reaches the server through one address, e.g. a school's NAT)
  --socket-limit N  connections open at once from one address (default 1000; phones and host pages
                    each hold one; raise it when more people than that come through one address)
  --end-idle-rooms H
                    end a room after H hours with nothing sent by its host or participants and no
                    host page open, as if the host had ended it: its code stops working, its report
                    stays (default 24; 0 never; decimals such as 0.5 allowed)
  --durability D    full (default): what is acknowledged survives a power cut; normal: it survives
                    the server being killed or crashing, and disk writes cost far less`;

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { port: 8080, host: '127.0.0.1', dataDir: 'data', help: false };
  eachFlag(argv, (name, value, arg) => {
    switch (name) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port takes a number from 0 to 65535');
        options.port = port;
        break;
      }
      case '--host': options.host = value(); break;
      case '--data': options.dataDir = value(); break;
      case '--public-url': {
        const url = value();
        if (!/^https?:\/\/[^/]+/.test(url)) throw new Error('--public-url takes a URL like http://192.168.1.5:8080');
        options.publicUrl = url;
        break;
      }
      case '--join-limit': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new Error('--join-limit takes a whole number of joins, at least 1');
        options.joinLimit = n;
        break;
      }
      case '--socket-limit': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new Error('--socket-limit takes a whole number of connections, at least 1');
        options.socketLimit = n;
        break;
      }
      case '--end-idle-rooms': {
        const v = value();
        const hours = Number(v);
        if (!/^\d+(\.\d+)?$/.test(v) || !Number.isFinite(hours)) throw new Error('--end-idle-rooms takes a number of hours (0 never ends a room)');
        options.endIdleRoomsHours = hours;
        break;
      }
      case '--durability': {
        const d = value();
        if (d !== 'full' && d !== 'normal') throw new Error('--durability is "full" or "normal"');
        options.durability = d;
        break;
      }
      case '--help': case '-h': options.help = true; break;
      default: throw new Error(`unknown option ${arg}`);
    }
  }, (name) => new Error(`${name} needs a value`));
  return options;
}
