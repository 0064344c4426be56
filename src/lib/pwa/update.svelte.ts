// Service worker registration and the update offer. A new version is never applied by itself: the
// layout offers it outside review sessions, and `apply()` runs only when the user taps Update.
import { registerSW } from 'virtual:pwa-register';

class AppUpdate {
	/** A new version is installed and waiting. */
	available = $state(false);
	/** The app shell is cached: from now on it starts offline. */
	offlineReady = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | null = null;

	register(): void {
		if (this.#update || !('serviceWorker' in navigator)) return;
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.available = true),
			onOfflineReady: () => (this.offlineReady = true),
			onRegisterError: (error) => console.error('Service worker registration failed', error)
		});
	}

	/** Activates the waiting version and reloads into it. */
	async apply(): Promise<void> {
		await this.#update?.(true);
	}
}

export const appUpdate = new AppUpdate();
