// Custom study of a saved set: what the set's study page shows, and the review session for each mode.
import { type RehearseDb, type SetRecord, type Settings } from '$lib/db';
import { getSet, itemIdsOfSet } from '$lib/db/sets';
import { setCardCounts, type SetCardCounts } from '$lib/db/set-study';
import { dayWindow, queueCounts, type QueueCounts } from '$lib/srs';
import { ReviewSession } from './review-session.svelte';
import { parseStudyParams, type SetStudyRequest } from './study-params';
import { loadSetQueue } from './study-source';
import { deckName } from './decks';

/**
 * A deck studied through custom study: "Study this deck" opens the same scheduled review as a saved
 * set, over a set made on the fly (never stored) that follows the bank's deck filter. Saved sets have
 * UUIDs, so this prefix cannot name one.
 */
const DECK_SET_PREFIX = 'deck:';

/** The set id that studies a deck: `/review?set=deck:sql&mode=scheduled`, `/study/deck:sql`. */
export function deckSetId(deck: string): string {
	return `${DECK_SET_PREFIX}${deck}`;
}

interface ResolvedSet {
	set: SetRecord;
	exitHref: string;
	/** The deck a deck set studies; null for a saved set. */
	deck: string | null;
}

/** What a study link's set id names: a saved set (back to its study page) or a deck (back to the deck). */
async function resolveSet(db: RehearseDb, setId: string): Promise<ResolvedSet | null> {
	if (setId.startsWith(DECK_SET_PREFIX)) {
		const deck = setId.slice(DECK_SET_PREFIX.length);
		if (!deck) return null;
		const set: SetRecord = { id: setId, name: `${deckName(deck)} deck`, filter: new URLSearchParams({ deck }).toString(), itemIds: null, createdAt: 0 };
		return { set, exitHref: `/decks/${encodeURIComponent(deck)}`, deck };
	}
	const set = await getSet(db, setId);
	return set && { set, exitHref: `/study/${encodeURIComponent(set.id)}`, deck: null };
}

export interface SetOverview {
	set: SetRecord;
	/** Where leaving the set goes: its study page, or the deck's page for a deck. */
	exitHref: string;
	/** The deck studied, when the set is a deck ("Study this deck"); null for a saved set. */
	deck: string | null;
	/** Live items of the set now (a filter set is evaluated at `at`). */
	items: number;
	cards: SetCardCounts;
	/** What "Scheduled review" with the daily limits would show right now. */
	scheduledNow: QueueCounts;
}

/** The set and its counts for /study/<id>, or null when no set has that id (e.g. it was deleted). */
export async function loadSetOverview(db: RehearseDb, settings: Settings, setId: string, at: number): Promise<SetOverview | null> {
	const resolved = await resolveSet(db, setId);
	if (!resolved) return null;
	const { set, exitHref, deck } = resolved;
	const itemIds = await itemIdsOfSet(db, set, at);
	const { end } = dayWindow(at, settings.dayStartHour);
	const [cards, scheduled] = await Promise.all([
		setCardCounts(db, itemIds, end),
		loadSetQueue(db, settings, { kind: 'set', itemIds, newCards: 'limits' }, at)
	]);
	return { set, exitHref, deck, items: itemIds.length, cards, scheduledNow: queueCounts(scheduled.queue) };
}

export type SetStudyStart =
	| { kind: 'missing' }
	/** The set has no active cards to study (nothing matches its filter, or all are suspended). */
	| ({ kind: 'empty' } & ResolvedSet)
	| ({ kind: 'ready'; session: ReviewSession } & ResolvedSet);

/** Resolves a set study request from the review screen's URL into a running session. */
export async function startSetStudy(db: RehearseDb, settings: Settings, request: SetStudyRequest, at: number): Promise<SetStudyStart> {
	const resolved = await resolveSet(db, request.setId);
	if (!resolved) return { kind: 'missing' };
	const { set } = resolved;
	const itemIds = await itemIdsOfSet(db, set, at);
	const { end } = dayWindow(at, settings.dayStartHour);
	if ((await setCardCounts(db, itemIds, end)).cards === 0) return { kind: 'empty', ...resolved };
	const session = await ReviewSession.start(
		db,
		settings,
		request.mode === 'cram'
			? // A fresh shuffle for every cram session; within one session the order is fixed.
				{ kind: 'cram', itemIds, order: request.order, seed: `${set.id}@${at}` }
			: { kind: 'set', itemIds, newCards: request.newCards }
	);
	return { kind: 'ready', ...resolved, session };
}

/** Custom study shown in the review screen's header and summary. */
export interface StudyScope {
	setId: string;
	setName: string;
	cram: boolean;
	/** Where ending the session goes: the set's study page, or the deck's page. */
	exitHref: string;
	/** The words on the way back there: "Back to the set" or "Back to the deck". */
	exitLabel: string;
}

/** Why the review screen cannot start the session its URL asks for, and where to go instead. */
export interface StudyBlocked {
	title: string;
	message: string;
	href: string;
	label: string;
}

export type OpenedStudy =
	| { kind: 'ready'; session: ReviewSession; scope: StudyScope | null }
	| { kind: 'blocked'; blocked: StudyBlocked };

/**
 * Opens the session the review screen's URL asks for: today's queue without a `set`, else the set
 * in the mode named (see study-params.ts). A bad link, a deleted set or an empty one is explained.
 */
export async function openStudy(db: RehearseDb, settings: Settings, params: URLSearchParams, at: number): Promise<OpenedStudy> {
	const parsed = parseStudyParams(params);
	if (parsed.kind === 'today')
		return { kind: 'ready', session: await ReviewSession.start(db, settings, { kind: 'today', extraNew: parsed.extraNew }), scope: null };
	if (parsed.kind === 'invalid')
		return { kind: 'blocked', blocked: { title: 'This study link is not valid', message: parsed.message, href: '/', label: 'Back to Today' } };
	const { request } = parsed;
	const started = await startSetStudy(db, settings, request, at);
	if (started.kind === 'missing')
		return {
			kind: 'blocked',
			blocked: {
				title: 'This set no longer exists',
				message: 'It may have been deleted. Your cards and their history are not affected.',
				href: '/practice',
				label: 'Go to the question bank'
			}
		};
	const { exitHref } = started;
	const isDeck = started.deck !== null;
	const exitLabel = isDeck ? 'Back to the deck' : 'Back to the set';
	if (started.kind === 'empty')
		return {
			kind: 'blocked',
			blocked: {
				title: `Nothing to study in “${started.set.name}”`,
				message: isDeck
					? 'No card of this deck can be studied right now: it has no items, or all its cards are suspended.'
					: 'No card of this set can be studied right now: nothing matches it, or its cards are suspended.',
				href: exitHref,
				label: exitLabel
			}
		};
	return {
		kind: 'ready',
		session: started.session,
		scope: { setId: started.set.id, setName: started.set.name, cram: request.mode === 'cram', exitHref, exitLabel }
	};
}
