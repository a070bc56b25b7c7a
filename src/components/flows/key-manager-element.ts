/**
 * The `ap-key-manager` element: key operations of src/lib/mock-api on the page's world of the
 * channel's current API ("Keys for API" and the request builder's "API" both set it), the list
 * re-rendered on every change of that world (a request elsewhere on the page updates "last used").
 * Where the API's profile shows keys again (`keyShownOnce: false`), an active key has "Show".
 *
 * Design note: a new key's full value is held in one private field between its creation and
 * "Done", and never again: after that only the masked form from the key store's listing is shown.
 * The editor of a row (rename, revoke, rotate) is state here, so a re-render keeps what was typed.
 */
import type { KeyEnvironment } from '../../lib/mock-api/index.ts';
import type { Profile } from '../../lib/profiles/index.ts';
import { overlapSeconds } from '../../lib/flows/index.ts';
import { announce } from '../kit/clipboard.ts';
import { pageWorld, type PageWorld } from '../kit/page-world.ts';
import { storeFor } from '../kit/playground-store.ts';
import { KeyReveal } from './key-reveal.ts';
import { keyRows, type Editing } from './key-rows-view.ts';

type MockApi = typeof import('../../lib/mock-api/index.ts');

const timeFormat = new Intl.DateTimeFormat(undefined, {
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
});

export class ApKeyManager extends HTMLElement {
	#abort: AbortController | undefined;
	#world: PageWorld | undefined;
	#api: MockApi | undefined;
	/** Shows a new key whole, once (it holds the value until "Done"). */
	#reveal: KeyReveal | undefined;
	#editing: Editing | null = null;
	#profile: Profile | undefined;
	/** Ends the listener on the previous API's world when the API changes. */
	#worldAbort: AbortController | undefined;

