// On-device speech recognition, or nothing. Audio must never leave the device, so recognition is
// used only where the browser can promise local processing (Chromium's `processLocally` and
// `SpeechRecognition.available({ langs, processLocally: true })`). A browser that only offers its
// server-side recognizer (older Chromium, Safari) gets null, and the aloud drill records instead.

/** The slice of the Web Speech API used here; the DOM typings do not ship it yet. */
export interface LocalRecognition {
	lang: string;
	continuous: boolean;
	interimResults: boolean;
	processLocally: boolean;
	onresult: ((event: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
	onerror: ((event: { error: string }) => void) | null;
	onend: (() => void) | null;
	start(): void;
	stop(): void;
	abort(): void;
}

interface RecognitionConstructor {
	new (): LocalRecognition;
	available?: (options: { langs: string[]; processLocally: boolean }) => Promise<string>;
	prototype: object;
}

function constructorOf(): RecognitionConstructor | null {
	const scope = globalThis as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
	return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

/**
 * A recognizer that processes `lang` on this device, or null when the browser cannot promise that
 * (no API, no `processLocally`, or the language pack not installed: 'downloadable' would fetch a
 * model, which we leave to the user's browser settings rather than trigger ourselves).
 */
export async function localRecognizer(lang: string): Promise<LocalRecognition | null> {
	const Recognition = constructorOf();
	if (!Recognition || typeof Recognition.available !== 'function' || !('processLocally' in Recognition.prototype)) return null;
	try {
		const status = await Recognition.available({ langs: [lang], processLocally: true });
		if (status !== 'available') return null;
	} catch (error) {
		// A Permissions-Policy block or an unknown language: no local recognition here.
		if (error instanceof DOMException) return null;
		throw error;
	}
	const recognition = new Recognition();
	recognition.processLocally = true;
	recognition.lang = lang;
	recognition.continuous = true;
	recognition.interimResults = true;
	return recognition;
}
