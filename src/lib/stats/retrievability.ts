// Probability of recall now, for the weakest-items list. ts-fsrs stays behind srs/fsrs-adapter:
// the scheduler built from the user's settings carries their forgetting curve (fitted weights
// change its decay), and its forgetting_curve takes fractional days, so no Dates are made per card.
import { fsrsFor } from '$lib/srs';
import { DAY, type SchedulerSettings } from '$lib/model';
import type { RetrievabilityOf } from './weakest';


/** Retrievability under `settings`: 1 just after a review, falling towards 0; 0 for a card never studied. */
export function retrievabilityUnder(settings: SchedulerSettings): RetrievabilityOf {
	const scheduler = fsrsFor(settings);
	return (card, now) => {
		if (card.phase === 'new' || card.lastReview === null || !(card.stability > 0)) return 0;
		const elapsedDays = Math.max(0, (now - card.lastReview) / DAY);
		return scheduler.forgetting_curve(elapsedDays, card.stability);
	};
}