	connectedCallback(): void {
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		const store = storeFor(this);
		const api = this.#el<HTMLSelectElement>('[data-api]');
		api.addEventListener('change', () => store.update({ profile: api.value }), { signal });
		store.addEventListener('change', () => this.#follow(store.snapshot.profile), { signal });
		this.#el('[data-create]').addEventListener(
			'submit',
			(event) => {
				event.preventDefault();
				this.#create();
			},
			{ signal },
		);
		this.#reveal = new KeyReveal(this, (message) => this.#status(message), signal);
		const rows = this.#el('[data-rows]');
		rows.addEventListener('click', (event) => this.#onRowClick(event), { signal });
		rows.addEventListener('input', (event) => this.#onRowInput(event), { signal });
		rows.addEventListener('change', (event) => this.#onRowInput(event), { signal });
		rows.addEventListener('keydown', (event) => this.#onRowKey(event), { signal });
		this.#follow(store.snapshot.profile);
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
		this.#worldAbort?.abort();
	}

	/** Manages `profile`'s keys: its world, its environments, whether keys are shown once. */
	#follow(profile: Profile): void {
		if (profile.id === this.#profile?.id) return;
		this.#profile = profile;
		this.#worldAbort?.abort();
		const worldAbort = (this.#worldAbort = new AbortController());
		this.#reveal?.clear();
		this.#editing = null;
		this.#el<HTMLSelectElement>('[data-api]').value = profile.id;
		for (const name of this.querySelectorAll('[data-api-name]')) name.textContent = profile.name;
		this.#el('[data-shown-once]').hidden = !profile.keyShownOnce;
		this.#el('[data-shown-again]').hidden = profile.keyShownOnce;
		void Promise.all([pageWorld(profile), import('../../lib/mock-api/index.ts')]).then(
			([world, api]) => {
				if (worldAbort.signal.aborted) return;
				this.#world = world;
				this.#api = api;
				this.#environments(api.keyEnvironments(profile));
				world.addEventListener('change', () => this.#render(), { signal: worldAbort.signal });
				this.#render();
			},
		);
	}

	#environments(environments: readonly KeyEnvironment[]): void {
		const select = this.#el<HTMLSelectElement>('[data-environment]');
		select.replaceChildren(
			...environments.map((value) => new Option(value === 'live' ? 'Live' : 'Test', value)),
		);
		this.#el('[data-environment-control]').hidden = environments.length === 0;
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	#status(message: string): void {
		announce(this.#el('[data-status]'), message, 8000);
	}

	/** Rebuilds the list from the world, keeping focus on the control that had it. */
	#render(): void {
		if (!this.#world || !this.#api) return;
		const focused =
			(document.activeElement as HTMLElement | null)?.closest('[data-rows]') ===
			this.#el('[data-rows]')
				? (document.activeElement as HTMLElement).dataset['focus']
				: undefined;
		const prefix = this.#el('[data-create] input').id;
		const format = (at: number) => timeFormat.format(at);
		const rows = this.#api
			.listApiKeys(this.#world.world)
			.flatMap((key) =>
				keyRows(key, this.#editing, format, prefix, this.#profile?.keyShownOnce === false),
			);
		this.#el('[data-rows]').replaceChildren(...rows);
		if (focused) this.#focus(focused);
	}

	#focus(key: string): void {
		this.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`)?.focus();
	}

	#create(): void {
		if (!this.#world || !this.#api) return;
		const input = this.#el<HTMLInputElement>('[data-name]');
		const environment = (this.#el<HTMLSelectElement>('[data-environment]').value || undefined) as
			KeyEnvironment | undefined;
		const result = this.#api.createApiKey(this.#world.world, {
			name: input.value,
			...(environment ? { environment } : {}),
		});
		const issue = this.#el('[data-name-issue]');
		issue.hidden = result.ok;
		issue.textContent = result.ok ? '' : `${result.code}: ${result.message}`;
		if (result.ok) input.removeAttribute('aria-invalid');
		else input.setAttribute('aria-invalid', 'true');
		if (!result.ok) return input.focus();
		const name = input.value.trim();
		input.value = '';
		this.#world.replace(result.world);
		this.#reveal?.show(result.key.value, `New key “${name}”`);
		this.#status(`Key “${name}” created. Copy it now: it is shown only once.`);
	}

	#onRowClick(event: Event): void {
		const target = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
		const id = target?.dataset['keyId'];
		if (!target || !id || !this.#world || !this.#api) return;
		const name = this.#api.listApiKeys(this.#world.world).find((key) => key.id === id)?.name ?? '';
		const open = (mode: Editing['mode'], focus: string) => {
			this.#editing = { id, mode, draft: name, keep: 'overlap', minutes: '60', problem: null };
			this.#render();
			this.#focus(focus);
		};
		switch (target.dataset['action']) {
			case 'rename':
				return open('rename', `rename-input:${id}`);
			case 'show':
				return this.#showAgain(id, name);
			case 'revoke':
				return open('revoke', `revoke-confirm:${id}`);
			case 'rotate':
				return open('rotate', `keep-overlap:${id}`);
			case 'cancel':
				return this.#close(id, this.#editing?.mode ?? 'rename');
			case 'rename-save':
				return this.#rename(id);
			case 'revoke-confirm':
				return this.#revoke(id, name);
			case 'rotate-confirm':
				return this.#rotate(id, name);
		}
	}

	#onRowInput(event: Event): void {
		const target = event.target as HTMLInputElement;
		if (!this.#editing) return;
		if (target.dataset['renameInput'] !== undefined) this.#editing.draft = target.value;
		if (target.dataset['minutes'] !== undefined) this.#editing.minutes = target.value;
		if (target.dataset['keep'] !== undefined && target.checked) {
			this.#editing.keep = target.value === 'none' ? 'none' : 'overlap';
			const minutes = this.querySelector<HTMLInputElement>(
				`[data-minutes="${CSS.escape(this.#editing.id)}"]`,
			);
			if (minutes) minutes.disabled = this.#editing.keep !== 'overlap';
		}
	}

	#onRowKey(event: KeyboardEvent): void {
		if (!this.#editing) return;
		if (event.key === 'Escape') {
			event.preventDefault();
			this.#close(this.#editing.id, this.#editing.mode);
		} else if (
			event.key === 'Enter' &&
			(event.target as HTMLElement).dataset['renameInput'] !== undefined
		) {
			event.preventDefault();
			this.#rename(this.#editing.id);
		}
	}

	/** Closes the row's editor and puts focus back on the button that opened it. */
	#close(id: string, mode: Editing['mode']): void {
		this.#editing = null;
		this.#render();
		this.#focus(`${mode}:${id}`);
		if (!this.querySelector(':focus')) this.#focus(`rename:${id}`);
	}

	#rename(id: string): void {
		if (!this.#world || !this.#api || !this.#editing) return;
		const result = this.#api.renameApiKey(this.#world.world, id, this.#editing.draft);
		if (!result.ok) {
			this.#editing.problem = `${result.code}: ${result.message}`;
			this.#render();
			return this.#focus(`rename-input:${id}`);
		}
		const name = this.#editing.draft.trim();
		this.#editing = null;
		this.#world.replace(result.world);
		this.#focus(`rename:${id}`);
		this.#status(`Renamed to “${name}”.`);
	}

	#showAgain(id: string, name: string): void {
		if (!this.#world || !this.#api) return;
		const result = this.#api.revealApiKey(this.#world.world, id);
		if (!result.ok) return this.#status(result.message);
		this.#reveal?.show(result.value, `Key “${name}”`);
	}

	#revoke(id: string, name: string): void {
		if (!this.#world || !this.#api) return;
		const result = this.#api.revokeApiKey(this.#world.world, id);
		this.#editing = null;
		if (result.ok) this.#world.replace(result.world);
		else this.#render();
		this.#focus(`rename:${id}`);
		this.#status(
			result.ok ? `“${name}” is revoked: requests that send it now get 401.` : result.message,
		);
	}

	#rotate(id: string, name: string): void {
		if (!this.#world || !this.#api || !this.#editing) return;
		const overlap = overlapSeconds(
			this.#editing.keep === 'none'
				? { keep: 'none' }
				: { keep: 'overlap', minutes: this.#editing.minutes },
		);
		if (!overlap.ok) {
			this.#editing.problem = overlap.message;
			this.#render();
			return this.#focus(`minutes:${id}`);
		}
		const result = this.#api.rotateApiKey(this.#world.world, id, overlap.seconds);
		if (!result.ok) {
			this.#editing.problem = result.message;
			return this.#render();
		}
		this.#editing = null;
		this.#world.replace(result.world);
		this.#reveal?.show(result.key.value, `New key “${name}”, replacing the old one`);
		const old =
			overlap.seconds === 0
				? 'The old key is revoked.'
				: `The old key keeps working for ${overlap.seconds / 60} minutes.`;
		this.#status(`“${name}” rotated. ${old} Copy the new key now: it is shown only once.`);
	}
}
