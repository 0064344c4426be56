// Dataset SQL for the drills, fetched from the precache on first use and kept for the session.
import contentMeta from 'virtual:content/meta';

const cache = new Map<string, Promise<string>>();

export interface DatasetInfo {
	id: string;
	title: string;
}

export const datasets: readonly DatasetInfo[] = contentMeta.datasets.map(({ id, title }) => ({ id, title }));

export function datasetSql(id: string): Promise<string> {
	let pending = cache.get(id);
	if (!pending) {
		const entry = contentMeta.datasets.find((d) => d.id === id);
		if (!entry) return Promise.reject(new Error(`There is no dataset "${id}" in this version of Rehearse.`));
		pending = fetch(entry.url).then((response) => {
			if (!response.ok) throw new Error(`Dataset "${id}" could not be loaded (${response.status}).`);
			return response.text();
		});
		pending.catch(() => cache.delete(id));
		cache.set(id, pending);
	}
	return pending;
}
