import { create } from 'zustand';
import type { OfferInput } from '../../../src-shared/domain/application.js';
import type { Job, StageType } from '../../../src-shared/domain/job.js';
import type { BoardCard, CardPosition } from '../../../src-shared/ipc/contracts/board.js';
import type { AppError, Result } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';
import { notify } from '../notifications/store.js';
import { emptyFilter, movedCard, placeCard, restoreCard, type CardFilter } from './board-logic.js';

export interface MoveExtras {
  reason?: string;
  offer?: OfferInput;
  /** Where in the new column (a drop); without it the card goes on top, as the core puts it. */
  position?: CardPosition;
}

interface BoardState {
  jobId: number | null;
  job: Job | null;
  cards: BoardCard[];
  loading: boolean;
  error: AppError | null;
  filter: CardFilter;
  load(jobId: number): Promise<void>;
  setFilter(filter: Partial<CardFilter>): void;
  /** Moves at once on screen, then asks the core; puts the card back with the core's message if refused. */
  move(cardId: number, toStageId: number, extras?: MoveExtras): Promise<boolean>;
  /** Reorders within the card's column, the same way: on screen at once, back in its place if refused. */
  reorder(cardId: number, position: CardPosition): Promise<boolean>;
  addStage(name: string, type: StageType): Promise<boolean>;
  renameStage(stageId: number, name: string): Promise<boolean>;
  reorderStages(stageIds: number[]): Promise<boolean>;
  removeStage(stageId: number, reassignTo?: number): Promise<boolean>;
  reset(): void;
}

const initial = { jobId: null, job: null, cards: [], loading: false, error: null, filter: emptyFilter };
let request = 0;

/**
 * One card's writes go to the core one after another, each with the version the previous one answered: three quick
 * Alt+↓ presses are three reorders, not one reorder and two conflicts. The screen does not wait (optimistic).
 */
const queues = new Map<number, Promise<unknown>>();
function queued<T>(cardId: number, send: () => Promise<T>): Promise<T> {
  const previous = queues.get(cardId) ?? Promise.resolve();
  const next = previous.then(send, send);
  queues.set(cardId, next);
  void next.finally(() => {
    if (queues.get(cardId) === next) queues.delete(cardId);
  });
  return next;
}

/** "Someone else changed it" reads better than the raw code; every other refusal carries the core's own message. */
export function refusalMessage(error: AppError, what: string): string {
  if (error.code === 'conflict') return `${what}: it was changed elsewhere, so the board was reloaded. Try again.`;
  return `${what}: ${error.message}`;
}

export const useBoardStore = create<BoardState>()((set, get) => {
  /** Stage edits answer with the whole job; a refusal reloads, since the job's version has moved on. */
  const stageEdit = async (label: string, call: (version: number) => Promise<Result<Job>>): Promise<boolean> => {
    const { job } = get();
    if (!job) return false;
    const result = await call(job.version);
    if (result.ok) {
      // Stage counts changed (remove with reassignment moves cards): re-read the cards too.
      await get().load(job.id);
      return true;
    }
    notify.error(refusalMessage(result.error, label));
    if (result.error.code === 'conflict') await get().load(job.id);
    return false;
  };

  return {
    ...initial,
    load: async (jobId) => {
      const mine = ++request;
      set((s) => ({ loading: true, ...(s.jobId === jobId ? {} : { job: null, cards: [], jobId, filter: emptyFilter }) }));
      const result = await invoke('board:get-board', { jobId });
      if (mine !== request) return;
      if (result.ok) set({ job: result.value.job, cards: result.value.cards, loading: false, error: null });
      else set({ loading: false, error: result.error });
    },
    setFilter: (filter) => set((s) => ({ filter: { ...s.filter, ...filter } })),
    move: async (cardId, toStageId, extras = {}) => {
      const before = get().cards.find((c) => c.id === cardId);
      const index = get().cards.findIndex((c) => c.id === cardId);
      const job = get().job;
      if (!before || !job || before.stageId === toStageId) return false;
      const stageName = job.stages.find((s) => s.id === toStageId)?.name ?? 'the stage';
      set((s) => ({ cards: placeCard(s.cards, movedCard(before, toStageId, new Date().toISOString()), extras.position ?? { place: 'top' }) }));
      const result = await queued(cardId, () =>
        invoke('applications:move-application', {
          id: cardId,
          version: get().cards.find((c) => c.id === cardId)?.version ?? before.version,
          toStageId,
          ...(extras.reason ? { reason: extras.reason } : {}),
          ...(extras.offer ? { offer: extras.offer } : {}),
          ...(extras.position ? { position: extras.position } : {}),
        }),
      );
      if (result.ok) {
        const a = result.value;
        set((s) => ({
          cards: s.cards.map((c) => (c.id === cardId ? { ...c, version: a.version, stageId: a.stageId, status: a.status, stageEnteredAt: a.stageEnteredAt } : c)),
        }));
        notify.success(`Moved ${before.candidateName} to ${stageName}`);
        return true;
      }
      // Roll back to exactly what was there (the same place in the same column), then say why.
      set((s) => ({ cards: restoreCard(s.cards, before, index) }));
      notify.error(refusalMessage(result.error, `Could not move ${before.candidateName}`));
      if (result.error.code === 'conflict') await get().load(job.id);
      return false;
    },
    reorder: async (cardId, position) => {
      const before = get().cards.find((c) => c.id === cardId);
      const index = get().cards.findIndex((c) => c.id === cardId);
      const job = get().job;
      if (!before || !job) return false;
      set((s) => ({ cards: placeCard(s.cards, before, position) }));
      const result = await queued(cardId, () =>
        invoke('board:reorder-card', { id: cardId, version: get().cards.find((c) => c.id === cardId)?.version ?? before.version, position }),
      );
      if (result.ok) {
        const version = result.value.version;
        set((s) => ({ cards: s.cards.map((c) => (c.id === cardId ? { ...c, version } : c)) }));
        return true;
      }
      set((s) => ({ cards: restoreCard(s.cards, before, index) }));
      notify.error(refusalMessage(result.error, `Could not reorder ${before.candidateName}`));
      if (result.error.code === 'conflict') await get().load(job.id);
      return false;
    },
    addStage: (name, type) =>
      stageEdit('Could not add the stage', (version) => invoke('jobs:add-stage', { jobId: get().job!.id, version, name, type })),
    renameStage: (stageId, name) =>
      stageEdit('Could not rename the stage', (version) => invoke('jobs:rename-stage', { stageId, version, name })),
    reorderStages: (stageIds) =>
      stageEdit('Could not reorder the stages', (version) => invoke('jobs:reorder-stages', { jobId: get().job!.id, version, stageIds })),
    removeStage: (stageId, reassignTo) =>
      stageEdit('Could not remove the stage', (version) =>
        invoke('jobs:remove-stage', { stageId, version, ...(reassignTo !== undefined ? { reassignTo } : {}) }),
      ),
    reset: () => {
      request++;
      set(initial);
    },
  };
});
