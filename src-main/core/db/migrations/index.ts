import { migration0001 } from './0001-agency-schema.js';
import { migration0002 } from './0002-search-and-merge.js';
import type { Migration } from './types.js';

/** Append-only. Never edit a migration that has shipped; add the next number. */
export const migrations: readonly Migration[] = [migration0001, migration0002];
