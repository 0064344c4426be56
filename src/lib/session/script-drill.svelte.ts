// One script card being drilled in one of the five modes. The modes share one class so the user can
// switch mid-card (the last switch wins) and the review screen reads one grade and score.
import type { ScriptItem } from '$lib/model';
import type { ScriptMode } from '$lib/db';
import { checkCloze, clozeRounds, scoreRecall, scoreSpoken, suggestFromShare, type ClozeRound, type RecallScore, type SpokenScore } from '$lib/drills';
import type { Grade } from '$lib/srs';
import type { CardDrill } from './card-drill';

export const MODE_LABELS = {
	reveal: 'Reveal',
	typed: 'Type it',
	'first-letter': 'First letters',
	cloze: 'Cloze',
	aloud: 'Aloud'
} as const satisfies Record<ScriptMode, string>;

export class ScriptDrill implements CardDrill {
	readonly kind = 'script';
	mode = $state<ScriptMode>('reveal');
	/** Typed recall: the attempt, and its score once submitted. */
	typed = $state('');
	/** The typed attempt, scored on Submit. */
	typedScore = $state.raw<RecallScore | null>(null);
	/** An on-device transcript, scored when the user stops speaking. */
	spokenScore = $state.raw<SpokenScore | null>(null);
	/** The transcript that was scored. */
	transcript = $state('');
	/** Cloze: the round on screen, what was typed into its blank, and each round's verdict. */
	clozeIndex = $state(0);
	clozeAnswer = $state('');
	clozeResults = $state<boolean[]>([]);
	/** Aloud without a transcript: which must-say phrases the user says they said. */
	said = $state<boolean[]>([]);
	selfChecked = $state(false);
	/** Reveal and first-letter: the user asked for the answer. */
	shown = $state(false);

	readonly item: ScriptItem;
	readonly rounds: ClozeRound[];

	constructor(item: ScriptItem, mode: ScriptMode) {
		this.item = item;
		this.mode = mode;
		this.rounds = clozeRounds(item);
		this.said = item.mustSay.map(() => false);
	}

	/** The scored attempt of the current mode, if any. */
	get recall(): RecallScore | SpokenScore | null {
		return this.mode === 'typed' ? this.typedScore : this.mode === 'aloud' ? this.spokenScore : null;
	}

	get done(): boolean {
		switch (this.mode) {
			case 'typed':
				return this.typedScore !== null;
			case 'cloze':
				return this.rounds.length > 0 && this.clozeResults.length >= this.rounds.length;
			case 'aloud':
				return this.spokenScore !== null || this.selfChecked;
			default:
				return this.shown;
		}
	}

	/** The cloze round on screen, or null once every round is answered. */
	get round(): ClozeRound | null {
		return this.rounds[this.clozeIndex] ?? null;
	}

	get suggestedGrade(): Grade | null {
		if (!this.done) return null;
		switch (this.mode) {
			case 'typed':
				return this.recall?.suggestedGrade ?? null;
			case 'cloze':
				return suggestFromShare(this.clozeResults.filter(Boolean).length, this.rounds.length);
			case 'aloud':
				if (this.recall) return this.recall.suggestedGrade;
				return suggestFromShare(this.said.filter(Boolean).length, this.item.mustSay.length);
			default:
				return null;
		}
	}

	/**
	 * The score stored with the review: for scored recall the mean of key-phrase coverage and wording
	 * similarity (a missing phrase and loose wording both pull it down); for cloze and a self-ticked
	 * checklist the share right; null when the user graded from memory alone.
	 */
	get answerExtra(): { score: number | null; mode: string } {
		const mode = this.mode;
		if (!this.done) return { score: null, mode };
		if (this.recall && (mode === 'typed' || mode === 'aloud')) {
			return { score: round3((this.recall.coverage + this.recall.similarity) / 2), mode };
		}
		if (mode === 'cloze') return { score: round3(this.clozeResults.filter(Boolean).length / this.rounds.length), mode };
		if (mode === 'aloud') return { score: round3(this.said.filter(Boolean).length / Math.max(1, this.said.length)), mode };
		return { score: null, mode };
	}

	setMode(mode: ScriptMode): void {
		this.mode = mode;
	}

	show(): void {
		this.shown = true;
	}

	submitTyped(): void {
		this.typedScore = scoreRecall(this.item, this.typed);
	}

	/** Checks the blank on screen and moves to the next round. */
	checkBlank(): void {
		const round = this.round;
		if (!round) return;
		const answer = round.segments.find((s) => 'blank' in s);
		const expected = answer && 'answer' in answer ? answer.answer : round.phrase;
		this.clozeResults = [...this.clozeResults, checkCloze(this.clozeAnswer, expected, this.item.synonyms)];
		this.clozeAnswer = '';
		this.clozeIndex++;
	}

	/** Scores a transcript from on-device recognition, with the time it took to say. */
	submitTranscript(transcript: string, durationMs: number): void {
		this.transcript = transcript;
		this.spokenScore = scoreSpoken(this.item, transcript, durationMs);
	}

	toggleSaid(index: number): void {
		this.said = this.said.map((value, k) => (k === index ? !value : value));
	}

	finishSelfCheck(): void {
		this.selfChecked = true;
	}
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;
