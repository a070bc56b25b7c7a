/**
 * The `ap-oauth-grants` element for one API on a page of its own (OAuthGrantsAlone.astro, on the
 * OAuth guide). There is no scheme to follow, so no page store: the server renders the island
 * shown, and the flow (the mock API, the builders and the snippet emitters, in
 * oauth-grants-controller.ts) loads on the reader's first focus or pointer over it. What the
 * reader does before it arrives is not lost: edited fields keep their text and tell the flow,
 * and a button pressed is pressed again once the flow listens.
 */
import { forgetOnFailure, onIntentOrVisible } from '../kit/intent.ts';
import { linkTabGroups } from '../kit/tablist.ts';

export class ApOAuthGrantsAlone extends HTMLElement {
	#abort: AbortController | undefined;
	#loading: Promise<void> | undefined;
	#listening = false;
	/** Fields and choices edited before the flow listened, with what they held. */
	readonly #edits = new Map<HTMLInputElement | HTMLSelectElement, string>();
	/** The last button pressed before the flow listened. */
	#pressed: HTMLButtonElement | undefined;

	connectedCallback(): void {
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		const edited = (event: Event) => {
			const control = event.target;
			if (this.#listening) return;
			if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement)
				this.#edits.set(control, control.value);
			void this.#load();
		};
		const pressed = (event: Event) => {
			const button = event.target instanceof Element ? event.target.closest('button') : null;
			if (this.#listening || !button) return;
			this.#pressed = button;
			void this.#load();
		};
		for (const type of ['input', 'change']) this.addEventListener(type, edited, { signal });
		this.addEventListener('click', pressed, { signal });
		onIntentOrVisible(this, () => this.#load(), signal);
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
	}

	/** Loads and starts the flow once, then replays what came first. */
	#load(): Promise<void> {
		return (this.#loading ??= forgetOnFailure(
			(async () => {
				const signal = this.#abort!.signal;
				const { GrantsController } = await import('./oauth-grants-controller.ts');
				const profile = GrantsController.profileOf(this.dataset['profile'] ?? '');
				if (!profile || signal.aborted) return;
				await new GrantsController(this, profile).start(signal);
				linkTabGroups([...this.querySelectorAll<HTMLElement>('[data-step]')], signal);
				this.#listening = true;
				for (const [control, value] of this.#edits) {
					const text = control instanceof HTMLInputElement && control.type !== 'checkbox';
					if (text) control.value = value;
					control.dispatchEvent(new Event(text ? 'input' : 'change', { bubbles: true }));
				}
				this.#pressed?.click();
			})(),
			() => (this.#loading = undefined),
		));
	}
}
