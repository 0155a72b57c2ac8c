import { describe, expect, it } from 'vitest';
import { addChild, checkDraft, emptyGroup, fromDefinition, newCondition, removeNode, toDefinition, updateNode, type DraftCondition, type DraftGroup } from '../draft.js';

describe('the builder draft', () => {
  it('round-trips a definition with keys added and stripped', () => {
    const definition = {
      kind: 'group' as const,
      op: 'and' as const,
      negate: false,
      children: [
        { kind: 'skills' as const, mode: 'any' as const, values: ['Java'], minLevel: null, minYears: null },
        { kind: 'group' as const, op: 'or' as const, negate: true, children: [{ kind: 'seniority' as const, values: ['lead' as const] }] },
      ],
    };
    const draft = fromDefinition(definition) as DraftGroup;
    expect(draft.key).toBeTruthy();
    expect(new Set([draft.key, ...draft.children.map((c) => c.key)]).size).toBe(3);
    expect(toDefinition(draft)).toEqual(definition);
  });

  it('adds, edits and removes nodes anywhere in the tree without touching the rest', () => {
    let root = emptyGroup();
    const inner = emptyGroup('or');
    root = addChild(root, root.key, inner);
    const tags = newCondition('tags');
    root = addChild(root, inner.key, tags);
    root = updateNode(root, tags.key, (n) => ({ ...(n as DraftCondition), values: ['vip'] }) as DraftCondition);
    expect(toDefinition(root)).toEqual({ kind: 'group', op: 'and', negate: false, children: [{ kind: 'group', op: 'or', negate: false, children: [{ kind: 'tags', mode: 'any', values: ['vip'] }] }] });
    root = removeNode(root, tags.key);
    expect((root.children[0] as DraftGroup).children).toEqual([]);
  });

  it('counts only complete conditions and explains what the others need', () => {
    let root = emptyGroup();
    const skills = newCondition('skills');
    const seniority = { ...newCondition('seniority'), values: ['senior'] } as DraftCondition;
    root = addChild(addChild(root, root.key, skills), root.key, seniority);
    const check = checkDraft(root);
    expect(check.complete).toBe(false);
    expect(check.errors).toEqual({ [skills.key]: 'Pick at least one skill' });
    expect(check.definition.children).toEqual([{ kind: 'seniority', values: ['senior'] }]);
    const text = { ...newCondition('text'), query: 'java OR' } as DraftCondition;
    expect(checkDraft(addChild(emptyGroup(), 'nope', text)).complete).toBe(true);
    const withText = addChild(root, root.key, text);
    expect(checkDraft(withText).errors[text.key]).toMatch(/OR needs a search term/);
  });
});
