// The app's front door to content: types and pure helpers only. The compiler (compile.ts, load.ts)
// pulls in node:crypto, node:fs and marked and must never reach the browser bundle.
export * from './types.ts';
export { cardsOf, cardId, parseCardId, slugify, type CardSpec } from './cards.ts';
