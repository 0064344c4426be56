// "Add to home screen": Chromium browsers fire `beforeinstallprompt`, which we keep for an Install
// button; iOS Safari never does, so Settings shows its Share → Add to Home Screen steps instead.

interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

class InstallOffer {
	/** The browser offered installation and the user has not answered yet. */
	canInstall = $state(false);
	installed = $state(false);
	#event: BeforeInstallPromptEvent | null = null;

	listen(): void {
		this.installed = isStandalone();
		addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			this.#event = event as BeforeInstallPromptEvent;
			this.canInstall = true;
		});
		addEventListener('appinstalled', () => {
			this.installed = true;
			this.canInstall = false;
		});
	}

	async install(): Promise<void> {
		const event = this.#event;
		if (!event) return;
		this.#event = null;
		this.canInstall = false;
		await event.prompt();
		const { outcome } = await event.userChoice;
		if (outcome === 'accepted') this.installed = true;
	}
}

function isStandalone(): boolean {
	return (
		matchMedia('(display-mode: standalone)').matches ||
		(navigator as Navigator & { standalone?: boolean }).standalone === true
	);
}

/** iPhone or iPad Safari, not yet installed: the only way in is the Share menu. */
export function needsIosInstructions(): boolean {
	const ua = navigator.userAgent;
	const ios = /iphone|ipad|ipod/i.test(ua) || (ua.includes('Macintosh') && navigator.maxTouchPoints > 1);
	return ios && !isStandalone();
}

export const installOffer = new InstallOffer();
