// SHIPPED once released: never edit. See 001-initial-schema.ts.
import type { Migration } from './types';

export const drillDrafts = {
	version: 2,
	intent: 'Keep the last code typed in each drill, so leaving and coming back loses nothing.',
	stores: {
		// One row per drill, replaced on every save.
		drafts: 'itemId'
	}
} as const satisfies Migration;
