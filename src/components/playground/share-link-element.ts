/**
 * The `ap-share-link` element: copies a link to the playground state of its channel, and (with
 * `data-restore`) applies the state a link carries and keeps the address bar in step with it.
 * Links carry only fields the state schema marks as not secret (src/lib/share).
 */
import { storeFor, type PlaygroundStore } from '../kit/playground-store.ts';
import { announce, copyText } from '../kit/clipboard.ts';
import { markHandled, setBusy } from '../kit/settled.ts';
import { keepSecrets, restoreFragment, shareFragment, shareUrl } from '../../lib/share/index.ts';
import { siteLink } from '../kit/site-link.ts';

/** Address-bar updates wait for a pause in typing: browsers throttle frequent history calls. */
const fragmentDelayMs = 300;

export class ApShareLink extends HTMLElement {
	#store: PlaygroundStore | undefined;
	#abort: AbortController | undefined;
	#timer: number | undefined;

	connectedCallback(): void {
		const store = (this.#store = storeFor(this));
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		this.querySelector('[data-copy-link]')?.addEventListener('click', () => void this.#copy(), {
			signal,
		});
		if (this.dataset['restore'] === undefined) return;
		this.#open(location.hash);
		window.addEventListener('hashchange', () => this.#open(location.hash), { signal });
		store.addEventListener('change', () => this.#scheduleFragment(), { signal });
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
		window.clearTimeout(this.#timer);
	}

	/** Applies the state a fragment carries and says what the link could not carry. */
	#open(fragment: string): void {
		if (!this.#store || fragment.length <= 1) return;
		const current = this.#store.state;
		const { state, rejected } = restoreFragment(fragment, current, this.#store.profiles);
		this.#store.replace(keepSecrets(state, current));
		const note = this.querySelector<HTMLElement>('[data-restored]')!;
		note.hidden = rejected.length === 0;
		note.textContent =
			rejected.length === 0
				? ''
				: `Ignored in the link: ${rejected.map((entry) => `${entry.param} (${entry.reason})`).join('; ')}.`;
	}

	#link(): string | undefined {
		if (!this.#store) return undefined;
		const { state, profile } = this.#store;
		return shareUrl(
			new URL(this.dataset['target'] ?? siteLink('/playground/'), location.href).href,
			state,
			profile,
		);
	}

	async #copy(): Promise<void> {
		const status = this.querySelector<HTMLElement>('[data-status]');
		const link = this.#link();
		if (!link) return;
		announce(
			status,
			(await copyText(link, this))
				? 'Link copied. It holds no key, password or token.'
				: `Copying failed; the link is: ${link}`,
		);
	}

	#scheduleFragment(): void {
		window.clearTimeout(this.#timer);
		setBusy(this, true);
		this.#timer = window.setTimeout(() => {
			setBusy(this, false);
			if (!this.#store) return;
			const { state, profile } = this.#store;
			const fragment = `#${shareFragment(state, profile)}`;
			if (fragment !== location.hash) history.replaceState(history.state, '', fragment);
			markHandled(this);
		}, fragmentDelayMs);
	}
}
