import { z } from 'zod';

export type PatchShape<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K]>;
};

/**
 * Zod 4 applies `.default()` even inside `.partial()`, which would turn "not sent" into "reset to default".
 * A patch must mean "only what was sent", so every default is removed before making the field optional.
 */
export function patchShape<S extends z.ZodRawShape>(shape: S): PatchShape<S> {
  const out: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const base = schema instanceof z.ZodDefault ? (schema.removeDefault() as z.ZodType) : (schema as z.ZodType);
    out[key] = base.optional();
  }
  return out as PatchShape<S>;
}

/** A strict partial-update schema that refuses an empty patch. */
export const patchSchema = <S extends z.ZodRawShape>(shape: S) =>
  z
    .object(patchShape(shape))
    .strict()
    .refine((p) => Object.values(p).some((v) => v !== undefined), 'The patch changes nothing: send at least one field');
