// Dataset scripts for the drills, one per engine, fetched from the precache on first use and kept
// for the session.
import contentDatasets from 'virtual:content/datasets';
import type { Dialect } from '$lib/model';

const cache = new Map<string, Promise<string>>();

export interface DatasetInfo {
	id: string;
	title: string;
}

export const datasets: readonly DatasetInfo[] = contentDatasets.map(({ id, title }) => ({ id, title }));

/** The script that builds dataset `id` on `dialect`'s engine. */
export function datasetSql(id: string, dialect: Dialect): Promise<string> {
	const key = `${dialect}:${id}`;
	let pending = cache.get(key);
	if (!pending) {
		const entry = contentDatasets.find((d) => d.id === id);
		if (!entry) return Promise.reject(new Error(`There is no dataset "${id}" in this version of Rehearse.`));
		pending = fetch(entry.urls[dialect]).then((response) => {
			if (!response.ok) throw new Error(`Dataset "${id}" could not be loaded (${response.status}).`);
			return response.text();
		});
		pending.catch(() => cache.delete(key));
		cache.set(key, pending);
	}
	return pending;
}
