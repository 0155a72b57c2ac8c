import type { JobStage, StageType } from '../../../src-shared/domain/job.js';
import type { BoardCard } from '../../../src-shared/ipc/contracts/board.js';

const DAY = 86_400_000;

/** Whole days since `iso` (0 on the day itself); never negative, so a clock skew does not show "-1 d". */
export function daysSince(iso: string, now: number): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return 0;
  return Math.max(0, Math.floor((now - t) / DAY));
}

export interface CardFilter {
  /** Words matched against name, title and owner (all must match, case- and accent-insensitive). */
  text: string;
  /** Minimum rating; 0 shows unrated cards too. */
  minRating: number;
}

export const emptyFilter: CardFilter = { text: '', minRating: 0 };

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

export function filterCards(cards: readonly BoardCard[], filter: CardFilter): BoardCard[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length === 0 && filter.minRating === 0) return cards as BoardCard[];
  return cards.filter((c) => {
    if (filter.minRating > 0 && (c.rating ?? 0) < filter.minRating) return false;
    if (words.length === 0) return true;
    const hay = fold(`${c.candidateName} ${c.currentTitle} ${c.ownerName}`);
    return words.every((w) => hay.includes(w));
  });
}

/** Cards per stage id, keeping the order the core sent (rating, then longest in stage). */
export function groupByStage(stages: readonly JobStage[], cards: readonly BoardCard[]): Map<number, BoardCard[]> {
  const map = new Map<number, BoardCard[]>(stages.map((s) => [s.id, []]));
  for (const c of cards) map.get(c.stageId)?.push(c);
  return map;
}

/**
 * Keeps a column's previous array when its cards are the same objects in the same order, so a move re-renders only
 * the two columns it touches (the columns are memoised on their card array).
 */
export function keepUnchanged(prev: Map<number, BoardCard[]> | null, next: Map<number, BoardCard[]>): Map<number, BoardCard[]> {
  if (!prev) return next;
  const out = new Map<number, BoardCard[]>();
  for (const [stageId, list] of next) {
    const old = prev.get(stageId);
    out.set(stageId, old && old.length === list.length && old.every((c, i) => c === list[i]) ? old : list);
  }
  return out;
}

/** What a move to a stage of this type needs before it can be sent. */
export function moveRequirement(type: StageType): 'reason' | 'offer' | null {
  if (type === 'rejected' || type === 'withdrawn') return 'reason';
  if (type === 'offer') return 'offer';
  return null;
}

/** The stage to the left (-1) or right (+1) of `stageId`, or null at either end. */
export function neighbourStage(stages: readonly JobStage[], stageId: number, step: -1 | 1): JobStage | null {
  const sorted = [...stages].sort((a, b) => a.position - b.position);
  const i = sorted.findIndex((s) => s.id === stageId);
  if (i < 0) return null;
  return sorted[i + step] ?? null;
}

/** The card with its new stage, as the board shows it before the core answers (optimistic). */
export function movedCard(card: BoardCard, toStageId: number, nowIso: string): BoardCard {
  return { ...card, stageId: toStageId, stageEnteredAt: nowIso };
}
