// Append-only: each shipped schema change is one file, applied in order. Add, never edit or reorder.
import { initialSchema } from './001-initial-schema';
import { drillDrafts } from './002-drill-drafts';
import { interviews } from './003-interviews';
import { syncBookkeeping } from './004-sync';
import type { Migration } from './types';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [initialSchema, drillDrafts, interviews, syncBookkeeping];
