import { migration0001 } from './0001-agency-schema.js';
import { migration0002 } from './0002-search-and-merge.js';
import { migration0003 } from './0003-reminders-outreach.js';
import { migration0004 } from './0004-kpi-rollups.js';
import { migration0005 } from './0005-segments.js';
import { migration0006 } from './0006-application-stage-type.js';
import { migration0007 } from './0007-board-order.js';
import { migration0008 } from './0008-kpi-covering-indexes.js';
import { migration0009 } from './0009-search-letter-folding.js';
import { migration0010 } from './0010-search-signed-words.js';
import type { Migration } from './types.js';

/** Append-only. Never edit a migration that has shipped; add the next number. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010];
