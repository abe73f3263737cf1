// `npm start`: the workshop server (after the game is built). See docs/workshop.md.
import { parseArgs, USAGE } from './args.ts';
import { startWorkshopServer } from './server.ts';

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const server = await startWorkshopServer({
  port: options.port, host: options.host, dataDir: options.dataDir, durability: options.durability ?? 'full',
  ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  limits: {
    ...(options.joinLimit ? { joinsPerIp: { burst: options.joinLimit, perSecond: options.joinLimit / 30 } } : {}),
    ...(options.socketLimit ? { socketsPerIp: options.socketLimit } : {}),
  },
  ...(options.endIdleRoomsHours !== undefined ? { endIdleRoomsAfterMs: options.endIdleRoomsHours * 3_600_000 } : {}),
});
console.log(`识骗 workshop server listening on ${server.url}`);
console.log(`  Host dashboard 主持人页面:   ${server.url}/host`);
console.log(`  Phones join at 手机加入地址: ${server.origin.origin}${server.origin.localOnly ? '  (this computer only: start with --host 0.0.0.0 to open it to the LAN)' : ''}`);
console.log(`  Data 数据: ${options.dataDir}`);

let closing = false;
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  console.log(`${signal}: closing`);
  server.close().then(() => process.exit(0), () => process.exit(1));
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
