import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { PREVIEW_DEBOUNCE_MS, useBuilderStore } from '../builder-store.js';
import { addChild, newCondition, updateNode, type DraftCondition } from '../draft.js';

const preview = (count: number) => ok({ count, items: [], ms: 1 });

beforeEach(() => {
  vi.useFakeTimers();
  useBuilderStore.getState().reset();
});
afterEach(() => vi.useRealTimers());

describe('segment builder store', () => {
  it('asks for one count 250 ms after a burst of edits, with only complete conditions', async () => {
    const fake = installFakeBridge({ 'segments:preview-members': () => preview(7) });
    await useBuilderStore.getState().start(null);
    expect(fake.callsTo('segments:preview-members')).toHaveLength(1);

    const skills = newCondition('skills');
    const { edit } = useBuilderStore.getState();
    edit((root) => addChild(root, root.key, skills));
    edit((root) => updateNode(root, skills.key, (n) => ({ ...(n as DraftCondition), values: ['Ja'] }) as DraftCondition));
    edit((root) => updateNode(root, skills.key, (n) => ({ ...(n as DraftCondition), values: ['Java'] }) as DraftCondition));
    edit((root) => addChild(root, root.key, newCondition('tags')));
    expect(useBuilderStore.getState().preview.loading).toBe(true);
    await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS - 1);
    expect(fake.callsTo('segments:preview-members')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const calls = fake.callsTo('segments:preview-members') as { definition: { children: unknown[] } }[];
    expect(calls).toHaveLength(2);
    // The empty tags condition is not counted yet; the skills one is.
    expect(calls[1]!.definition.children).toEqual([{ kind: 'skills', mode: 'any', values: ['Java'], minLevel: null, minYears: null }]);
    expect(useBuilderStore.getState()).toMatchObject({ dirty: true, preview: { count: 7, loading: false } });
    expect(Object.keys(useBuilderStore.getState().check.errors)).toHaveLength(1);
  });

  it('shows only the latest answer when counts overlap', async () => {
    const answers: ((v: unknown) => void)[] = [];
    installFakeBridge({ 'segments:preview-members': () => new Promise((resolve) => answers.push(resolve as (v: unknown) => void)) as never });
    const first = useBuilderStore.getState().refresh();
    const second = useBuilderStore.getState().refresh();
    answers[1]!(preview(2));
    answers[0]!(preview(1));
    await Promise.all([first, second]);
    expect(useBuilderStore.getState().preview.count).toBe(2);
  });

  it('saves a new segment with a name, then updates it in place', async () => {
    const fake = installFakeBridge({
      'segments:preview-members': () => preview(3),
      'segments:create-segment': (req) => ok({ id: 9, version: 1, createdAt: '', updatedAt: '', ...(req as object), description: '' }),
      'segments:update-segment': (req) => ok({ id: 9, version: 2, createdAt: '', updatedAt: '', name: 'Leads', description: '', definition: (req as { definition: unknown }).definition }),
    });
    await useBuilderStore.getState().start(null);
    useBuilderStore.getState().edit((root) => addChild(root, root.key, { ...newCondition('seniority'), values: ['lead'] } as DraftCondition));
    const created = await useBuilderStore.getState().save({ name: 'Leads', description: '' });
    expect(created).toMatchObject({ ok: true, segment: { id: 9 } });
    expect(useBuilderStore.getState()).toMatchObject({ segmentId: 9, dirty: false, version: 1 });
    useBuilderStore.getState().edit((root) => addChild(root, root.key, { ...newCondition('remote'), values: ['remote'] } as DraftCondition));
    await useBuilderStore.getState().save();
    expect(fake.callsTo('segments:update-segment')[0]).toMatchObject({ id: 9, version: 1 });
    expect(useBuilderStore.getState().version).toBe(2);
  });

  it('refuses to save while a condition is unfinished', async () => {
    installFakeBridge({ 'segments:preview-members': () => preview(0) });
    await useBuilderStore.getState().start(null);
    useBuilderStore.getState().edit((root) => addChild(root, root.key, newCondition('skills')));
    expect(await useBuilderStore.getState().save({ name: 'x', description: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
