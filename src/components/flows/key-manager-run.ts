/**
 * What the key manager does once a reader reaches for it, loaded on the first focus or pointer
 * over it, its first press, or the first change of the page's world (key-manager-element.ts):
 * the key operations of src/lib/mock-api on the page's world of the channel's current API, and
 * the list rendered from that world. Apart from the element so that the API keys guide pays for
 * the rows, the editors and the reveal only once a reader is about to use them.
 *
 * Design note: a new key's full value is held in one private field (key-reveal.ts) between its
 * creation and "Done", and never again: after that only the masked form from the key store's
 * listing is shown. The editor of a row (rename, revoke, rotate) is state here, so a re-render
 * keeps what was typed. Until something changes, the rows stay the ones the server rendered, so a
 * press on one of their buttons is never lost to a re-render under the pointer.
 */
import type { KeyEnvironment } from '../../lib/mock-api/index.ts';
import type { Profile } from '../../lib/profiles/index.ts';
import { overlapSeconds } from '../../lib/flows/key-rows.ts';
import { announce } from '../kit/clipboard.ts';
import { pageWorld, type PageWorld } from '../kit/page-world.ts';
import { KeyReveal } from './key-reveal.ts';
import { keyRows, type Editing } from './key-rows-view.ts';

type MockApi = typeof import('../../lib/mock-api/index.ts');

/** A row button's request: what to do, to which key. */
export interface RowPress {
	readonly action: string;
	readonly id: string;
}

const timeFormat = new Intl.DateTimeFormat(undefined, {
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit',
});

/** The key manager's actions on `host` (an `ap-key-manager`). */
export class KeyManagerRun {
	readonly #host: HTMLElement;
	/** Shows a new key whole, once (it holds the value until "Done"). */
	readonly #reveal: KeyReveal;
	#world: PageWorld | undefined;
	#api: MockApi | undefined;
	#editing: Editing | null = null;
	#profile: Profile | undefined;
	/** The world and mock API of the API followed last; every action waits for them. */
	#ready: Promise<void> = Promise.resolve();

	constructor(host: HTMLElement, signal: AbortSignal) {
		this.#host = host;
		this.#reveal = new KeyReveal(host, (message) => this.#status(message), signal);
		const rows = this.#el('[data-rows]');
		rows.addEventListener('input', (event) => this.#onRowInput(event), { signal });
		rows.addEventListener('change', (event) => this.#onRowInput(event), { signal });
		rows.addEventListener('keydown', (event) => this.#onRowKey(event), { signal });
	}

	/**
	 * Manages `profile`'s keys: its world, its environments, whether keys are shown once. `served`:
	 * the list and the environments on the page are still the server's for this API.
	 */
	follow(profile: Profile, served = false): Promise<void> {
		if (profile.id === this.#profile?.id) return this.#ready;
		this.#profile = profile;
		this.#reveal.clear();
		this.#editing = null;
		this.#ready = Promise.all([pageWorld(profile), import('../../lib/mock-api/index.ts')]).then(
			([world, api]) => {
				if (this.#profile !== profile) return;
				this.#world = world;
				this.#api = api;
				if (served) return;
				this.#environments(api.keyEnvironments(profile));
				this.render();
			},
		);
		return this.#ready;
	}

	#environments(environments: readonly KeyEnvironment[]): void {
		const select = this.#el<HTMLSelectElement>('[data-environment]');
		select.replaceChildren(
			...environments.map((value) => new Option(value === 'live' ? 'Live' : 'Test', value)),
		);
		this.#el('[data-environment-control]').hidden = environments.length === 0;
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.#host.querySelector<T>(selector)!;
	}

	#status(message: string): void {
		announce(this.#el('[data-status]'), message, 8000);
	}

	/** Rebuilds the list from the world, keeping focus on the control that had it. */
	render(): void {
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
		this.#host.querySelector<HTMLElement>(`[data-focus="${CSS.escape(key)}"]`)?.focus();
	}

	/** Creates a key named as typed, or says why not next to the name. */
	async create(): Promise<void> {
		await this.#ready;
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
		this.#reveal.show(result.key.value, `New key “${name}”`);
		this.#status(`Key “${name}” created. Copy it now: it is shown only once.`);
	}

	/** Acts on a press of a row's button (Rename, Show, Revoke, Rotate and their editors'). */
	async press({ action, id }: RowPress): Promise<void> {
		await this.#ready;
		if (!this.#world || !this.#api) return;
		const name = this.#api.listApiKeys(this.#world.world).find((key) => key.id === id)?.name ?? '';
		const open = (mode: Editing['mode'], focus: string) => {
			this.#editing = { id, mode, draft: name, keep: 'overlap', minutes: '60', problem: null };
			this.render();
			this.#focus(focus);
		};
		switch (action) {
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
			const minutes = this.#host.querySelector<HTMLInputElement>(
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
		this.render();
		this.#focus(`${mode}:${id}`);
		if (!this.#host.querySelector(':focus')) this.#focus(`rename:${id}`);
	}

	#rename(id: string): void {
		if (!this.#world || !this.#api || !this.#editing) return;
		const result = this.#api.renameApiKey(this.#world.world, id, this.#editing.draft);
		if (!result.ok) {
			this.#editing.problem = `${result.code}: ${result.message}`;
			this.render();
			return this.#focus(`rename-input:${id}`);
		}
		const name = this.#editing.draft.trim();
		this.#editing = null;
		this.#world.replace(result.world);
		this.render();
		this.#focus(`rename:${id}`);
		this.#status(`Renamed to “${name}”.`);
	}

	#showAgain(id: string, name: string): void {
		if (!this.#world || !this.#api) return;
		const result = this.#api.revealApiKey(this.#world.world, id);
		if (!result.ok) return this.#status(result.message);
		this.#reveal.show(result.value, `Key “${name}”`);
	}

	#revoke(id: string, name: string): void {
		if (!this.#world || !this.#api) return;
		const result = this.#api.revokeApiKey(this.#world.world, id);
		this.#editing = null;
		if (result.ok) this.#world.replace(result.world);
		this.render();
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
			this.render();
			return this.#focus(`minutes:${id}`);
		}
		const result = this.#api.rotateApiKey(this.#world.world, id, overlap.seconds);
		if (!result.ok) {
			this.#editing.problem = result.message;
			return this.render();
		}
		this.#editing = null;
		this.#world.replace(result.world);
		this.render();
		this.#reveal.show(result.key.value, `New key “${name}”, replacing the old one`);
		const old =
			overlap.seconds === 0
				? 'The old key is revoked.'
				: `The old key keeps working for ${overlap.seconds / 60} minutes.`;
		this.#status(`“${name}” rotated. ${old} Copy the new key now: it is shown only once.`);
	}
}
