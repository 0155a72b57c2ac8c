import { conditionSpecs } from '../../../src-shared/domain/segments/conditions/index.js';
import {
  conditionSpec,
  segmentDefinition,
  type ConditionKind,
  type SegmentConditionInput,
  type SegmentDefinitionInput,
  type SegmentNodeInput,
} from '../../../src-shared/domain/segments/ast.js';

/**
 * The builder's editable tree: the segment AST plus a stable key per node (React lists need one, and errors
 * are attached to nodes by it). Pure functions only; the store holds the current tree.
 */
export interface DraftGroup {
  key: string;
  kind: 'group';
  op: 'and' | 'or';
  negate: boolean;
  children: DraftNode[];
}
export type DraftCondition = SegmentConditionInput & { key: string };
export type DraftNode = DraftGroup | DraftCondition;

let counter = 0;
const nextKey = (): string => `n${++counter}`;

export const emptyGroup = (op: 'and' | 'or' = 'and'): DraftGroup => ({ key: nextKey(), kind: 'group', op, negate: false, children: [] });

export const newCondition = (kind: ConditionKind): DraftCondition => ({ ...conditionSpec(kind).create(), key: nextKey() }) as DraftCondition;

export function fromDefinition(node: SegmentNodeInput): DraftNode {
  if (node.kind === 'group') {
    return { key: nextKey(), kind: 'group', op: node.op, negate: node.negate ?? false, children: node.children.map(fromDefinition) };
  }
  return { ...node, key: nextKey() } as DraftCondition;
}

export function toNode(node: DraftNode): SegmentNodeInput {
  if (node.kind === 'group') return { kind: 'group', op: node.op, negate: node.negate, children: node.children.map(toNode) };
  const { key: _key, ...condition } = node;
  return condition as SegmentConditionInput;
}

export const toDefinition = (root: DraftGroup): SegmentDefinitionInput => toNode(root) as SegmentDefinitionInput;

/** Replaces the node with `key` (anywhere in the tree) by fn(node). */
export function updateNode(root: DraftGroup, key: string, fn: (node: DraftNode) => DraftNode): DraftGroup {
  const walk = (node: DraftNode): DraftNode => {
    if (node.key === key) return fn(node);
    if (node.kind !== 'group') return node;
    return { ...node, children: node.children.map(walk) };
  };
  return walk(root) as DraftGroup;
}

export function removeNode(root: DraftGroup, key: string): DraftGroup {
  const walk = (group: DraftGroup): DraftGroup => ({
    ...group,
    children: group.children.filter((c) => c.key !== key).map((c) => (c.kind === 'group' ? walk(c) : c)),
  });
  return walk(root);
}

export function addChild(root: DraftGroup, groupKey: string, child: DraftNode): DraftGroup {
  return updateNode(root, groupKey, (g) => (g.kind === 'group' ? { ...g, children: [...g.children, child] } : g));
}

export function findNode(root: DraftNode, key: string): DraftNode | null {
  if (root.key === key) return root;
  if (root.kind !== 'group') return null;
  for (const c of root.children) {
    const found = findNode(c, key);
    if (found) return found;
  }
  return null;
}

export const countConditions = (node: DraftNode): number => (node.kind === 'group' ? node.children.reduce((n, c) => n + countConditions(c), 0) : 1);

const schemaOf = new Map<string, { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }>(
  conditionSpecs.map((s) => [s.kind, s.schema]),
);

export interface DraftCheck {
  /** The definition to count: complete conditions only (an unfinished one does not narrow the segment yet). */
  definition: SegmentDefinitionInput;
  /** What an unfinished or wrong condition still needs, by node key (shown inline under it). */
  errors: Record<string, string>;
  /** The whole draft is valid as it stands (it can be saved). */
  complete: boolean;
}

/** Validates each condition with its own schema; keeps the valid ones for the live count. */
export function checkDraft(root: DraftGroup): DraftCheck {
  const errors: Record<string, string> = {};
  const keep = (node: DraftNode): SegmentNodeInput | null => {
    if (node.kind === 'group') {
      return { kind: 'group', op: node.op, negate: node.negate, children: node.children.map(keep).filter((c): c is SegmentNodeInput => c !== null) };
    }
    const { key, ...condition } = node;
    const result = schemaOf.get(condition.kind)!.safeParse(condition);
    if (result.success) return condition as SegmentConditionInput;
    errors[key] = result.error?.issues[0]?.message ?? 'Incomplete';
    return null;
  };
  const definition = keep(root) as SegmentDefinitionInput;
  const whole = segmentDefinition.safeParse(definition);
  return { definition, errors, complete: Object.keys(errors).length === 0 && whole.success };
}
