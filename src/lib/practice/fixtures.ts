// Fixed bank rows for the practice tests.
import type { BankRow } from './row';

export function bankRow(id: string, overrides: Partial<BankRow> = {}): BankRow {
	return {
		id,
		kind: 'concept',
		deck: 'modeling',
		title: `Item ${id}`,
		topics: [],
		difficulty: 1,
		domain: 'general',
		rounds: ['modeling-onsite'],
		origin: 'bundle',
		prompt: '',
		statuses: ['new'],
		...overrides
	};
}

export const ROWS: BankRow[] = [
	bankRow('scd2', { title: 'Slowly changing dimensions, type 2', topics: ['scd'], prompt: 'How do you keep history of a customer address?', difficulty: 2 }),
	bankRow('grain', { title: 'Choosing the grain of a fact table', topics: ['grain', 'facts'], prompt: 'What is the grain of an orders fact?' }),
	bankRow('rank-ties', {
		kind: 'sql',
		deck: 'sql',
		title: 'Top earners per department',
		topics: ['windows'],
		prompt: 'Use DENSE_RANK() so ties share a rank.',
		difficulty: 3,
		domain: 'payments',
		statuses: ['due', 'lapsed', 'solved']
	}),
	bankRow('dedupe', { kind: 'python', deck: 'python', title: 'Deduplicate events', topics: ['dedupe'], prompt: 'Keep the latest event per id.', statuses: ['learning', 'never-solved'] }),
	bankRow('café', { title: 'Café orders star schema', topics: ['star'], domain: 'food-delivery', prompt: 'Model a café chain.', origin: 'user' }),
	bankRow('ledger', { kind: 'scenario', deck: 'design', title: 'Payments ledger', topics: ['double-entry'], prompt: 'Why debit and credit rows?', domain: 'payments', statuses: ['due'] })
];
