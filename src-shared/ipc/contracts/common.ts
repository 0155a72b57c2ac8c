import { z } from 'zod';

export const empty = z.object({}).strict();
export const idRequest = z.object({ id: z.number().int().positive() }).strict();

/** A slice of the contract: channel → request and response schemas. */
export type ContractSlice = Record<string, { req: z.ZodType; res: z.ZodType }>;
