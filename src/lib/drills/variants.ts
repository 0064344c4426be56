// Which part of an item a card asks about, from the card's variant (see content/cards.ts).
import { slugify } from '$lib/content';
import type { ScenarioCard, ScenarioItem, SequenceItem, SequenceStep, TableItem } from '$lib/model';

/** The table row a `row:<key>` card drills, or null for the whole-grid card. */
export function tableRowOf(item: TableItem, variant: string): string[] | null {
	if (!variant.startsWith('row:')) return null;
	const key = variant.slice(4);
	return item.rows.find((row) => slugify(row[0]) === key) ?? null;
}

/** The table row a reverse `rev:<key>` card drills (its other cells → its key), or null. */
export function reverseRowOf(item: TableItem, variant: string): string[] | null {
	if (!variant.startsWith('rev:')) return null;
	const key = variant.slice(4);
	return item.rows.find((row) => slugify(row[0]) === key) ?? null;
}

/** The step a `step:<name>` card drills (with its 1-based position), or null for the order card. */
export function sequenceStepOf(item: SequenceItem, variant: string): { step: SequenceStep; position: number } | null {
	if (!variant.startsWith('step:')) return null;
	const key = variant.slice(5);
	const index = item.steps.findIndex((step) => slugify(step.name) === key);
	return index < 0 ? null : { step: item.steps[index], position: index + 1 };
}

/** The key-decision card a `card:<id>` variant drills. */
export function scenarioCardOf(item: ScenarioItem, variant: string): ScenarioCard | null {
	return item.cards.find((card) => `card:${card.id}` === variant) ?? null;
}

/** "3-5 min", "2 min", or "" for untimed steps. */
export function formatMinutes(minutes: SequenceStep['minutes']): string {
	if (!minutes) return '';
	return minutes.min === minutes.max ? `${minutes.min} min` : `${minutes.min}-${minutes.max} min`;
}
