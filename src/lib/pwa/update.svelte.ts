// Service worker registration and the update offer. A new version is never applied by itself: the
// layout offers it outside review sessions, and `apply()` runs only when the user taps Update.
import { isPrecacheProgress } from './offline-progress';
import { isPythonProgress, PYTHON_REQUEST, pythonDownloadChoice, type PythonDownloadChoice, type PythonProgress, type PythonRequest } from './python-download';

/** Kept per device, not in the synced settings: whether a connection is metered is the device's affair. */
const PYTHON_CHOICE_KEY = 'rehearse:python-download';

class AppUpdate {
	/** A new version is installed and waiting. */
	available = $state(false);
	/** The app shell is cached: from now on it starts offline. */
	offlineReady = $state(false);
	/** While the first install stores the app for offline use: bytes stored and in all. */
	download = $state<{ bytes: number; total: number } | null>(null);
	/** How much of the Python runtime is stored for offline use; null until the worker says. */
	python = $state<PythonProgress | null>(null);
	/** When the Python runtime downloads: with the app, or at the first Python drill. */
	pythonChoice = $state<PythonDownloadChoice>('with-app');
	#update: ((reload?: boolean) => Promise<void>) | null = null;
	#registered = false;

	/** Called once the first screen is drawn: the registration code (Workbox's window part) loads only then. */
	async register(): Promise<void> {
		if (this.#registered || !('serviceWorker' in navigator)) return;
		this.#registered = true;
		// A worker already in control finished installing: everything is stored.
		if (navigator.serviceWorker.controller) this.offlineReady = true;
		this.pythonChoice = pythonDownloadChoice(readChoice(), (navigator as { connection?: { saveData?: boolean; type?: string } }).connection);
		navigator.serviceWorker.addEventListener('message', (event) => {
			if (isPythonProgress(event.data)) this.python = event.data;
			if (!isPrecacheProgress(event.data) || this.offlineReady) return;
			this.download = { bytes: event.data.bytes, total: event.data.total };
		});
		// A page opened while an earlier page's install was running never hears that install finish
		// from registerSW; the new worker claiming it says the same.
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			this.offlineReady = true;
			this.download = null;
		});
		// The Python runtime follows the app: once the app is stored (now, or at install), ask for it.
		void navigator.serviceWorker.ready.then(() => this.#askPython(this.pythonChoice === 'with-app' ? 'download' : 'status'));
		let registerSW: typeof import('virtual:pwa-register').registerSW;
		try {
			({ registerSW } = await import('virtual:pwa-register'));
		} catch (error) {
			// The page's own chunk could not be fetched (a deploy replaced it): the next load registers.
			console.error('Service worker registration failed', error);
			return;
		}
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

	/** Stores the Python runtime now, whatever the choice. */
	downloadPython(): void {
		this.#askPython('download');
	}

	choosePythonDownload(choice: PythonDownloadChoice): void {
		this.pythonChoice = choice;
		try {
			localStorage.setItem(PYTHON_CHOICE_KEY, choice);
		} catch {
			// Storage refused (a private window): the choice holds for this visit.
		}
		if (choice === 'with-app') this.downloadPython();
	}

	#askPython(action: PythonRequest['action']): void {
		void navigator.serviceWorker.ready.then((registration) =>
			registration.active?.postMessage({ type: PYTHON_REQUEST, action } satisfies PythonRequest)
		);
	}

	/** Activates the waiting version and reloads into it. */
	async apply(): Promise<void> {
		await this.#update?.(true);
	}
}

function readChoice(): string | null {
	try {
		return localStorage.getItem(PYTHON_CHOICE_KEY);
	} catch {
		return null;
	}
}

export const appUpdate = new AppUpdate();
