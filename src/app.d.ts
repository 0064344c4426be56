// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Injected by Vite from package.json, shown in Settings. */
	const __APP_VERSION__: string;
}

export {};
