// What a first run's onboarding (or `/?setup`) draws with, loaded by Today's loader only then:
// never on a usual visit, and on a first run before the page mounts, so the page draws whole at
// once instead of loading its largest part after it has mounted. What it stores, and the backup
// import it offers, load when the user asks for them (or once the page is idle).
const load = () =>
	Promise.all([import('$lib/ui/today/Onboarding.svelte'), import('$lib/session/onboarding-rounds')]).then(
		([{ default: Onboarding }, { ONBOARDING_ROUNDS }]) => ({ Onboarding, ONBOARDING_ROUNDS })
	);

export type OnboardingParts = Awaited<ReturnType<typeof load>>;

let loading: Promise<OnboardingParts> | null = null;
let loaded: OnboardingParts | null = null;

/** The parts, loaded once (a failed load is tried again next time). */
export function onboardingParts(): Promise<OnboardingParts> {
	loading ??= load().then(
		(parts) => (loaded = parts),
		(error: unknown) => {
			loading = null;
			throw error;
		}
	);
	return loading;
}

/** The parts if they have loaded: onboarding stays up after a restore, when Today's data no longer asks for it. */
export const loadedOnboardingParts = (): OnboardingParts | null => loaded;

/** Stores the user's choice. */
export const onboardingApply = () => import('$lib/session/onboarding-apply');

/** The backup import onboarding offers under "Restore a backup". */
export const backupImportParts = () =>
	Promise.all([import('$lib/ui/settings/BackupImport.svelte'), import('$lib/session/backup-panel.svelte')]).then(
		([{ default: BackupImport }, { BackupImporter }]) => ({ BackupImport, BackupImporter })
	);
