// A Svelte action: calls back once, the first time the element has scrolled into view.
// e.g. <div use:onceVisible={() => session.markRead(id)}></div>
import type { Action } from 'svelte/action';

export const onceVisible: Action<Element, () => void> = (node, callback) => {
	let current = callback;
	const observer = new IntersectionObserver((entries) => {
		if (!entries.some((entry) => entry.isIntersecting)) return;
		observer.disconnect();
		current();
	});
	observer.observe(node);
	return {
		update(next) {
			current = next;
		},
		destroy() {
			observer.disconnect();
		}
	};
};
