import type { WriteDb } from '../database.js';

export interface Migration {
  /** Equals the file number; the runner checks the list is 1..N without gaps. */
  version: number;
  name: string;
  up(db: WriteDb): void;
}
