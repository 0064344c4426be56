// The dependency-free core: the shapes everything else shares (content, stored records, scheduling
// state, settings), time constants and the zone resolver, and small text helpers. It imports
// nothing of ours, so any layer may import it.
export * from './content.ts';
export * from './hash.ts';
export * from './records.ts';
export * from './scheduling.ts';
export * from './settings.ts';
export * from './text.ts';
export * from './time.ts';
export * from './sync-ids.ts';
