// Merge: the union of two histories. Reviews are joined by their globally unique id; every card
// whose history changed is rescheduled by replaying its joined reviews, so merging A into B gives
// the same cards as merging B into A, and merging the same file twice changes nothing the second
// time. Records edited on both sides keep the later version (own cards by updatedAt, sets and
// interviews by createdAt, drill drafts by savedAt); a tie keeps the same version on either side.
// This device's settings are kept: merging adds history, it does not change preferences.
import { newCardState, replay } from '$lib/srs';
import type { SchedulerSettings } from '$lib/model';
import type { CardRecord, ReviewRecord } from '$lib/model';
import { stableStringify } from '$lib/model';
import type { ValidBackup } from './format';
import {
	cardIdsOf,
	cardRecord,
	designKey,
	emptyPut,
	groupBy,
	inReplayOrder,
	later,
	sameCard,
	sameState,
	stateOf,
	type Snapshot,
	type WritePlan
} from './snapshot';

export function planMerge(local: Snapshot, backup: ValidBackup, settings: SchedulerSettings, now: number): WritePlan {
	const { data } = backup;
	const put = emptyPut();
	const same = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);

	// Items: the device's, with the later version of each own card.
	const items = new Map(local.items.map((item) => [item.id, item]));
	let ownCardsAdded = 0;
	let ownCardsUpdated = 0;
	const changedItems = new Set<string>();
	for (const incoming of data.userItems) {
		const mine = items.get(incoming.id);
		if (mine && mine.origin !== 'user') continue; // an id clash must never overwrite bundled content
		const kept = mine ? later(mine, incoming, (item) => item.updatedAt) : incoming;
		if (mine && (kept === mine || same(kept, mine))) continue;
		items.set(incoming.id, kept);
		put.items.push(kept);
		changedItems.add(kept.id);
		if (mine) ownCardsUpdated++;
		else ownCardsAdded++;
	}

	const leftOutCards = new Set(data.cards.filter((card) => !items.has(card.itemId)).map((card) => card.id));
	const knownItem = (itemId: string) => items.has(itemId);

	// Reviews: the union by id. Two different rows under one id cannot come from the app; the later
	// version is kept on both sides all the same, so the result does not depend on the direction.
	const localReviews = new Map(local.reviews.map((review) => [review.id, review]));
	const touchedCards = new Set<string>();
	let reviewsAdded = 0;
	let leftOutReviews = 0;
	for (const review of data.reviews) {
		if (leftOutCards.has(review.cardId)) {
			leftOutReviews++;
			continue;
		}
		const mine = localReviews.get(review.id);
		if (mine && same(mine, review)) continue;
		const kept = mine ? later(mine, review, (r) => r.reviewedAt) : review;
		if (kept === mine) continue;
		put.reviews.push(kept);
		localReviews.set(kept.id, kept);
		touchedCards.add(kept.cardId);
		if (mine) touchedCards.add(mine.cardId);
		else reviewsAdded++;
	}
	const union = groupBy([...localReviews.values()], (review) => review.cardId);
	const localByCard = groupBy(local.reviews, (review) => review.cardId);
	const fileByCard = groupBy(data.reviews, (review) => review.cardId);

	// Cards in the file: rescheduled when the two sides' histories or states differ.
	const localCards = new Map(local.cards.map((card) => [card.id, card]));
	const handled = new Set<string>();
	let cardsRecomputed = 0;
	for (const incoming of data.cards) {
		if (leftOutCards.has(incoming.id)) continue;
		handled.add(incoming.id);
		const mine = localCards.get(incoming.id);
		const item = items.get(incoming.itemId)!;
		const reviews = union.get(incoming.id) ?? [];
		const createdAt = mine ? Math.min(mine.createdAt, incoming.createdAt) : incoming.createdAt;
		const agree =
			mine !== undefined &&
			!touchedCards.has(incoming.id) &&
			sameIds(reviews, fileByCard.get(incoming.id)) &&
			sameIds(reviews, localByCard.get(incoming.id)) &&
			sameState(mine, incoming) &&
			mine.createdAt === incoming.createdAt;
		const replayed = !agree && (reviews.length > 0 || mine !== undefined);
		const state = agree
			? stateOf(mine)
			: reviews.length
				? replay(inReplayOrder(reviews), createdAt, settings)
				: mine
					? newCardState(createdAt)
					: stateOf(incoming);
		const merged = cardRecord(incoming, {
			...state,
			deck: item.deck,
			archived: item.archived || !cardIdsOf(item).has(incoming.id) ? 1 : 0,
			// Suspended on either device stays suspended: there is no time to say which came last.
			suspended: mine?.suspended || incoming.suspended ? 1 : 0,
			createdAt
		});
		if (mine && sameCard(mine, merged)) continue;
		put.cards.push(merged);
		if (replayed && mine && !sameState(mine, merged)) cardsRecomputed++;
		else if (!mine && reviews.length) cardsRecomputed++;
	}
	// Own cards whose item changed here: their other cards follow the item's deck and archived flag,
	// and variants no side has a card for yet start as new.
	for (const itemId of changedItems) {
		const item = items.get(itemId)!;
		const ids = cardIdsOf(item);
		for (const id of ids) {
			if (handled.has(id)) continue;
			const mine = localCards.get(id);
			const card: CardRecord = mine
				? cardRecord(mine, { deck: item.deck, archived: item.archived })
				: { id, itemId, variant: id.slice(itemId.length + 2), deck: item.deck, ...newCardState(now), suspended: 0, archived: item.archived, createdAt: now };
			if (!mine || !sameCard(mine, card)) put.cards.push(card);
		}
	}

	// Attempts are immutable: the union by id.
	const localAttempts = new Set(local.attempts.map((attempt) => attempt.id));
	put.attempts = data.attempts.filter((attempt) => !localAttempts.has(attempt.id) && knownItem(attempt.itemId));

	put.sets = laterOf(local.sets, data.sets, (set) => set.id, (set) => set.createdAt, same);
	put.interviews = laterOf(local.interviews, data.interviews, (v) => v.id, (v) => v.createdAt, same);
	put.drafts = laterOf(local.drafts, data.drafts.filter((draft) => knownItem(draft.itemId)), (d) => d.itemId, (d) => d.savedAt, same);

	// Design progress: the union of sections read and queries run, sorted so both sides agree.
	for (const [slug, theirs] of Object.entries(data.designProgress)) {
		const mine = local.designProgress[slug] ?? { sectionsRead: [], queriesRun: [] };
		const merged = {
			sectionsRead: [...new Set([...mine.sectionsRead, ...theirs.sectionsRead])].sort(),
			queriesRun: [...new Set([...mine.queriesRun, ...theirs.queriesRun])].sort()
		};
		if (!same(merged, mine)) put.meta.push({ key: designKey(slug), value: merged });
	}

	return {
		clear: [],
		deleteItems: [],
		deleteCards: [],
		deleteMeta: [],
		put,
		report: {
			mode: 'merge',
			reviewsAdded,
			cardsRecomputed,
			ownCardsAdded,
			ownCardsUpdated,
			attemptsAdded: put.attempts.length,
			setsChanged: put.sets.length,
			interviewsChanged: put.interviews.length,
			leftOut: { cards: leftOutCards.size, reviews: leftOutReviews },
			settingsSkipped: []
		}
	};
}

function sameIds(a: ReviewRecord[], b: ReviewRecord[] | undefined): boolean {
	const other = b ?? [];
	if (a.length !== other.length) return false;
	const ids = new Set(a.map((review) => review.id));
	return other.every((review) => ids.has(review.id));
}

/** The file's records that should replace or join the device's: new ids, or later versions. */
function laterOf<T>(mine: T[], theirs: T[], idOf: (r: T) => string, at: (r: T) => number, same: (a: T, b: T) => boolean): T[] {
	const byId = new Map(mine.map((record) => [idOf(record), record]));
	const out: T[] = [];
	for (const record of theirs) {
		const existing = byId.get(idOf(record));
		if (!existing) out.push(record);
		else if (!same(existing, record) && later(existing, record, at) !== existing) out.push(record);
	}
	return out;
}

