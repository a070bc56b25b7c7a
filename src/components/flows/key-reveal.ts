/**
 * The one moment a new key is shown whole: its value, "Copy key", "Use it in the request below"
 * and "Done". The value is held here until "Done" (or the island leaves the page) and never again.
 */
import { copyText } from '../kit/clipboard.ts';
import { storeFor } from '../kit/playground-store.ts';

export class KeyReveal {
	readonly #host: HTMLElement;
	readonly #status: (message: string) => void;
	#value: string | null = null;

	constructor(host: HTMLElement, status: (message: string) => void, signal: AbortSignal) {
		this.#host = host;
		this.#status = status;
		this.#el('[data-copy]').addEventListener('click', () => void this.#copy(), { signal });
		this.#el('[data-use]').addEventListener('click', () => this.#use(), { signal });
		this.#el('[data-done]').addEventListener('click', () => this.#done(), { signal });
		signal.addEventListener('abort', () => this.clear());
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.#host.querySelector<T>(selector)!;
	}

	/** Shows `value` under `title` and puts focus on "Copy key". */
	show(value: string, title: string): void {
		this.#value = value;
		this.#el('[data-reveal-title]').textContent = title;
		this.#el('[data-secret]').textContent = value;
		this.#el('[data-reveal]').hidden = false;
		this.#el('[data-copy]').focus();
	}

	/** Forgets the value and hides it. */
	clear(): void {
		this.#value = null;
		this.#el('[data-secret]').textContent = '';
		this.#el('[data-reveal]').hidden = true;
	}

	async #copy(): Promise<void> {
		if (this.#value === null) return;
		const copied = await copyText(this.#value, this.#host);
		this.#status(
			copied
				? 'Key copied. Store it now; press Done when it is safe.'
				: 'Copying failed: select the key and copy it by hand.',
		);
	}

	#use(): void {
		if (this.#value === null) return;
		storeFor(this.#host).update({ apiKey: this.#value });
		this.#status('The request builder below now holds this key; press Send to try it.');
	}

	#done(): void {
		this.clear();
		this.#el<HTMLInputElement>('[data-name]').focus();
		this.#status(
			'The full key is no longer shown; the list shows only its first and last characters.',
		);
	}
}
