import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReminderDueEvent } from '../../src-shared/domain/reminders/reminder.js';
import { createCore, type Core } from '../../src-main/core/core.js';
import { testClock } from '../../src-main/core/services/__tests__/fixtures.js';
import { callIpc } from '../helpers/http.js';
import { startServe } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const PASS = 'correct horse battery staple';
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function openCore(dataDir: string, clock: ReturnType<typeof testClock>): { core: Core; fired: ReminderDueEvent[] } {
  const core = createCore({ dataDir, host: 'node', clock, scrypt: { N: 1024, r: 8, p: 1 }, scheduler: { maxSleepMs: 60_000, rulesEveryMs: 0 } });
  const fired: ReminderDueEvent[] = [];
  core.subscribe((name, payload) => {
    if (name === 'reminder:due') fired.push(payload as ReminderDueEvent);
  });
  cleanups.push(() => core.close());
  return { core, fired };
}

async function call(core: Core, channel: Parameters<Core['dispatch']>[0], req: unknown): Promise<never> {
  const r = await core.dispatch(channel, req as never);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as never;
}

describe('scheduler', () => {
  it('fires once when due, catches up after a restart, and never fires the same due time twice', async () => {
    const tmp = tempDir('rapport-sched-');
    cleanups.push(() => tmp.cleanup());
    const dataDir = path.join(tmp.dir, 'vault');
    const clock = testClock('2026-03-28T08:00:00.000Z');

    const a = openCore(dataDir, clock);
    await call(a.core, 'vault:create', { passphrase: PASS });
    expect(a.core.scheduler!.isRunning).toBe(true);
    const r1 = await call(a.core, 'reminders:create-reminder', { title: 'Call Ada', dueAt: '2026-03-28T09:00:00.000Z', timeZone: 'Europe/Oslo' }) as { id: number };
    const r2 = await call(a.core, 'reminders:create-reminder', { title: 'Write to Bo', dueAt: '2026-03-28T12:00:00.000Z', timeZone: 'Europe/Oslo' }) as { id: number };

    clock.set('2026-03-28T09:30:00.000Z');
    a.core.scheduler!.tick(null);
    a.core.scheduler!.tick(null);
    expect(a.fired.map((f) => [f.reminderId, f.late])).toEqual([[r1.id, false]]);

    // Locking stops the timers: nothing fires while locked, even when due.
    await call(a.core, 'vault:lock', {});
    expect(a.core.scheduler!.isRunning).toBe(false);
    clock.set('2026-03-28T13:00:00.000Z');
    expect(a.core.scheduler!.tick(null)).toEqual([]);
    await a.core.close();

    // "Restart": a new core on the same vault. r2 fell due while closed: it fires once, marked late; r1 does not refire.
    const b = openCore(dataDir, clock);
    await call(b.core, 'vault:unlock', { passphrase: PASS });
    expect(b.fired.map((f) => [f.reminderId, f.late])).toEqual([[r2.id, true]]);
    b.core.scheduler!.tick(null);
    expect(b.fired).toHaveLength(1);
    const firings = b.core.vault.database().prepare('SELECT reminder_id, due_at, late FROM reminder_firings ORDER BY id').all();
    expect(firings).toEqual([
      { reminder_id: r1.id, due_at: '2026-03-28T09:00:00.000Z', late: 0 },
      { reminder_id: r2.id, due_at: '2026-03-28T12:00:00.000Z', late: 1 },
    ]);

    // A snooze is a new due time: it fires again once at the new time.
    await call(b.core, 'reminders:snooze-reminder', { id: r1.id, preset: '1h' });
    clock.set('2026-03-28T14:30:00.000Z');
    b.core.scheduler!.tick(null);
    expect(b.fired.map((f) => f.reminderId)).toEqual([r2.id, r1.id]);
    await b.core.close();

    const c = openCore(dataDir, clock);
    await call(c.core, 'vault:unlock', { passphrase: PASS });
    c.core.scheduler!.tick(null);
    expect(c.fired).toEqual([]);
  });

  it('arms a real timer for the next due time', async () => {
    const tmp = tempDir('rapport-sched-');
    cleanups.push(() => tmp.cleanup());
    const core = createCore({ dataDir: path.join(tmp.dir, 'vault'), host: 'node', scrypt: { N: 1024, r: 8, p: 1 }, scheduler: { rulesEveryMs: 0 } });
    cleanups.push(() => core.close());
    const got = new Promise<ReminderDueEvent>((resolve) => core.subscribe((name, p) => name === 'reminder:due' && resolve(p as ReminderDueEvent)));
    await call(core, 'vault:create', { passphrase: PASS });
    const r = (await call(core, 'reminders:create-reminder', { title: 'Soon', dueAt: new Date(Date.now() + 300).toISOString() })) as { id: number };
    const event = await got;
    expect(event).toMatchObject({ reminderId: r.id, title: 'Soon', late: false });
  });

  it('the CLI does not run a scheduler (a one-shot call must not consume due reminders)', () => {
    const tmp = tempDir('rapport-sched-');
    cleanups.push(() => tmp.cleanup());
    const core = createCore({ dataDir: path.join(tmp.dir, 'vault'), host: 'cli' });
    cleanups.push(() => core.close());
    expect(core.scheduler).toBeNull();
  });
});

