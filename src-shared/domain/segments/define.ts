import type { z } from 'zod';
import type { SegmentEnv } from './dates.js';
import type { PreparedFacts } from './facts.js';

/** Where a condition appears in the builder's "Add condition" menu. */
export type ConditionCategory = 'Profile' | 'Skills & interests' | 'Location' | 'Engagement' | 'Pipeline' | 'Compliance' | 'Lists';

/**
 * One kind of segment condition: its schema, how the builder names it, and its reference semantics. The core
 * adds the SQL side (a Record over every kind, so a missing compiler is a compile error) and the renderer an
 * editor (the same). Adding a condition: one file in conditions/, one line in conditions/index.ts, then the
 * compiler and editor entries the type checker asks for.
 */
export interface ConditionSpec<S extends z.ZodType<{ kind: string }>> {
  kind: z.output<S>['kind'];
  schema: S;
  label: string;
  category: ConditionCategory;
  /** A condition as first added in the builder (may still be incomplete; validation says what is missing). */
  create(): z.input<S>;
  /** Reference semantics: does this candidate satisfy the condition at env.now? */
  evaluate(condition: z.output<S>, facts: PreparedFacts, env: SegmentEnv): boolean;
  /** One line a recruiter reads ("Skills: any of Java, Kotlin (level ≥ 3)"). */
  describe(condition: z.output<S>): string;
}

/** Curried so the schema fixes the types before the rest of the spec is checked against them. */
export const defineCondition =
  <S extends z.ZodType<{ kind: string }>>(schema: S) =>
  (spec: Omit<ConditionSpec<S>, 'schema'>): ConditionSpec<S> => ({ ...spec, schema });

/** SQLite's NOCASE collation folds ASCII letters only; the evaluator compares the same way. */
export const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
export const sameNoCase = (a: string, b: string): boolean => asciiLower(a) === asciiLower(b);

/** Values that NOCASE treats as one, counted once (an "all of" list must not ask for the same skill twice). */
export function distinctNoCase(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const key = asciiLower(v);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(v);
    }
  }
  return out;
}

export const listText = (values: readonly string[], max = 4): string =>
  values.length <= max ? values.join(', ') : `${values.slice(0, max).join(', ')} +${values.length - max} more`;
