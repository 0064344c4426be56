// The app's front door to content: pure helpers only (the types are in model/). The compiler (compile.ts, load.ts)
// pulls in node:crypto, node:fs and marked and must never reach the browser bundle.
export { cardsOf, cardId, parseCardId, slugify, type CardSpec } from './cards.ts';
export { decksForRounds, roundsOf } from './rounds.ts';
export { DIALECT_NAMES, hintsFor, inDialect } from './dialect.ts';
