import { z } from 'zod';
import type { SegmentEnv } from './dates.js';
import type { PreparedFacts, SegmentFacts } from './facts.js';
import { conditionSpecs } from './conditions/index.js';
import { tokenizeDocument } from './text-match.js';

/**
 * The segment query language: nested AND/OR groups (each may be negated) of typed conditions on candidate
 * fields. Stored as JSON in the vault, sent over IPC, compiled to one SQL query by the core, and evaluated in
 * plain TypeScript by the reference evaluator below.
 */

type Specs = typeof conditionSpecs;
type SpecOf<S> = S extends { schema: infer Z extends z.ZodType } ? Z : never;
export type ConditionSchema = SpecOf<Specs[number]>;
export type SegmentCondition = z.output<ConditionSchema>;
export type SegmentConditionInput = z.input<ConditionSchema>;
export type ConditionKind = SegmentCondition['kind'];
export type ConditionOf<K extends ConditionKind> = Extract<SegmentCondition, { kind: K }>;
export type ConditionInputOf<K extends ConditionKind> = Extract<SegmentConditionInput, { kind: K }>;

export const conditionKinds = conditionSpecs.map((s) => s.kind) as ConditionKind[];

/** A spec looked up by kind, typed for that kind. */
const specByKind = new Map<string, Specs[number]>(conditionSpecs.map((s) => [s.kind, s]));
export const conditionSpec = <K extends ConditionKind>(kind: K) => specByKind.get(kind)! as unknown as {
  kind: K;
  label: string;
  category: Specs[number]['category'];
  create(): ConditionInputOf<K>;
  evaluate(c: ConditionOf<K>, f: PreparedFacts, env: SegmentEnv): boolean;
  describe(c: ConditionOf<K>): string;
};

/** Bounds on one definition, so a stored or sent segment cannot ask for unbounded work. */
export const MAX_SEGMENT_DEPTH = 6;
export const MAX_SEGMENT_CONDITIONS = 60;
export const MAX_GROUP_CHILDREN = 30;

export interface SegmentGroup {
  kind: 'group';
  op: 'and' | 'or';
  /** NOT: the group matches the candidates its content does not match. */
  negate: boolean;
  children: SegmentNode[];
}
export type SegmentNode = SegmentGroup | SegmentCondition;

export interface SegmentGroupInput {
  kind: 'group';
  op: 'and' | 'or';
  negate?: boolean | undefined;
  children: SegmentNodeInput[];
}
export type SegmentNodeInput = SegmentGroupInput | SegmentConditionInput;

const conditionSchemas = conditionSpecs.map((s) => s.schema) as unknown as [ConditionSchema, ...ConditionSchema[]];

export const segmentGroup: z.ZodType<SegmentGroup, SegmentGroupInput> = z
  .object({
    kind: z.literal('group'),
    op: z.enum(['and', 'or']),
    negate: z.boolean().default(false),
    get children() {
      return z.array(segmentNode).max(MAX_GROUP_CHILDREN, `A group holds at most ${MAX_GROUP_CHILDREN} conditions`);
    },
  })
  .strict() as unknown as z.ZodType<SegmentGroup, SegmentGroupInput>;

// A discriminated union, so a bad condition reports its own field ("children.0.values: Pick at least one skill").
export const segmentNode: z.ZodType<SegmentNode, SegmentNodeInput> = z.discriminatedUnion('kind', [
  segmentGroup as unknown as z.ZodObject<{ kind: z.ZodLiteral<'group'> }>,
  ...(conditionSchemas as unknown as z.ZodObject<{ kind: z.ZodLiteral<string> }>[]),
]) as unknown as z.ZodType<SegmentNode, SegmentNodeInput>;

function measure(node: SegmentNode, depth: number): { depth: number; conditions: number } {
  if (node.kind !== 'group') return { depth, conditions: 1 };
  return node.children.reduce(
    (acc, c) => {
      const m = measure(c, depth + 1);
      return { depth: Math.max(acc.depth, m.depth), conditions: acc.conditions + m.conditions };
    },
    { depth, conditions: 0 },
  );
}

/** A whole segment definition: the root group. */
export const segmentDefinition = segmentGroup.superRefine((root, ctx) => {
  const m = measure(root, 1);
  if (m.depth > MAX_SEGMENT_DEPTH) ctx.addIssue({ code: 'custom', message: `Groups nest at most ${MAX_SEGMENT_DEPTH} deep` });
  if (m.conditions > MAX_SEGMENT_CONDITIONS) ctx.addIssue({ code: 'custom', message: `A segment has at most ${MAX_SEGMENT_CONDITIONS} conditions` });
});
export type SegmentDefinition = SegmentGroup;
export type SegmentDefinitionInput = SegmentGroupInput;

/** The segment of everyone: an empty AND group. */
export const everyone = (): SegmentDefinition => ({ kind: 'group', op: 'and', negate: false, children: [] });

/**
 * Drops groups left without conditions (recursively): an empty group is "not filled in yet", so it neither
 * narrows nor widens the segment. Both the compiler and the evaluator work on the normalised tree.
 */
export function normalizeSegment(root: SegmentGroup): SegmentGroup {
  const walk = (node: SegmentNode): SegmentNode | null => {
    if (node.kind !== 'group') return node;
    const children = node.children.map(walk).filter((c): c is SegmentNode => c !== null);
    return children.length === 0 ? null : { ...node, children };
  };
  const children = root.children.map(walk).filter((c): c is SegmentNode => c !== null);
  return { ...root, children };
}

export function prepareFacts(f: SegmentFacts): PreparedFacts {
  return { ...f, tokens: f.search ? tokenizeDocument(f.search) : null };
}

function evaluateNode(node: SegmentNode, facts: PreparedFacts, env: SegmentEnv): boolean {
  if (node.kind === 'group') {
    const inner =
      node.children.length === 0
        ? true
        : node.op === 'and'
          ? node.children.every((c) => evaluateNode(c, facts, env))
          : node.children.some((c) => evaluateNode(c, facts, env));
    return node.negate ? !inner : inner;
  }
  return conditionSpec(node.kind).evaluate(node as never, facts, env);
}

/** Reference evaluator: is this candidate a member? (The root of an empty segment matches everyone.) */
export function evaluateSegment(root: SegmentDefinition, facts: PreparedFacts, env: SegmentEnv): boolean {
  return evaluateNode(normalizeSegment(root), facts, env);
}

/** Reference evaluator over a whole snapshot: the member ids, ascending. */
export function segmentMembers(root: SegmentDefinition, all: readonly PreparedFacts[], env: SegmentEnv): number[] {
  const normalized = normalizeSegment(root);
  return all
    .filter((f) => evaluateNode(normalized, f, env))
    .map((f) => f.id)
    .sort((a, b) => a - b);
}

/** Every condition in the tree, depth first (for lookups such as "which lists does this segment use?"). */
export function conditionsOf(node: SegmentNode): SegmentCondition[] {
  return node.kind === 'group' ? node.children.flatMap(conditionsOf) : [node];
}

/** A readable one-paragraph summary ("Skills: any of Java AND (Location: GB OR …)"). */
export function describeSegment(node: SegmentNode): string {
  if (node.kind !== 'group') return conditionSpec(node.kind).describe(node as never);
  if (node.children.length === 0) return node.negate ? 'Nobody' : 'Everyone';
  const inner = node.children.map((c) => (c.kind === 'group' && c.children.length > 1 && !c.negate ? `(${describeSegment(c)})` : describeSegment(c)));
  const text = inner.join(node.op === 'and' ? ' AND ' : ' OR ');
  return node.negate ? `NOT (${text})` : text;
}
