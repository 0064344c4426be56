// Settings → Check data: finds broken rows (orphans, impossible schedules, duplicates) and repairs
// them. The rules live in integrity-plan.ts; this file reads the tables and applies the plan.
import type { SchedulerSettings } from '$lib/model';
import type { RehearseDb } from './database';
import { planIntegrityRepair, type IntegrityFindings, type IntegrityPlan, type IntegrityRepairs } from './integrity-plan';
import { writeTransaction } from './transact';

export type { IntegrityFindings, IntegrityRepairs };

export interface IntegrityReport {
	found: IntegrityFindings;
	/** Sum of `found`: 0 means the data is sound. */
	problems: number;
	/** The writes the repair makes (or made, when `repaired`). */
	repairs: IntegrityRepairs;
	repaired: boolean;
}

function report(plan: IntegrityPlan, repaired: boolean): IntegrityReport {
	return { found: plan.found, problems: plan.problems, repairs: plan.repairs, repaired };
}

/**
 * Reads items, cards and reviews and reports what is wrong, changing nothing. The read is one
 * transaction, so the counts describe a single moment even while another tab answers cards.
 */
export async function checkIntegrity(db: RehearseDb, settings: SchedulerSettings, now: number): Promise<IntegrityReport> {
	const plan = await db.transaction('r', [db.items, db.cards, db.reviews], async () =>
		planIntegrityRepair({
			items: await db.items.toArray(),
			cards: await db.cards.toArray(),
			reviews: await db.reviews.toArray(),
			settings,
			now
		})
	);
	return report(plan, false);
}

/**
 * Finds and repairs in one read-write transaction: the plan is computed (synchronously) from what
 * the transaction read, then written, so nothing can change in between and a failure writes nothing.
 * Running it again reports no problems.
 */
export async function repairIntegrity(db: RehearseDb, settings: SchedulerSettings, now: number): Promise<IntegrityReport> {
	const plan = await writeTransaction(db, [db.items, db.cards, db.reviews], async () => {
		const plan = planIntegrityRepair({
			items: await db.items.toArray(),
			cards: await db.cards.toArray(),
			reviews: await db.reviews.toArray(),
			settings,
			now
		});
		const { deleteCards, putCards, deleteReviews, putReviews } = plan.writes;
		// The four id sets never overlap, so the order is only for reading.
		if (deleteReviews.length) await db.reviews.bulkDelete(deleteReviews);
		if (deleteCards.length) await db.cards.bulkDelete(deleteCards);
		if (putReviews.length) await db.reviews.bulkPut(putReviews);
		if (putCards.length) await db.cards.bulkPut(putCards);
		return plan;
	});
	// A repaired review row may keep the log's count and newest time: rebuild the stats tally.
	if (plan.writes.deleteReviews.length || plan.writes.putReviews.length) await db.meta.delete('reviewBuckets');
	return report(plan, plan.problems > 0);
}
