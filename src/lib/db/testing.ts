// Test factories for db/ tests. Not part of the public surface.
import 'fake-indexeddb/auto';
import type { ConceptItem, ContentBundle, Item, TableItem } from '$lib/model';
import { newCardState } from '$lib/srs';
import type { RehearseDb } from './database';
import { openDatabase } from './open';
import type { CardRecord, ReviewRecord } from '$lib/model';

let dbCount = 0;

/** A database no other test sees. */
export function freshDb(): Promise<RehearseDb> {
	return openDatabase(uniqueDbName());
}

export function uniqueDbName(): string {
	return `rehearse-test-${++dbCount}-${crypto.randomUUID()}`;
}

export function conceptItem(id: string, overrides: Partial<ConceptItem> = {}): ConceptItem {
	return {
		id,
		kind: 'concept',
		deck: 'modeling',
		title: `Concept ${id}`,
		topics: ['scd'],
		difficulty: 1,
		domain: 'general',
		source: `content/concepts/${id}.md`,
		prompt: `What is ${id}?`,
		promptHtml: `<p>What is ${id}?</p>`,
		answer: 'It is.',
		answerHtml: '<p>It is.</p>',
		...overrides
	};
}

export function tableItem(id: string, rowKeys: string[]): TableItem {
	return {
		id,
		kind: 'table',
		deck: 'modeling',
		title: `Table ${id}`,
		topics: [],
		difficulty: 2,
		domain: 'general',
		source: `content/tables/${id}.md`,
		columns: ['situation', 'answer'],
		rows: rowKeys.map((key) => [key, `answer for ${key}`]),
		reverse: false,
		descriptionHtml: ''
	};
}

export function bundle(hash: string, items: Item[]): ContentBundle {
	return { hash, decks: [], paths: [], datasets: [], items };
}

export function card(id: string, overrides: Partial<CardRecord> = {}): CardRecord {
	const itemId = id.split('::')[0];
	return {
		id,
		itemId,
		variant: id.split('::')[1] ?? 'main',
		deck: 'modeling',
		...newCardState(0),
		suspended: 0,
		archived: 0,
		createdAt: 0,
		...overrides
	};
}

export function review(cardId: string, reviewedAt: number, overrides: Partial<ReviewRecord> = {}): ReviewRecord {
	return {
		id: crypto.randomUUID(),
		cardId,
		itemId: cardId.split('::')[0],
		grade: 3,
		reviewedAt,
		phaseBefore: 'review',
		durationMs: 4000,
		score: null,
		mode: 'reveal',
		...overrides
	};
}
