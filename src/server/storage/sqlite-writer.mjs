// The SQLite writer thread (see sqlite.ts). It owns the only connection that writes, so disk
// flushes and WAL checkpoints never hold up the server's event loop. Requests that arrive together
// are committed together: one transaction, one flush; each request in its own savepoint, so one
// failing request does not take the others with it. Plain JavaScript so it starts in any Node
// worker, with or without a TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file);
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${workerData.durability === 'normal' ? 'NORMAL' : 'FULL'}`);
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');

const statements = new Map();
const prepared = (sql) => {
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  return statement;
};

let pending = [];
let scheduled = false;

function flush() {
  scheduled = false;
  const batch = pending;
  pending = [];
  const replies = [];
  try {
    db.transaction(() => {
      for (const request of batch) {
        try {
          const changes = db.transaction(() => request.ops.map((op) => prepared(op.sql).run(op.params).changes))();
          replies.push({ id: request.id, ok: true, changes });
        } catch (error) {
          replies.push({ id: request.id, ok: false, error: { message: String(error?.message ?? error), code: error?.code ?? null } });
        }
      }
    })();
  } catch (error) {
    // The commit itself failed: nothing of this batch is on disk.
    for (const request of batch) parentPort.postMessage({ id: request.id, ok: false, error: { message: String(error?.message ?? error), code: error?.code ?? null } });
    return;
  }
  for (const reply of replies) parentPort.postMessage(reply);
}

parentPort.on('message', (message) => {
  if (message.type === 'close') {
    if (pending.length) flush();
    db.close();
    parentPort.postMessage({ type: 'closed' });
    return;
  }
  pending.push(message);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
});
