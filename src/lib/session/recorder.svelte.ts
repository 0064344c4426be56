// Records the user's voice for playback, in memory only: the audio is an object URL that is revoked
// when the drill closes, and it reaches the disk only if the user asks to save it.
export type RecorderState = 'idle' | 'recording' | 'recorded' | 'unsupported' | 'denied';

export class AudioRecorder {
	state = $state<RecorderState>('idle');
	/** Object URL of the last recording, for an <audio> element. */
	url = $state<string | null>(null);

	#recorder: MediaRecorder | null = null;
	#stream: MediaStream | null = null;
	#blob: Blob | null = null;

	constructor() {
		if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) this.state = 'unsupported';
	}

	async start(): Promise<void> {
		if (this.state === 'unsupported' || this.state === 'recording') return;
		try {
			this.#stream = await navigator.mediaDevices.getUserMedia({ audio: true });
		} catch (error) {
			// NotAllowedError (refused) and NotFoundError (no microphone) both mean: no recording.
			if (error instanceof DOMException) {
				this.state = 'denied';
				return;
			}
			throw error;
		}
		this.#clear();
		const chunks: Blob[] = [];
		const recorder = new MediaRecorder(this.#stream);
		recorder.ondataavailable = (event) => chunks.push(event.data);
		recorder.onstop = () => {
			this.#blob = new Blob(chunks, { type: recorder.mimeType || 'audio/webm' });
			this.url = URL.createObjectURL(this.#blob);
			this.state = 'recorded';
			this.#release();
		};
		this.#recorder = recorder;
		recorder.start();
		this.state = 'recording';
	}

	stop(): void {
		if (this.#recorder?.state === 'recording') this.#recorder.stop();
	}

	/** Downloads the recording: only ever on the user's request. */
	save(filename: string): void {
		if (!this.url || !this.#blob) return;
		const extension = this.#blob.type.includes('ogg') ? 'ogg' : this.#blob.type.includes('mp4') ? 'm4a' : 'webm';
		const link = document.createElement('a');
		link.href = this.url;
		link.download = `${filename}.${extension}`;
		link.click();
	}

	/** Stops recording and frees the audio; call when the drill closes. */
	dispose(): void {
		if (this.#recorder?.state === 'recording') {
			this.#recorder.onstop = null;
			this.#recorder.stop();
		}
		this.#release();
		this.#clear();
	}

	#clear(): void {
		if (this.url) URL.revokeObjectURL(this.url);
		this.url = null;
		this.#blob = null;
	}

	#release(): void {
		this.#stream?.getTracks().forEach((track) => track.stop());
		this.#stream = null;
	}
}
