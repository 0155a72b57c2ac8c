import type { ReminderDueEvent } from '../../../../src-shared/domain/reminders/reminder.js';
import type { WriteDb } from '../../db/database.js';
import { sql } from '../../db/statements.js';
import type { HandlerContext } from '../../ipc/handlers.js';
import type { Clock, Logger } from '../../ipc/ports.js';
import type { Vault } from '../../vault/vault.js';
import { runRules } from '../rules/rules.js';

interface DueRow {
  id: number;
  title: string;
  due_at: string;
  priority: ReminderDueEvent['priority'];
  candidate_id: number | null;
  subject_name: string | null;
}

/**
 * Fires every open reminder whose due time has passed and that has not fired for that due time. The firing
 * row (UNIQUE reminder+due time) and `fired_at` are written in one transaction before the event is pushed:
 * a crash after the commit loses at most a notification (the reminder still shows as overdue), never fires
 * twice. `lateBefore`: due times before it are reported as caught up (fell due while closed or locked).
 */
export function fireDueReminders(db: WriteDb, now: Date, lateBefore: Date | null): ReminderDueEvent[] {
  const nowIso = now.toISOString();
  const due = sql(
    db,
    `SELECT r.id, r.title, r.due_at, r.priority, r.candidate_id,
       coalesce(c.display_name, nullif(trim(ct.first_name || ' ' || ct.last_name), ''), j.title) AS subject_name
     FROM reminders r
     LEFT JOIN candidates c ON c.id = r.candidate_id
     LEFT JOIN contacts ct ON ct.id = r.contact_id
     LEFT JOIN jobs j ON j.id = r.job_id
     WHERE r.status = 'open' AND r.fired_at IS NULL AND r.due_at <= ?
     ORDER BY r.due_at LIMIT 500`,
  ).all(nowIso) as DueRow[];
  const fired: ReminderDueEvent[] = [];
  const insertFiring = sql(db, 'INSERT INTO reminder_firings (reminder_id, due_at, fired_at, late) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const markFired = sql(db, 'UPDATE reminders SET fired_at = ? WHERE id = ? AND due_at = ? AND fired_at IS NULL');
  db.transaction(() => {
    for (const r of due) {
      const late = lateBefore !== null && Date.parse(r.due_at) < lateBefore.getTime();
      const inserted = insertFiring.run(r.id, r.due_at, nowIso, late ? 1 : 0).changes === 1;
      markFired.run(nowIso, r.id, r.due_at);
      if (!inserted) continue; // fired for this due time before (e.g. snoozed back to the same minute)
      fired.push({
        reminderId: r.id,
        title: r.title,
        dueAt: r.due_at,
        priority: r.priority,
        candidateId: r.candidate_id,
        subjectName: r.subject_name,
        late,
      });
    }
  })();
  return fired;
}

/** The soonest unfired due time, to arm one timer instead of polling fast. */
function nextDueAt(db: WriteDb): number | null {
  const row = sql(db, `SELECT min(due_at) AS next FROM reminders WHERE status = 'open' AND fired_at IS NULL`).get() as { next: string | null };
  return row.next ? Date.parse(row.next) : null;
}

export interface SchedulerOptions {
  vault: Vault;
  clock: Clock;
  logger: Logger;
  emit: HandlerContext['emit'];
  /** Longest sleep between checks (clock changes, sleep/wake); default 60 s. */
  maxSleepMs?: number;
  /** How often the follow-up rules run; default hourly. 0 disables them (tests drive them by hand). */
  rulesEveryMs?: number;
}

const MAX_ANNOUNCED = 10;

const registry = new WeakMap<Vault, ReminderScheduler>();

/** Lets a handler that changed a due time re-arm the timer without holding a reference to the scheduler. */
export const pokeScheduler = (vault: Vault): void => registry.get(vault)?.poke();

/**
 * Runs while the vault is unlocked: catches up on start, then sleeps until the next due time (capped), fires,
 * and runs the follow-up rules now and then. Stopped on lock: no timer survives, nothing fires while locked.
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private lastRulesRun = 0;
  private readonly maxSleepMs: number;
  private readonly rulesEveryMs: number;

  constructor(private readonly options: SchedulerOptions) {
    this.maxSleepMs = options.maxSleepMs ?? 60_000;
    this.rulesEveryMs = options.rulesEveryMs ?? 3_600_000;
    registry.set(options.vault, this);
  }

  get isRunning(): boolean {
    return this.running;
  }

  start(): void {
    if (this.running || !this.options.vault.isUnlocked()) return;
    this.running = true;
    this.lastRulesRun = 0;
    // Everything already due fell due while the app was closed or locked: report it as caught up.
    this.tick(this.options.clock.now());
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Re-arm after a change of due times (create, snooze, complete). */
  poke(): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.tick(null);
  }

  /** One pass: rules (when due), fire, re-arm. `lateBefore` marks catch-up firings. Returns what fired. */
  tick(lateBefore: Date | null): ReminderDueEvent[] {
    if (!this.running || !this.options.vault.isUnlocked()) {
      this.stop();
      return [];
    }
    let fired: ReminderDueEvent[] = [];
    try {
      const db = this.options.vault.database();
      const now = this.options.clock.now();
      if (this.rulesEveryMs > 0 && now.getTime() - this.lastRulesRun >= this.rulesEveryMs) {
        this.lastRulesRun = now.getTime();
        runRules(db, now, { at: now.toISOString(), actor: 'scheduler' });
      }
      fired = fireDueReminders(db, now, lateBefore);
      // A first rules pass over an old vault can make hundreds due at once: all are recorded, a few are announced.
      for (const event of fired.slice(0, MAX_ANNOUNCED)) this.options.emit('reminder:due', event);
      this.arm(db, now);
    } catch (error) {
      this.options.logger.error('Reminder scheduler pass failed', { message: error instanceof Error ? error.message : String(error) });
      if (this.running) this.timer = setTimeout(() => this.tick(null), this.maxSleepMs);
    }
    return fired;
  }

  private arm(db: WriteDb, now: Date): void {
    if (this.timer) clearTimeout(this.timer);
    const next = nextDueAt(db);
    const wait = next === null ? this.maxSleepMs : Math.min(this.maxSleepMs, Math.max(50, next - now.getTime() + 20));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.tick(null);
    }, wait);
    this.timer.unref?.();
  }
}
