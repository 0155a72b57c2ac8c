import type { CandidateFields, Channel, Seniority } from '../../../../src-shared/domain/candidate.js';
import type { WriteDb } from '../../db/database.js';
import { insertCandidate } from '../../db/repositories/candidates.js';
import { sql } from '../../db/statements.js';
import { yieldToLoop } from '../../ipc/ports.js';
import { flushSearchIndexInChunks } from '../search-index.js';
import {
  companies,
  declineReasons,
  degrees,
  firstNames,
  languagesList,
  lastNames,
  places,
  recruiterNames,
  rejectionReasons,
  roleFamilies,
  sources,
  universities,
  withdrawalReasons,
  type Place,
  type RoleFamily,
} from './data.js';

/** mulberry32: tiny, fast and seedable, so the same seed gives the same agency on every machine. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number): boolean => next() < p;
  const sample = <T>(items: readonly T[], n: number): T[] => {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, chance, sample };
}
type Random = ReturnType<typeof createRandom>;

export interface SampleOptions {
  candidates: number;
  seed: number;
  now: Date;
  /** Candidates per transaction: small enough that one chunk stays well under 50 ms of event-loop time. */
  chunkSize?: number;
  /** Also write a plain-text resume per candidate (benchmarks search over resume text). */
  withResumeText?: boolean;
  onProgress?: (done: number, total: number, phase: string) => void;
}

export interface SampleCounts {
  recruiters: number;
  clients: number;
  contacts: number;
  jobs: number;
  candidates: number;
  applications: number;
  activities: number;
}

const DAY = 86_400_000;
const seniorities: Seniority[] = ['junior', 'mid', 'mid', 'senior', 'senior', 'lead', 'principal', 'director'];
const seniorityPrefix: Partial<Record<Seniority, string>> = { junior: 'Junior', senior: 'Senior', lead: 'Lead', principal: 'Principal' };
const stageTemplate = [
  ['Sourced', 'sourced'],
  ['Screening', 'screening'],
  ['First interview', 'interview'],
  ['Final interview', 'interview'],
  ['Offer', 'offer'],
  ['Hired', 'hired'],
  ['Rejected', 'rejected'],
  ['Withdrawn', 'withdrawn'],
] as const;
/** Chance of reaching the next of the five active stages; a realistic agency funnel. */
const advance = [0.7, 0.55, 0.5, 0.45];
const activityChannels: Channel[] = ['email', 'email', 'email', 'phone', 'phone', 'linkedin', 'linkedin', 'video', 'meeting', 'sms', 'whatsapp', 'note', 'event'];

const iso = (ms: number): string => new Date(ms).toISOString();
const slug = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/gi, 'o').replace(/[^a-zA-Z0-9]+/g, '').toLowerCase() || 'x';

interface JobRef {
  id: number;
  family: RoleFamily;
  place: Place;
  stages: number[];
  openedAt: number;
  feePercent: number;
  recruiterId: number;
  contactId: number;
}

/**
 * Writes a realistic agency: clients with hiring managers, jobs with pipelines, candidates with skills and
 * history, applications moving through stages over the last 12 months, offers won and lost, and a
 * multi-channel activity timeline. Ratios match the benchmark scale (≈3 applications, ≈10 activities per candidate).
 */
/**
 * Runs one chunk of writes in a transaction of its own — or, inside the caller's transaction, directly: nested
 * savepoints make SQLite keep a statement sub-journal that each release walks, which grew to a 21.8 s stall for
 * the 2000-candidate sample inside demo:load-sample's outer transaction.
 */
const SLICE_MS = 25;

function inChunk<T>(db: WriteDb, fn: () => T): T {
  return db.inTransaction ? fn() : db.transaction(fn)();
}

