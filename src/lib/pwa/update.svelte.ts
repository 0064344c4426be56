// Service worker registration and the update offer. A new version is never applied by itself: the
// layout offers it outside review sessions, and `apply()` runs only when the user taps Update.
import { registerSW } from 'virtual:pwa-register';
import { isPrecacheProgress } from './offline-progress';

class AppUpdate {
	/** A new version is installed and waiting. */
	available = $state(false);
	/** The app shell is cached: from now on it starts offline. */
	offlineReady = $state(false);
	/** While the first install stores the app for offline use: bytes stored and in all. */
	download = $state<{ bytes: number; total: number } | null>(null);
	#update: ((reload?: boolean) => Promise<void>) | null = null;

	register(): void {
		if (this.#update || !('serviceWorker' in navigator)) return;
		// A worker already in control finished installing: everything is stored.
		if (navigator.serviceWorker.controller) this.offlineReady = true;
		navigator.serviceWorker.addEventListener('message', (event) => {
			if (!isPrecacheProgress(event.data) || this.offlineReady) return;
			this.download = { bytes: event.data.bytes, total: event.data.total };
		});
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.available = true),
			onOfflineReady: () => {
				this.offlineReady = true;
				this.download = null;
			},
			onRegisterError: (error) => console.error('Service worker registration failed', error)
		});
	}

	/** Activates the waiting version and reloads into it. */
	async apply(): Promise<void> {
		await this.#update?.(true);
	}
}

export const appUpdate = new AppUpdate();
