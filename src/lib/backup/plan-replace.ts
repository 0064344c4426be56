// Replace: what the device holds becomes what the file holds. Bundled content stays (it ships with
// the app); everything of the user's is taken from the file. Cards of bundled content that the
// file does not know start again as new, since the history that scheduled them is replaced too.
import { newCardState } from '$lib/srs';
import type { CardRecord, ItemRecord } from '$lib/model';
import type { ValidBackup } from './format';
import { cardIdsOf, cardRecord, designKey, emptyPut, sameCard, type Snapshot, type WritePlan } from './snapshot';

export function planReplace(local: Snapshot, backup: ValidBackup, now: number): WritePlan {
	const { data } = backup;
	const put = emptyPut();

	// The items the device will have: its bundled ones and the file's own cards.
	const items = new Map<string, ItemRecord>();
	for (const item of local.items) if (item.origin === 'bundle') items.set(item.id, item);
	for (const item of data.userItems) if (!items.has(item.id)) items.set(item.id, item);
	const specIds = new Map<string, Set<string>>();
	const specIdsOf = (item: ItemRecord) => specIds.get(item.id) ?? specIds.set(item.id, cardIdsOf(item)).get(item.id)!;

	// Cards of content unknown here cannot be shown or studied: they are left out, with their history.
	// Unless no content was synced yet (a database restored before the app first synced): then every
	// card is kept as the file has it, and the next content sync finds its cards already there.
	const contentSynced = local.items.some((item) => item.origin === 'bundle');
	const leftOutCards = new Set(contentSynced ? data.cards.filter((card) => !items.has(card.itemId)).map((card) => card.id) : []);
	const keptItem = (itemId: string) => !contentSynced || items.has(itemId);
	const reviews = data.reviews.filter((review) => !leftOutCards.has(review.cardId));

	const localCards = new Map(local.cards.map((card) => [card.id, card]));
	const finalCards = new Map<string, CardRecord>();
	for (const card of data.cards) {
		if (leftOutCards.has(card.id)) continue;
		const item = items.get(card.itemId);
		if (!item) {
			finalCards.set(card.id, cardRecord(card));
			continue;
		}
		const live = !item.archived && specIdsOf(item).has(card.id);
		finalCards.set(card.id, cardRecord(card, { deck: item.deck, archived: live ? 0 : 1 }));
	}
	// Own cards from the file whose cards the file lacks (an older file) start as new.
	for (const item of data.userItems) {
		for (const id of specIdsOf(item)) {
			if (finalCards.has(id)) continue;
			const variant = id.slice(item.id.length + 2);
			finalCards.set(id, {
				id,
				itemId: item.id,
				variant,
				deck: item.deck,
				...newCardState(now),
				suspended: 0,
				archived: item.archived,
				createdAt: now
			});
		}
	}
	const deleteCards: string[] = [];
	for (const card of local.cards) {
		if (finalCards.has(card.id)) continue;
		const item = items.get(card.itemId);
		if (!item || item.origin === 'user') deleteCards.push(card.id);
		// A bundled card the file has no history for: its history is gone, so it is new again.
		else finalCards.set(card.id, cardRecord(card, { ...newCardState(card.createdAt), suspended: 0 }));
	}
	for (const card of finalCards.values()) {
		const before = localCards.get(card.id);
		if (!before || !sameCard(before, card)) put.cards.push(card);
	}

	put.items = data.userItems;
	put.reviews = reviews;
	put.attempts = data.attempts.filter((attempt) => keptItem(attempt.itemId));
	put.drafts = data.drafts.filter((draft) => keptItem(draft.itemId));
	put.sets = data.sets;
	put.interviews = data.interviews;
	put.settings = Object.entries(data.settings).map(([key, value]) => ({ key, value }));
	put.meta = [
		...Object.entries(data.designProgress).map(([slug, value]) => ({ key: designKey(slug), value })),
		// The device now holds exactly this backup: it counts as the last one made.
		{ key: 'lastBackupAt', value: backup.exportedAt },
		{ key: 'lastBackupReviewCount', value: reviews.length }
	];

	const fileItemIds = new Set(data.userItems.map((item) => item.id));
	const localUserItems = local.items.filter((item) => item.origin === 'user');
	const localUserIds = new Set(localUserItems.map((item) => item.id));
	const updated = data.userItems.filter((item) => localUserIds.has(item.id)).length;
	return {
		clear: ['reviews', 'attempts', 'sets', 'settings', 'interviews', 'drafts'],
		deleteItems: localUserItems.filter((item) => !fileItemIds.has(item.id)).map((item) => item.id),
		deleteCards,
		deleteMeta: Object.keys(local.designProgress)
			.filter((slug) => !Object.hasOwn(data.designProgress, slug))
			.map(designKey),
		put,
		report: {
			mode: 'replace',
			reviewsAdded: reviews.length,
			cardsRecomputed: data.cards.length - leftOutCards.size,
			ownCardsAdded: data.userItems.length - updated,
			ownCardsUpdated: updated,
			attemptsAdded: put.attempts.length,
			setsChanged: data.sets.length,
			interviewsChanged: data.interviews.length,
			leftOut: { cards: leftOutCards.size, reviews: data.reviews.length - reviews.length },
			settingsSkipped: backup.skippedSettings
		}
	};
}
