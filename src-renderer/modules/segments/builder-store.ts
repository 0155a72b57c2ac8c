import { create } from 'zustand';
import { segmentDefinition } from '../../../src-shared/domain/segments/ast.js';
import type { Segment, SegmentMember } from '../../../src-shared/ipc/contracts/segments.js';
import type { AppError } from '../../../src-shared/ipc/result.js';
import { invoke } from '../../ipc/client.js';
import { checkDraft, emptyGroup, fromDefinition, type DraftCheck, type DraftGroup } from './draft.js';

/** How long the builder waits after the last edit before asking for a new count (typing stays smooth). */
export const PREVIEW_DEBOUNCE_MS = 250;
export const PREVIEW_SIZE = 20;

interface Preview {
  count: number | null;
  items: SegmentMember[];
  ms: number | null;
  loading: boolean;
  error: string | null;
}

interface BuilderState {
  /** null: a new, unsaved segment. */
  segmentId: number | null;
  name: string;
  description: string;
  version: number;
  root: DraftGroup;
  check: DraftCheck;
  dirty: boolean;
  status: 'idle' | 'loading' | 'ready' | 'missing';
  loadError: string | null;
  preview: Preview;
  saving: boolean;
  /** Open the builder on a saved segment (id) or a blank one (null). */
  start(id: number | null): Promise<void>;
  edit(fn: (root: DraftGroup) => DraftGroup): void;
  /** Saves in place (a saved segment) or creates one with `meta` (a new one, or "save as"). */
  save(meta?: { name: string; description: string }): Promise<{ ok: true; segment: Segment } | { ok: false; error: AppError }>;
  refresh(): Promise<void>;
  reset(): void;
}

const blankPreview: Preview = { count: null, items: [], ms: null, loading: false, error: null };

function initial() {
  const root = emptyGroup();
  return {
    segmentId: null,
    name: '',
    description: '',
    version: 0,
    root,
    check: checkDraft(root),
    dirty: false,
    status: 'idle' as const,
    loadError: null,
    preview: blankPreview,
    saving: false,
  };
}

let timer: ReturnType<typeof setTimeout> | null = null;
let request = 0;

const schedule = (run: () => void) => {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    run();
  }, PREVIEW_DEBOUNCE_MS);
};

/**
 * The segment being built: its condition tree, the live count and newest members (refreshed 250 ms after the
 * last edit; only the latest answer is shown), and saving. Holds nothing once the builder closes.
 */
export const useBuilderStore = create<BuilderState>()((set, get) => ({
  ...initial(),
  start: async (id) => {
    const mine = ++request;
    if (id === null) {
      set({ ...initial(), status: 'ready' });
      await get().refresh();
      return;
    }
    set({ ...initial(), status: 'loading', segmentId: id });
    const result = await invoke('segments:get-segment', { id });
    if (mine !== request) return;
    if (!result.ok) {
      set({ status: 'missing', loadError: result.error.message });
      return;
    }
    const s = result.value;
    const root = fromDefinition(s.definition) as DraftGroup;
    set({ segmentId: s.id, name: s.name, description: s.description, version: s.version, root, check: checkDraft(root), dirty: false, status: 'ready' });
    await get().refresh();
  },
  edit: (fn) => {
    const root = fn(get().root);
    set({ root, check: checkDraft(root), dirty: true, preview: { ...get().preview, loading: true } });
    schedule(() => void get().refresh());
  },
  refresh: async () => {
    const mine = ++request;
    set({ preview: { ...get().preview, loading: true } });
    const result = await invoke('segments:preview-members', { definition: get().check.definition, limit: PREVIEW_SIZE });
    if (mine !== request) return;
    if (result.ok) set({ preview: { count: result.value.count, items: result.value.items, ms: result.value.ms, loading: false, error: null } });
    else set({ preview: { ...get().preview, loading: false, error: result.error.message } });
  },
  save: async (meta) => {
    const { segmentId, version, check, root } = get();
    const definition = segmentDefinition.safeParse(check.definition);
    if (!check.complete || !definition.success) {
      return { ok: false, error: { code: 'invalid_input', message: 'Finish or remove the conditions marked in red before saving.' } };
    }
    set({ saving: true });
    const result =
      segmentId !== null && !meta
        ? await invoke('segments:update-segment', { id: segmentId, version, definition: check.definition })
        : await invoke('segments:create-segment', { name: meta?.name ?? get().name, description: meta?.description ?? get().description, definition: check.definition });
    set({ saving: false });
    if (!result.ok) return { ok: false, error: result.error };
    const s = result.value;
    // Keep the tree (and its keys) as edited: it is what was saved.
    set({ segmentId: s.id, name: s.name, description: s.description, version: s.version, dirty: false, root });
    return { ok: true, segment: s };
  },
  reset: () => {
    request++;
    if (timer) clearTimeout(timer);
    timer = null;
    set(initial());
  },
}));
