/**
 * Pure helpers around message templates, shared by the core (rendering) and the renderer (editor hints).
 * The merge-field catalogue is the contract of what a template may reference.
 */
export const mergeFields = {
  candidate: ['first_name', 'last_name', 'name', 'title', 'company', 'seniority', 'city', 'country', 'email', 'phone', 'linkedin', 'source', 'preferred_channel', 'tags', 'pools'],
  job: ['title', 'city', 'country', 'remote', 'salary_min', 'salary_max', 'salary_currency', 'stage'],
  client: ['name', 'industry', 'city', 'website'],
  contact: ['first_name', 'last_name', 'name', 'title', 'email'],
  recruiter: ['name', 'email', 'agency'],
  interview: ['date', 'time', 'location'],
  feedback: ['text'],
} as const;
export type MergeObject = keyof typeof mergeFields;

/** Every `object.field` path the catalogue knows, e.g. `candidate.first_name`. */
export const mergeFieldPaths: string[] = Object.entries(mergeFields).flatMap(([o, fs]) => fs.map((f) => `${o}.${f}`));

const OUTPUT = /^-?\s*([a-z_]+(?:\.[a-z_]+)+)/i;
const TAG = /\{%-?\s*(?:if|unless|elsif|case|when)\s+([^%]*)%\}/gi;
const PATH = /\b([a-z_]+\.[a-z_]+)\b/gi;

/**
 * The merge-field paths a template uses in output tags (`{{ candidate.first_name | default: "there" }}`),
 * with whether each output has a `default` filter, and those tested in conditions. Used to warn before
 * sending when a field is empty for this candidate (a condition on an empty field is intended, not a warning).
 */
export function referencedFields(source: string): { output: { path: string; hasDefault: boolean }[]; conditions: string[] } {
  const output = new Map<string, boolean>();
  for (const m of source.matchAll(/\{\{-?([^}]*)\}\}/g)) {
    const inner = m[1] ?? '';
    const first = OUTPUT.exec(inner.trim());
    const path = first?.[1]?.toLowerCase();
    if (!path) continue;
    const hasDefault = /\|\s*default\s*:/.test(inner);
    output.set(path, (output.get(path) ?? true) && hasDefault);
  }
  const conditions = new Set<string>();
  for (const m of source.matchAll(TAG)) {
    for (const p of (m[1] ?? '').matchAll(PATH)) conditions.add(p[1]!.toLowerCase());
  }
  return {
    output: [...output].map(([path, hasDefault]) => ({ path, hasDefault })),
    conditions: [...conditions],
  };
}

export const isKnownField = (path: string): boolean => mergeFieldPaths.includes(path);

const isEmpty = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** Looks up `a.b` in the merge data. */
export function lookup(data: Record<string, unknown>, path: string): unknown {
  let cur: unknown = data;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

export interface FieldWarning {
  path: string;
  kind: 'empty' | 'unknown';
  message: string;
}

/** Warnings for a template against one candidate's merge data: unknown fields, and empty fields with no default. */
export function fieldWarnings(sources: string[], data: Record<string, unknown>): FieldWarning[] {
  const warnings = new Map<string, FieldWarning>();
  for (const source of sources) {
    const { output, conditions } = referencedFields(source);
    for (const { path, hasDefault } of output) {
      if (!isKnownField(path)) {
        warnings.set(path, { path, kind: 'unknown', message: `{{ ${path} }} is not a merge field` });
      } else if (!hasDefault && !conditions.includes(path) && isEmpty(lookup(data, path))) {
        // A field the template itself tests (`{% if x != blank %}…{{ x }}`) is guarded, not a surprise.
        warnings.set(path, { path, kind: 'empty', message: `{{ ${path} }} is empty for this recipient` });
      }
    }
  }
  return [...warnings.values()];
}
