// "Preparing for a company like…": a company stands for the businesses it is in, so choosing it
// filters the bank to questions modelled on those businesses. It is never a claim about what a
// company asks in its interviews: the label says "questions in the business X is in".

import type { Domain } from '$lib/model';

export interface CompanyPreset {
	/** URL value: `/practice?company=stripe`. */
	id: string;
	name: string;
	/** The businesses the company is in, as the bank's domains. */
	domains: readonly Domain[];
}

export const COMPANIES: readonly CompanyPreset[] = [
	{ id: 'airbnb', name: 'Airbnb', domains: ['lodging', 'marketplace'] },
	{ id: 'amazon', name: 'Amazon', domains: ['e-commerce', 'marketplace', 'ads'] },
	{ id: 'booking', name: 'Booking.com', domains: ['lodging', 'marketplace'] },
	{ id: 'doordash', name: 'DoorDash', domains: ['food-delivery', 'marketplace'] },
	{ id: 'etsy', name: 'Etsy', domains: ['marketplace', 'e-commerce'] },
	{ id: 'google', name: 'Google', domains: ['ads', 'saas'] },
	{ id: 'instacart', name: 'Instacart', domains: ['food-delivery', 'e-commerce', 'marketplace'] },
	{ id: 'lyft', name: 'Lyft', domains: ['ride-share', 'marketplace'] },
	{ id: 'meta', name: 'Meta', domains: ['social', 'ads'] },
	{ id: 'netflix', name: 'Netflix', domains: ['streaming-media'] },
	{ id: 'pinterest', name: 'Pinterest', domains: ['social', 'ads'] },
	{ id: 'salesforce', name: 'Salesforce', domains: ['saas'] },
	{ id: 'shopify', name: 'Shopify', domains: ['e-commerce', 'saas', 'payments'] },
	{ id: 'spotify', name: 'Spotify', domains: ['streaming-media', 'ads'] },
	{ id: 'stripe', name: 'Stripe', domains: ['payments', 'saas'] },
	{ id: 'uber', name: 'Uber', domains: ['ride-share', 'food-delivery', 'marketplace'] }
];

export function companyById(id: string): CompanyPreset | null {
	return COMPANIES.find((company) => company.id === id) ?? null;
}

/** How a preset reads on screen: "Questions in the business Stripe is in (payments, SaaS)". */
export function companyLabel(company: CompanyPreset): string {
	return `Questions in the business ${company.name} is in`;
}
