import { migration0001 } from './0001-agency-schema.js';
import type { Migration } from './types.js';

/** Append-only. Never edit a migration that has shipped; add the next number. */
export const migrations: readonly Migration[] = [migration0001];
