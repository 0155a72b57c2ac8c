/**
 * A tiny SQL fragment builder for the segment compiler. Text comes only from template literals written in this
 * code; every interpolated value becomes a `?` with a bound parameter. User values therefore never reach the
 * SQL text, whatever they contain (quotes, %, _, backslashes, any script).
 */
export type SqlParam = string | number | bigint | null;

export class Fragment {
  constructor(
    readonly text: string,
    readonly params: readonly SqlParam[],
  ) {}
}

/** `q\`c.country = ${value}\`` → Fragment('c.country = ?', [value]). Nested fragments are spliced in. */
export function q(strings: TemplateStringsArray, ...values: readonly (Fragment | SqlParam)[]): Fragment {
  let text = strings[0]!;
  const params: SqlParam[] = [];
  values.forEach((v, i) => {
    if (v instanceof Fragment) {
      text += v.text;
      params.push(...v.params);
    } else {
      text += '?';
      params.push(v);
    }
    text += strings[i + 1]!;
  });
  return new Fragment(text, params);
}

/** Joins fragments with a fixed separator (" AND ", " OR ", ", "). */
export function join(parts: readonly Fragment[], separator: ' AND ' | ' OR ' | ', '): Fragment {
  return new Fragment(
    parts.map((p) => p.text).join(separator),
    parts.flatMap((p) => p.params),
  );
}

export const TRUE = new Fragment('1', []);
export const FALSE = new Fragment('0', []);

/** A list value bound as one JSON parameter (`IN (SELECT value FROM json_each(?))`): one statement shape for any length. */
export const jsonList = (values: readonly (string | number)[]): string => JSON.stringify(values);