export async function generateSampleAgency(db: WriteDb, options: SampleOptions): Promise<SampleCounts> {
  const r = createRandom(options.seed);
  const now = options.now.getTime();
  const yearAgo = now - 365 * DAY;
  const chunk = options.chunkSize ?? 200;
  const counts: SampleCounts = { recruiters: 0, clients: 0, contacts: 0, jobs: 0, candidates: 0, applications: 0, activities: 0 };
  const report = (phase: string) => options.onProgress?.(counts.candidates, options.candidates, phase);

  const recruiterIds = inChunk(db, () =>
    recruiterNames.map((name) => {
      counts.recruiters++;
      return Number(
        sql(db, 'INSERT INTO recruiters (name, email, created_at) VALUES (?, ?, ?)').run(
          name,
          `${slug(name.split(' ')[0]!)}@agency.example`,
          iso(yearAgo - 200 * DAY),
        ).lastInsertRowid,
      );
    }),
  );

  const clientCount = Math.min(1500, Math.max(8, Math.round(options.candidates / 60)));
  const jobCount = Math.min(8000, Math.max(12, Math.round(options.candidates / 16)));
  const jobs: JobRef[] = [];
  const clients: { id: number; contacts: number[]; place: Place }[] = [];
  inChunk(db, () => {
    for (let i = 0; i < clientCount; i++) {
      const place = r.pick(places);
      const base = companies[i % companies.length]!;
      const name = i < companies.length ? base : `${base} ${Math.floor(i / companies.length) + 1}`;
      const created = iso(yearAgo - r.int(30, 400) * DAY);
      const family = r.pick(roleFamilies);
      const id = Number(
        sql(
          db,
          `INSERT INTO clients (name, industry, website, city, country, owner_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(name, r.pick(family.industries), `https://${slug(name)}.example`, place.city, place.country, r.pick(recruiterIds), created, created)
          .lastInsertRowid,
      );
      counts.clients++;
      const contacts: number[] = [];
      for (let c = 0, n = r.int(1, 3); c < n; c++) {
        const first = r.pick(firstNames);
        const last = r.pick(lastNames);
        contacts.push(
          Number(
            sql(
              db,
              `INSERT INTO contacts (client_id, first_name, last_name, title, email, phone, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
            ).run(
              id,
              first,
              last,
              r.pick(['Hiring Manager', 'Head of Talent', 'CTO', 'VP Engineering', 'HR Business Partner', 'Finance Director']),
              `${slug(first)}.${slug(last)}@${slug(name)}.example`,
              `${place.dial} ${r.int(100, 999)} ${r.int(1000, 9999)}`,
              created,
              created,
            ).lastInsertRowid,
          ),
        );
        counts.contacts++;
      }
      clients.push({ id, contacts, place });
    }
    for (let j = 0; j < jobCount; j++) {
      const client = r.pick(clients);
      const family = r.pick(roleFamilies);
      const level = r.pick(seniorities);
      const title = [seniorityPrefix[level], r.pick(family.titles)].filter(Boolean).join(' ');
      const openedAt = yearAgo + r.int(0, 330) * DAY;
      const salaryBase = r.int(40, 140) * 1000;
      const jobId = Number(
        sql(
          db,
          `INSERT INTO jobs (client_id, contact_id, title, description, requirements, city, country, remote, salary_min, salary_max,
             salary_currency, openings, status, fee_percent, opened_at, owner_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)`,
        ).run(
          client.id,
          r.pick(client.contacts),
          title,
          `${title} joining a growing ${family.family} team in ${client.place.city}.`,
          `Experience with ${r.sample(family.skills, 3).join(', ')}.`,
          client.place.city,
          client.place.country,
          r.pick(['onsite', 'hybrid', 'hybrid', 'remote']),
          salaryBase,
          salaryBase + r.int(10, 40) * 1000,
          client.place.currency,
          r.chance(0.15) ? 2 : 1,
          r.pick([18, 20, 20, 22, 25]),
          iso(openedAt),
          r.pick(recruiterIds),
          iso(openedAt),
          iso(openedAt),
        ).lastInsertRowid,
      );
      sql(db, 'INSERT INTO job_status_history (job_id, status, at) VALUES (?, ?, ?)').run(jobId, 'open', iso(openedAt));
      const stages = stageTemplate.map(([name, type], position) =>
        Number(sql(db, 'INSERT INTO job_stages (job_id, name, type, position) VALUES (?, ?, ?, ?)').run(jobId, name, type, position).lastInsertRowid),
      );
      counts.jobs++;
      jobs.push({ id: jobId, family, place: client.place, stages, openedAt, feePercent: 20, recruiterId: r.pick(recruiterIds), contactId: r.pick(client.contacts) });
    }
  });
  report('clients and jobs');

  const filledJobs = new Set<number>();
  if (db.inTransaction) {
    // Inside the caller's transaction chunk boundaries cost nothing: slice by time so no turn of the event loop
    // runs longer than SLICE_MS, however slow a candidate is to write on this machine.
    for (let i = 0; i < options.candidates; ) {
      const started = performance.now();
      do writeCandidate(db, r, i++, jobs, recruiterIds, filledJobs, counts, now, yearAgo, options);
      while (i < options.candidates && performance.now() - started < SLICE_MS);
      report('candidates');
      await yieldToLoop();
    }
  } else {
    for (let start = 0; start < options.candidates; start += chunk) {
      const end = Math.min(options.candidates, start + chunk);
      inChunk(db, () => {
        for (let i = start; i < end; i++) writeCandidate(db, r, i, jobs, recruiterIds, filledJobs, counts, now, yearAgo, options);
      });
      report('candidates');
      await yieldToLoop();
    }
  }

  inChunk(db, () => {
    for (const job of jobs) {
      if (filledJobs.has(job.id)) {
        const filledAt = (sql(db, 'SELECT max(offer_accepted_at) AS at FROM applications WHERE job_id = ?').get(job.id) as { at: string }).at;
        sql(db, `UPDATE jobs SET status = 'filled', filled_at = ?, updated_at = ? WHERE id = ?`).run(filledAt, filledAt, job.id);
        sql(db, 'INSERT INTO job_status_history (job_id, status, at) VALUES (?, ?, ?)').run(job.id, 'filled', filledAt);
      } else if (job.openedAt < now - 200 * DAY && r.chance(0.3)) {
        const at = iso(job.openedAt + r.int(60, 150) * DAY);
        const status = r.chance(0.5) ? 'on_hold' : 'closed';
        sql(db, `UPDATE jobs SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?`).run(status, status === 'closed' ? at : null, at, job.id);
        sql(db, 'INSERT INTO job_status_history (job_id, status, at) VALUES (?, ?, ?)').run(job.id, status, at);
      }
    }
    sql(db, `INSERT INTO settings (key, value) VALUES ('agency.name', ?) ON CONFLICT(key) DO NOTHING`).run(JSON.stringify('Northstar Talent Partners'));
  });
  // Bulk inserts only marked candidates dirty; index them all now, in event-loop-friendly chunks.
  await flushSearchIndexInChunks(db, { optimize: true, onProgress: () => report('search index') });
  report('done');
  return counts;
}

function writeCandidate(
  db: WriteDb,
  r: Random,
  index: number,
  jobs: JobRef[],
  recruiterIds: number[],
  filledJobs: Set<number>,
  counts: SampleCounts,
  now: number,
  yearAgo: number,
  options: SampleOptions,
): void {
  const family = r.pick(roleFamilies);
  const place = r.chance(0.85) ? r.pick(places) : r.pick(places);
  const level = r.pick(seniorities);
  const first = r.pick(firstNames);
  const last = r.pick(lastNames);
  const title = [seniorityPrefix[level], r.pick(family.titles)].filter(Boolean).join(' ');
  const company = r.pick(companies);
  const createdAt = yearAgo - r.int(0, 400) * DAY + r.int(0, DAY - 1);
  const years = { junior: 2, mid: 4, senior: 8, lead: 10, principal: 14, director: 16, intern: 0, executive: 20 }[level];
  const skills = r.sample(family.skills, r.int(3, 7)).map((name) => ({ name, level: r.int(2, 5), years: Math.max(0.5, r.int(1, years + 2)) }));
  const handle = `${slug(first)}.${slug(last)}${index}`;
  const fields: CandidateFields = {
    firstName: first,
    lastName: last,
    headline: `${title} · ${skills.slice(0, 3).map((s) => s.name).join(', ')}`,
    currentTitle: title,
    currentCompany: company,
    seniority: level,
    city: place.city,
    region: place.region,
    country: place.country,
    remotePreference: r.pick(['onsite', 'hybrid', 'hybrid', 'remote', 'flexible']),
    timezone: place.timezone,
    source: r.pick(sources),
    ownerId: r.pick(recruiterIds),
    preferredChannel: r.pick(['email', 'email', 'phone', 'linkedin', 'whatsapp']),
    availability: r.pick(['Immediately', '1 month', '3 months', 'Open to offers', 'Not looking']),
    noticePeriodDays: r.pick([0, 14, 30, 30, 60, 90]),
    workAuthorization: r.chance(0.8) ? `Authorised to work in ${place.country}` : 'Requires sponsorship',
    desiredRole: r.pick(family.titles),
    desiredSalaryMin: r.int(40, 150) * 1000,
    desiredSalaryMax: null,
    salaryCurrency: place.currency,
    careerGoals: r.pick(['Move into leadership', 'Deepen technical expertise', 'Join an early-stage company', 'Better work-life balance', 'Relocate abroad']),
    industries: r.sample(family.industries, r.int(1, 2)),
    languages: ['English', ...r.sample(languagesList.slice(1), r.int(0, 2))],
    tags: r.sample(['open-to-work', 'passive', 'silver-medalist', 'relocation', 'contractor', 'visa', 'diversity-pipeline', 'event-2026'], r.int(0, 2)),
    emails: [{ address: `${handle}@${r.pick(['mail.example', 'inbox.example', 'post.example'])}`, primary: true }],
    phones: [{ number: `${place.dial} ${r.int(100, 999)} ${r.int(1000, 9999)}`, primary: true }],
    skills,
    experience: [
      { title, company, start: new Date(createdAt - r.int(1, 4) * 365 * DAY).toISOString().slice(0, 7) },
      { title: r.pick(family.titles), company: r.pick(companies), start: new Date(createdAt - r.int(5, 9) * 365 * DAY).toISOString().slice(0, 7), end: new Date(createdAt - r.int(1, 4) * 365 * DAY).toISOString().slice(0, 7) },
    ],
    education: [{ institution: r.pick(universities), degree: r.pick(degrees), field: family.family === 'engineering' ? 'Computer Science' : 'Business', end: String(2024 - years - r.int(0, 3)) }],
    links: r.chance(0.7) ? [{ kind: 'linkedin', url: `https://www.linkedin.com/in/${handle.replace('.', '-')}` }] : [],
    consents: [{ purpose: 'recruitment', givenAt: iso(createdAt), source: 'Sample data', expiresAt: iso(createdAt + 730 * DAY), withdrawnAt: null }],
  };
  const candidateId = insertCandidate(db, fields, { at: iso(createdAt) });
  counts.candidates++;
  if (options.withResumeText) {
    const text = [
      `${first} ${last}`, title, `${place.city}, ${place.country}`, fields.emails[0]!.address, fields.phones[0]!.number,
      `Summary: ${fields.careerGoals}. ${years} years of experience in ${family.family}.`,
      `Skills: ${skills.map((s) => s.name).join(', ')}`,
      ...fields.experience.map((e) => `${e.title} at ${e.company} (${e.start ?? ''} – ${e.end ?? 'present'})`),
      ...fields.education.map((e) => `${e.degree} ${e.field}, ${e.institution}`),
    ].join('\n');
    const content = Buffer.from(text, 'utf8');
    sql(
      db,
      `INSERT INTO attachments (candidate_id, filename, mime, size, sha256, content, text, kind, created_at)
       VALUES (?, ?, 'text/plain', ?, '', ?, ?, 'resume', ?)`,
    ).run(candidateId, `${handle}-resume.txt`, content.length, content, text, iso(createdAt));
  }

  const applicationsWanted = Math.max(0, Math.round(r.next() * 5.5 + 0.2));
  const chosen = new Set<number>();
  let touches = 0;
  for (let a = 0; a < applicationsWanted && chosen.size < jobs.length; a++) {
    const job = r.pick(jobs);
    if (chosen.has(job.id)) continue;
    chosen.add(job.id);
    touches += writeApplication(db, r, candidateId, job, filledJobs, counts, now, fields);
  }
  const loose = Math.max(0, 10 - touches + r.int(-3, 3));
  const insertActivity = sql(
    db,
    `INSERT INTO activities (channel, direction, outcome, subject, occurred_at, candidate_id, recruiter_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let k = 0; k < loose; k++) {
    const at = iso(Math.min(now, Math.max(createdAt, yearAgo) + r.int(0, 364) * DAY + r.int(0, DAY - 1)));
    const ch = r.pick(activityChannels);
    const inbound = ch !== 'note' && r.chance(0.3);
    insertActivity.run(ch, ch === 'note' ? 'internal' : inbound ? 'inbound' : 'outbound', inbound ? 'replied' : r.pick(['sent', 'no answer', 'left voicemail', 'connected', '']), r.pick(['Checking in', 'New opportunity', 'Market update', 'Coffee chat', 'Follow-up']), at, candidateId, fields.ownerId, at);
    counts.activities++;
  }
}

/** One application's life: stage moves with history, outcome, and the touches that went with it. */
function writeApplication(
  db: WriteDb,
  r: Random,
  candidateId: number,
  job: JobRef,
  filledJobs: Set<number>,
  counts: SampleCounts,
  now: number,
  fields: CandidateFields,
): number {
  const entered = Math.min(now - DAY, job.openedAt + r.int(0, 60) * DAY + r.int(0, DAY - 1));
  let t = entered;
  let reached = 0;
  const moves: { from: number | null; to: number; at: number }[] = [{ from: null, to: job.stages[0]!, at: t }];
  while (reached < 4 && r.chance(advance[reached]!)) {
    const next = t + r.int(2, 14) * DAY;
    if (next > now) break;
    moves.push({ from: job.stages[reached]!, to: job.stages[reached + 1]!, at: next });
    t = next;
    reached++;
  }
  let status: 'active' | 'hired' | 'rejected' | 'withdrawn' = 'active';
  let rejection: string | null = null;
  let withdrawal: string | null = null;
  let offerExtended: number | null = null;
  let offerAccepted: number | null = null;
  let offerDeclined: number | null = null;
  let offerAmount: number | null = null;
  let fee: number | null = null;
  const stale = now - t > 21 * DAY;
  if (reached === 4) {
    offerExtended = t;
    offerAmount = (fields.desiredSalaryMin ?? 60000) + r.int(-5, 15) * 1000;
    const decided = t + r.int(1, 7) * DAY;
    if (decided <= now && !filledJobs.has(job.id) && r.chance(0.75)) {
      offerAccepted = decided;
      status = 'hired';
      fee = Math.round((offerAmount * job.feePercent) / 100);
      filledJobs.add(job.id);
      moves.push({ from: job.stages[4]!, to: job.stages[5]!, at: decided });
      t = decided;
    } else if (decided <= now) {
      offerDeclined = decided;
      status = 'withdrawn';
      withdrawal = `Declined offer: ${r.pick(declineReasons)}`;
      moves.push({ from: job.stages[4]!, to: job.stages[7]!, at: decided });
      t = decided;
    }
  } else if (stale) {
    const at = t + r.int(1, 10) * DAY;
    if (at <= now) {
      if (r.chance(0.85)) {
        status = 'rejected';
        rejection = r.pick(rejectionReasons);
        moves.push({ from: job.stages[reached]!, to: job.stages[6]!, at });
      } else {
        status = 'withdrawn';
        withdrawal = r.pick(withdrawalReasons);
        moves.push({ from: job.stages[reached]!, to: job.stages[7]!, at });
      }
      t = at;
    }
  }
  const last = moves[moves.length - 1]!;
  const appId = Number(
    sql(
      db,
      `INSERT INTO applications (candidate_id, job_id, stage_id, status, rating, rejection_reason, withdrawal_reason,
         offer_extended_at, offer_amount, offer_currency, offer_accepted_at, offer_declined_at, placement_fee,
         stage_entered_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      candidateId, job.id, last.to, status, r.chance(0.6) ? r.int(1, 5) : null, rejection, withdrawal,
      offerExtended === null ? null : iso(offerExtended), offerAmount, offerAmount === null ? null : fields.salaryCurrency,
      offerAccepted === null ? null : iso(offerAccepted), offerDeclined === null ? null : iso(offerDeclined), fee,
      iso(last.at), iso(entered), iso(t),
    ).lastInsertRowid,
  );
  counts.applications++;
  const history = sql(db, 'INSERT INTO stage_history (application_id, from_stage_id, to_stage_id, moved_at, moved_by) VALUES (?, ?, ?, ?, ?)');
  const activity = sql(
    db,
    `INSERT INTO activities (channel, direction, outcome, subject, occurred_at, duration_min, candidate_id, contact_id, job_id, application_id, recruiter_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let touches = 0;
  for (const move of moves) {
    history.run(appId, move.from, move.to, iso(move.at), job.recruiterId);
    const ch = r.pick(activityChannels.slice(0, 10));
    const at = iso(move.at + r.int(0, 6) * 3_600_000);
    activity.run(ch, 'outbound', 'sent', `Stage update: ${job.family.family} role`, at, ch === 'phone' || ch === 'video' ? r.int(5, 45) : null, candidateId, null, job.id, appId, job.recruiterId, at);
    counts.activities++;
    touches++;
    if (r.chance(0.5)) {
      const replyAt = iso(move.at + r.int(4, 72) * 3_600_000);
      activity.run(ch, 'inbound', 'replied', 'Re: stage update', replyAt, null, candidateId, null, job.id, appId, job.recruiterId, replyAt);
      counts.activities++;
      touches++;
    }
  }
  if (reached >= 2) {
    const at = iso(moves[2]!.at + DAY);
    activity.run('meeting', 'internal', 'feedback received', 'Interview feedback', at, 30, null, job.contactId, job.id, appId, job.recruiterId, at);
    counts.activities++;
  }
  return touches;
}
