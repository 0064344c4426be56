// The custom-study request in the review screen's URL: /review?set=<id>&mode=scheduled&new=limits
// or /review?set=<id>&mode=cram&order=weakest. Kept in the URL so a reload resumes the same kind of
// session; parsed strictly, so a mistyped link says what is wrong instead of studying the wrong way.
import { CRAM_ORDERS, type CramOrder } from './cram-queue';
import type { NewCardChoice } from './study-source';

export const STUDY_MODES = ['scheduled', 'cram'] as const;
export type StudyMode = (typeof STUDY_MODES)[number];

/** The most new cards one set review may introduce when the user picks a count. */
export const MAX_CHOSEN_NEW = 999;

export type SetStudyRequest =
	| { setId: string; mode: 'scheduled'; newCards: NewCardChoice }
	| { setId: string; mode: 'cram'; order: CramOrder };

export type ParsedStudyParams =
	/** Today's queue; `extraNew` new cards on top of the daily limit when the link asks for more. */
	| { kind: 'today'; extraNew?: number }
	| { kind: 'set'; request: SetStudyRequest }
	| { kind: 'invalid'; message: string };

/** The parameter of "Study more new cards": `/review?more-new=10`. */
export const MORE_NEW_PARAM = 'more-new';

/** A chosen new-card count: a whole number from 0 to MAX_CHOSEN_NEW, or null. */
export function parseNewCount(text: string): number | null {
	if (!/^\d{1,4}$/.test(text.trim())) return null;
	const count = Number(text.trim());
	return count <= MAX_CHOSEN_NEW ? count : null;
}

/** Reads the review screen's query string. No `set` means today's normal queue. */
export function parseStudyParams(params: URLSearchParams): ParsedStudyParams {
	const setId = params.get('set');
	if (setId === null) {
		const more = params.get(MORE_NEW_PARAM);
		if (more === null) return { kind: 'today' };
		const extraNew = parseNewCount(more);
		if (extraNew === null)
			return { kind: 'invalid', message: `More new cards must be a whole number from 0 to ${MAX_CHOSEN_NEW}; the link says "${more}".` };
		return { kind: 'today', extraNew };
	}
	if (!setId) return { kind: 'invalid', message: 'The link names no set to study.' };
	const mode = params.get('mode');
	if (mode === 'cram') {
		const order = params.get('order') ?? 'shuffled';
		if (!CRAM_ORDERS.includes(order as CramOrder))
			return { kind: 'invalid', message: `Unknown cram order "${order}": expected ${CRAM_ORDERS.join(' or ')}.` };
		return { kind: 'set', request: { setId, mode, order: order as CramOrder } };
	}
	if (mode === 'scheduled') {
		const raw = params.get('new') ?? 'limits';
		const count = raw === 'limits' ? 'limits' : parseNewCount(raw);
		if (count === null)
			return { kind: 'invalid', message: `New cards must be "limits" or a whole number from 0 to ${MAX_CHOSEN_NEW}; the link says "${raw}".` };
		return { kind: 'set', request: { setId, mode, newCards: count } };
	}
	return { kind: 'invalid', message: `Unknown study mode "${mode ?? ''}": expected scheduled or cram.` };
}

/** The review screen's address for a set study request (the inverse of parseStudyParams). */
export function studyHref(request: SetStudyRequest): string {
	const params = new URLSearchParams({ set: request.setId, mode: request.mode });
	if (request.mode === 'cram') params.set('order', request.order);
	else params.set('new', String(request.newCards));
	return `/review?${params}`;
}

/** The review screen's address for today's queue with `extraNew` more new cards than the daily limit. */
export function moreNewHref(extraNew: number): string {
	return `/review?${new URLSearchParams({ [MORE_NEW_PARAM]: String(extraNew) })}`;
}
