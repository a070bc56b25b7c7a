/**
 * The `ap-key-manager` element. The server renders the list with the example key and its
 * buttons, so at load the element only keeps "Keys for API" and the request builder's "API" in
 * step through the channel's store, and listens. The key operations, the list and the reveal
 * (key-manager-run.ts) load on the reader's first focus or pointer over the island; a press that
 * comes first waits for the same load, so nothing is lost. A change of the page's world (a request
 * elsewhere on the page updates "last used") or another API loads them too, to show the new list.
 */
import type { Profile } from '../../lib/profiles/index.ts';
import { forgetOnFailure, loadOnce, onIntent } from '../kit/intent.ts';
import { pageWorlds } from '../kit/page-world.ts';
import { storeFor, type PlaygroundStore } from '../kit/playground-store.ts';
import type { KeyManagerRun } from './key-manager-run.ts';

const loadRun = loadOnce(() => import('./key-manager-run.ts'));

export class ApKeyManager extends HTMLElement {
	#abort: AbortController | undefined;
	#store: PlaygroundStore | undefined;
	#run: Promise<KeyManagerRun> | undefined;
	/** The API whose keys the list shows or is about to show. */
	#shown = '';

	connectedCallback(): void {
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		const store = (this.#store = storeFor(this));
		this.#shown = this.dataset['profile'] ?? '';
		const api = this.#el<HTMLSelectElement>('[data-api]');
		api.addEventListener('change', () => store.update({ profile: api.value }), { signal });
		store.addEventListener('change', () => this.#follow(store.profile), { signal });
		pageWorlds.addEventListener('change', () => this.#act((run) => run.render()), { signal });
		onIntent(this, () => this.#runner(), signal);
		this.#el('[data-create]').addEventListener(
			'submit',
			(event) => {
				event.preventDefault();
				this.#act((run) => run.create());
			},
			{ signal },
		);
		this.#el('[data-rows]').addEventListener(
			'click',
			(event) => {
				const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
				const action = target?.dataset['action'];
				const id = target?.dataset['keyId'];
				if (action && id) this.#act((run) => run.press({ action, id }));
			},
			{ signal },
		);
		this.#follow(store.profile);
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	/** The island's actions, loaded once and following the store's API; every caller waits for them. */
	#runner(): Promise<KeyManagerRun> {
		return (this.#run ??= forgetOnFailure(
			loadRun().then(async ({ KeyManagerRun }) => {
				const run = new KeyManagerRun(this, this.#abort!.signal);
				const { profile } = this.#store!;
				await run.follow(profile, profile.id === this.dataset['profile']);
				return run;
			}),
			() => (this.#run = undefined),
		));
	}

	#act(action: (run: KeyManagerRun) => unknown): void {
		void this.#runner().then(action);
	}

	/** Shows `profile`'s name and key policy at once; its list once the island's code is there. */
	#follow(profile: Profile): void {
		this.#el<HTMLSelectElement>('[data-api]').value = profile.id;
		for (const name of this.querySelectorAll('[data-api-name]')) name.textContent = profile.name;
		this.#el('[data-shown-once]').hidden = !profile.keyShownOnce;
		this.#el('[data-shown-again]').hidden = profile.keyShownOnce;
		if (profile.id === this.#shown) return;
		this.#shown = profile.id;
		this.#act((run) => run.follow(profile));
	}
}
