import type { JobStage, StageType } from '../../../src-shared/domain/job.js';
import type { BoardCard, CardPosition } from '../../../src-shared/ipc/contracts/board.js';

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

/** Cards per stage id, keeping the order the core sent (the column order, see board:get-board). */
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

/**
 * The board's cards with `card` (already carrying its stage) at `position` of its column, as the core will place it:
 * the flat list keeps each column's order, so only the card's place among its new column's cards matters. A
 * neighbour that is no longer there puts it on top.
 */
export function placeCard(cards: readonly BoardCard[], card: BoardCard, position: CardPosition): BoardCard[] {
  const rest = cards.filter((c) => c.id !== card.id);
  let at = -1;
  if (position.place === 'before' || position.place === 'after') {
    const i = rest.findIndex((c) => c.id === position.cardId && c.stageId === card.stageId);
    if (i >= 0) at = position.place === 'before' ? i : i + 1;
  }
  if (at < 0 && position.place === 'bottom') {
    const last = rest.findLastIndex((c) => c.stageId === card.stageId);
    at = last >= 0 ? last + 1 : rest.length;
  }
  if (at < 0) {
    const first = rest.findIndex((c) => c.stageId === card.stageId);
    at = first >= 0 ? first : rest.length;
  }
  return [...rest.slice(0, at), card, ...rest.slice(at)];
}

/** Puts `card` back at `index` of the flat list (a refused move or reorder), wherever it is now. */
export function restoreCard(cards: readonly BoardCard[], card: BoardCard, index: number): BoardCard[] {
  const rest = cards.filter((c) => c.id !== card.id);
  const at = Math.min(Math.max(index, 0), rest.length);
  return [...rest.slice(0, at), card, ...rest.slice(at)];
}

/**
 * Alt+↑ / Alt+↓: the place one card up or down among the cards the column shows (a filtered column skips the hidden
 * ones, so the card visibly moves one step), or null at the top / bottom.
 */
export function stepPosition(column: readonly BoardCard[], cardId: number, step: -1 | 1): { position: CardPosition; index: number } | null {
  const i = column.findIndex((c) => c.id === cardId);
  const neighbour = i < 0 ? undefined : column[i + step];
  if (!neighbour) return null;
  return { position: { place: step < 0 ? 'before' : 'after', cardId: neighbour.id }, index: i + step };
}

/**
 * Where a dragged card lands when dropped on card `overId`. In its own column the cards have made room (sortable),
 * so it takes the over card's slot: before it when moving up, after it when moving down; null when it did not move.
 * From another column it goes before or after the card, by which half of that card the pointer is over.
 */
export function dropPosition(column: readonly BoardCard[], activeId: number, overId: number, belowMiddle: boolean): CardPosition | null {
  const from = column.findIndex((c) => c.id === activeId);
  const to = column.findIndex((c) => c.id === overId);
  if (from >= 0 && to >= 0) {
    if (from === to) return null;
    return { place: to < from ? 'before' : 'after', cardId: overId };
  }
  return { place: belowMiddle ? 'after' : 'before', cardId: overId };
}