/** Reads the host's SSE stream and collects reminder:due events. */
function sse(port: number, token: string): { events: ReminderDueEvent[]; ready: Promise<void>; close(): void } {
  const events: ReminderDueEvent[] = [];
  let req: http.ClientRequest;
  const ready = new Promise<void>((resolve, reject) => {
    req = http.get({ host: '127.0.0.1', port, path: '/events', headers: { Authorization: `Bearer ${token}` } }, (res) => {
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buf += chunk;
        if (buf.includes(': connected')) resolve();
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const frame = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const name = /^event: (.+)$/m.exec(frame)?.[1];
          const data = /^data: (.+)$/m.exec(frame)?.[1];
          if (name === 'reminder:due' && data) events.push(JSON.parse(data) as ReminderDueEvent);
        }
      });
    });
    req.on('error', reject);
  });
  return { events, ready, close: () => req.destroy() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('scheduler across a real host restart', () => {
  it('a reminder that fell due while the host was stopped fires once on the next start, never twice', async () => {
    const tmp = tempDir('rapport-sched-host-');
    cleanups.push(() => tmp.cleanup());
    const env = {};
    let host = await startServe(tmp.dir, env);
    cleanups.push(() => host.child.kill('SIGTERM'));
    expect((await callIpc(host.port, host.token, 'vault:create', { passphrase: PASS })).status).toBe(200);
    const dueAt = new Date(Date.now() + 2500).toISOString();
    const created = (await callIpc(host.port, host.token, 'reminders:create-reminder', { title: 'Fell due while closed', dueAt })).json as { value: { id: number } };
    const id = created.value.id;
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));
    await sleep(3000);

    host = await startServe(tmp.dir, env);
    let stream = sse(host.port, host.token);
    await stream.ready;
    expect((await callIpc(host.port, host.token, 'vault:unlock', { passphrase: PASS })).status).toBe(200);
    for (let i = 0; i < 50 && stream.events.length === 0; i++) await sleep(100);
    expect(stream.events).toEqual([expect.objectContaining({ reminderId: id, late: true, title: 'Fell due while closed' })]);
    const firedAt = ((await callIpc(host.port, host.token, 'reminders:get-reminder', { id })).json as { value: { firedAt: string } }).value.firedAt;
    expect(firedAt).toBeTruthy();
    stream.close();
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));

    host = await startServe(tmp.dir, env);
    stream = sse(host.port, host.token);
    await stream.ready;
    await callIpc(host.port, host.token, 'vault:unlock', { passphrase: PASS });
    await sleep(1500);
    expect(stream.events).toEqual([]);
    expect(((await callIpc(host.port, host.token, 'reminders:get-reminder', { id })).json as { value: { firedAt: string } }).value.firedAt).toBe(firedAt);
    stream.close();
    host.child.kill('SIGTERM');
  });
});
