import { afterEach, describe, expect, it } from 'vitest';
import { fail, installFakeBridge, ok } from '../../../ipc/__tests__/fake-bridge.js';
import { useToastStore } from '../../notifications/store.js';
import { CONFLICT_MESSAGE, useCandidateProfileStore } from '../profile-store.js';

const base = { id: 5, version: 1, displayName: 'Ingrid Solberg', firstName: 'Ingrid', lastName: 'Solberg', currentTitle: 'Engineer', country: 'NO' };

afterEach(() => {
  useCandidateProfileStore.getState().reset();
  useToastStore.setState({ queue: [] });
});

describe('candidate profile store: optimistic edits', () => {
  it('shows the edit at once and keeps the version the core returns', async () => {
    installFakeBridge({
      'candidates:get-candidate': () => ok(base),
      'candidates:update-candidate': (p) => ok({ ...base, ...(p as { patch: object }).patch, version: 2 }),
    });
    await useCandidateProfileStore.getState().load(5);
    const saving = useCandidateProfileStore.getState().update({ currentTitle: 'Staff Engineer' }, 'currentTitle');
    expect(useCandidateProfileStore.getState().candidate?.currentTitle).toBe('Staff Engineer');
    expect(await saving).toBe(true);
    expect(useCandidateProfileStore.getState().confirmed?.version).toBe(2);
  });

  it('rolls back and names the field on invalid_input', async () => {
    installFakeBridge({
      'candidates:get-candidate': () => ok(base),
      'candidates:update-candidate': () => fail('invalid_input', 'Use 2 letters', 'patch.country'),
    });
    await useCandidateProfileStore.getState().load(5);
    expect(await useCandidateProfileStore.getState().update({ country: 'NOR' }, 'country')).toBe(false);
    expect(useCandidateProfileStore.getState().candidate?.country).toBe('NO');
    expect(useCandidateProfileStore.getState().fieldErrors.country).toBe('Use 2 letters');
  });

  it('rolls back on conflict with a clear message and reloads the latest version', async () => {
    let reads = 0;
    installFakeBridge({
      'candidates:get-candidate': () => ok({ ...base, version: ++reads, headline: reads > 1 ? 'Changed elsewhere' : '' }),
      'candidates:update-candidate': () => fail('conflict', 'stale'),
    });
    await useCandidateProfileStore.getState().load(5);
    expect(await useCandidateProfileStore.getState().update({ currentTitle: 'Mine' }, 'currentTitle')).toBe(false);
    const s = useCandidateProfileStore.getState();
    expect(s.candidate?.currentTitle).toBe('Engineer');
    expect((s.candidate as { headline?: string }).headline).toBe('Changed elsewhere');
    expect(useToastStore.getState().queue.map((t) => t.message)).toContain(CONFLICT_MESSAGE);
  });

  it('sends queued edits one after another, each with the version the previous produced', async () => {
    let version = 1;
    const fake = installFakeBridge({
      'candidates:get-candidate': () => ok(base),
      'candidates:update-candidate': (p) => {
        const req = p as { version: number; patch: object };
        if (req.version !== version) return fail('conflict', 'stale');
        return ok({ ...base, ...req.patch, version: ++version });
      },
    });
    await useCandidateProfileStore.getState().load(5);
    const a = useCandidateProfileStore.getState().update({ currentTitle: 'A' }, 'currentTitle');
    const b = useCandidateProfileStore.getState().update({ lastName: 'B' }, 'lastName');
    expect(await Promise.all([a, b])).toEqual([true, true]);
    expect((fake.callsTo('candidates:update-candidate') as { version: number }[]).map((c) => c.version)).toEqual([1, 2]);
  });
});
