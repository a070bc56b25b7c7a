/**
 * The `ap-oauth-grants` element: shows itself while the playground's scheme is OAuth 2.0 and
 * only then loads the flow (the mock API, the builders and the snippet emitters, in
 * oauth-grants-controller.ts), so the playground pays for it only when a reader picks OAuth.
 * Tabs and the environment switch of every step move together, like the playground's own.
 */
import type { Profile } from '../../lib/profiles/index.ts';
import { pageProfiles } from '../kit/page-data.ts';
import { storeFor, type PlaygroundStore } from '../kit/playground-store.ts';
import { selectTab, tabIndexForKey } from '../kit/tablist.ts';
import type { GrantsController } from './oauth-grants-controller.ts';

export class ApOAuthGrants extends HTMLElement {
	#store: PlaygroundStore | undefined;
	#abort: AbortController | undefined;
	#controller: Promise<GrantsController> | undefined;
	#profileId = '';

	connectedCallback(): void {
		const store = (this.#store = storeFor(this));
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		store.addEventListener('change', () => this.#follow(), { signal });
		this.#follow();
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
	}

	/** Shown for the OAuth scheme of an API that offers it; a new API starts a new flow. */
	#follow(): void {
		const { state } = this.#store!.snapshot;
		const profile = pageProfiles().get(state.profile);
		const active = state.scheme === 'oauth2' && profile?.oauth !== undefined;
		this.hidden = !active;
		if (!active || !profile || profile.id === this.#profileId) return;
		this.#profileId = profile.id;
		this.#abort?.abort();
		this.#abort = new AbortController();
		this.#store!.addEventListener('change', () => this.#follow(), { signal: this.#abort.signal });
		this.#controller = this.#load(profile, this.#abort.signal);
	}

	async #load(profile: Profile, signal: AbortSignal): Promise<GrantsController> {
		const { GrantsController } = await import('./oauth-grants-controller.ts');
		const controller = new GrantsController(this, profile);
		await controller.start(signal);
		this.#wireTabs(signal);
		return controller;
	}

	/** Every step's tabs and switch act on all steps at once. */
	#wireTabs(signal: AbortSignal): void {
		const languages = ['curl', 'javascript', 'python', 'go'];
		const choose = (index: number) => {
			for (const section of this.querySelectorAll<HTMLElement>('[data-step]')) {
				selectTab(
					[...section.querySelectorAll<HTMLElement>('[role="tab"]')],
					[...section.querySelectorAll<HTMLElement>('[role="tabpanel"]')],
					index,
				);
			}
		};
		for (const tab of this.querySelectorAll<HTMLElement>('[role="tab"]')) {
			const index = languages.indexOf(tab.dataset['language'] ?? '');
			tab.addEventListener('click', () => choose(index), { signal });
			tab.addEventListener(
				'keydown',
				(event) => {
					const next = tabIndexForKey(event.key, index, languages.length);
					if (next === undefined) return;
					event.preventDefault();
					choose(next);
					tab.parentElement?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
				},
				{ signal },
			);
		}
		for (const input of this.querySelectorAll<HTMLInputElement>('[data-use-env]')) {
			input.addEventListener(
				'change',
				() => void this.#controller?.then((controller) => controller.useEnv(input.checked)),
				{ signal },
			);
		}
	}
}
