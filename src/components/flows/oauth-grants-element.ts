/**
 * The `ap-oauth-grants` element of the playground (OAuthGrants.astro): shows itself while the
 * playground's scheme is OAuth 2.0 and only then loads the flow (the mock API, the builders and
 * the snippet emitters, in oauth-grants-controller.ts), so the playground pays for it only when a
 * reader picks OAuth. Tabs of every step move together, like the playground's own. A page that
 * shows the grants alone, for one API, uses OAuthGrantsAlone.astro: no store to follow there.
 */
import type { Profile } from '../../lib/profiles/index.ts';
import { storeFor, type PlaygroundStore } from '../kit/playground-store.ts';
import { linkTabGroups } from '../kit/tablist.ts';

export class ApOAuthGrants extends HTMLElement {
	#store: PlaygroundStore | undefined;
	#abort: AbortController | undefined;
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
		const { state } = this.#store!;
		const profile = this.#store!.profiles.get(state.profile);
		const active = state.scheme === 'oauth2' && profile?.oauth !== undefined;
		this.hidden = !active;
		if (!active || !profile || profile.id === this.#profileId) return;
		this.#profileId = profile.id;
		this.#abort?.abort();
		this.#abort = new AbortController();
		this.#store!.addEventListener('change', () => this.#follow(), { signal: this.#abort.signal });
		void this.#load(profile, this.#abort.signal);
	}

	async #load(profile: Profile, signal: AbortSignal): Promise<void> {
		const { GrantsController } = await import('./oauth-grants-controller.ts');
		await new GrantsController(this, profile).start(signal);
		linkTabGroups([...this.querySelectorAll<HTMLElement>('[data-step]')], signal);
	}
}
