// The mock interview's prompts and its closing self-review. Each checklist item names the
// framework phase it belongs to, so a missed item sends that phase's scripts back into review.

export interface MockPrompt {
	id: string;
	title: string;
	/** What the interviewer says to open the round. */
	brief: string;
}

export const MOCK_PROMPTS: readonly MockPrompt[] = [
	{
		id: 'payments',
		title: 'A payments system',
		brief:
			'Design the schema behind card payments for an online marketplace: customers pay, merchants get paid out weekly, and refunds and chargebacks arrive days later.'
	},
	{
		id: 'ride-share',
		title: 'Ride-share trips',
		brief:
			'Design the schema for a ride-share app: riders request trips, drivers accept them, fares change with surge, and the city team wants hourly supply and demand by zone.'
	},
	{
		id: 'music-streaming',
		title: 'A music streaming service',
		brief:
			'Design the schema for a music streaming service: listeners build playlists and play tracks, and rights holders are paid each month by share of plays.'
	},
	{
		id: 'saas-billing',
		title: 'SaaS billing',
		brief:
			'Design the schema for billing a SaaS product: accounts pick plans, upgrade or downgrade mid-cycle, pay for metered usage, and finance needs monthly recurring revenue.'
	},
	{
		id: 'ad-platform',
		title: 'An ad platform',
		brief:
			'Design the schema for an ad platform: advertisers run campaigns with daily budgets, the system logs billions of impressions and clicks, and advertisers see spend and conversions by hour.'
	}
];

export interface ChecklistItem {
	id: string;
	question: string;
	/** Framework phase (1-5) whose scripts cover this habit. */
	phase: number;
}

export const MOCK_CHECKLIST: readonly ChecklistItem[] = [
	{ id: 'access-first', question: 'Asked about access patterns before naming a table?', phase: 1 },
	{ id: 'assumptions', question: 'Stated your assumptions about scale and users out loud?', phase: 1 },
	{ id: 'read-write', question: 'Stated the read/write ratio, and whether changes update or append?', phase: 2 },
	{ id: 'grain', question: 'Declared the grain of each table?', phase: 3 },
	{ id: 'sql', question: 'Wrote the SQL (CREATE TABLE with keys and types)?', phase: 3 },
	{ id: 'trade-offs', question: 'Named what each denormalisation costs?', phase: 3 },
	{ id: 'indexes', question: 'Added indexes tied to the dominant queries, and a partition key?', phase: 4 },
	{ id: 'evolution', question: 'Covered evolution: a new attribute, a changed value, a new consumer?', phase: 5 }
];
