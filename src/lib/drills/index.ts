// The public surface of drills/: pure logic for script, table and sequence drills. No DOM, no
// storage, no clock; seeds and durations are passed in.
export { formatMinutes, reverseRowOf, scenarioCardOf, sequenceStepOf, tableRowOf } from './variants';
export { highlightPhrases, type TextRun } from './highlight';
export {
	compileSynonyms,
	normalizeWords,
	surfaceWords,
	tokenize,
	tokenizeWith,
	type SynonymRules,
	type Synonyms,
	type Token
} from './text-normalize';
export { diffWords, type DiffOp } from './word-diff';
export { attemptPieces, attemptWordCounts } from './attempt-pieces';
export {
	scoreRecall,
	type PhraseHit,
	type RecallOptions,
	type RecallScore,
	type ScoredScript
} from './script-score';
export { countFillers, findFillers, type FillerCount, type FillerHit } from './fillers';
export {
	COMFORTABLE_WPM,
	PACE_TOLERANCE,
	scoreSpoken,
	type PaceVerdict,
	type SpokenScore,
	type SpokenScript
} from './spoken-score';
export { checkCloze, clozeRounds, firstLetters, type ClozeRound, type ClozeSegment } from './scaffold';
export { seededRandom, shuffled, type Seed } from './random';
export {
	cellId,
	checkCell,
	columnChoices,
	gridResult,
	makeGrid,
	mergeConfusions,
	type CellVerdict,
	type Confusion,
	type ConfusionCount,
	type Grid,
	type GridCell,
	type GridOptions,
	type GridResult,
	type GridTable
} from './grid';
export { checkBudget, checkOrder, shuffleSteps, whatComesAfter, type OrderCheck } from './sequence';
export { suggestFromShare } from './share-grade';
