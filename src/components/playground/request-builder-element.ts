/**
 * The `ap-request-builder` element: writes each edit of its inputs into the page store, then
 * renders the store back into the same markup (selects, credential fields with their issues, the
 * Authorization header, the Basic steps, a Bearer key's environment) and copies the header.
 */
import { storeFor, type PlaygroundStore } from '../kit/playground-store.ts';
import { environmentText, headerText, inputHint, outputLabel } from './builder-text.ts';
import { showIssues } from '../kit/field-issues.ts';
import { renderSteps } from './basic-steps-live.ts';
import { announce, copyText } from '../kit/clipboard.ts';
import { setHidden, setText } from '../kit/dom-write.ts';
import { offersScheme, type PlaygroundState } from '../../lib/share/index.ts';

type Editable =
	| 'profile'
	| 'scheme'
	| 'variant'
	| 'keyIn'
	| 'keyName'
	| 'username'
	| 'password'
	| 'apiKey'
	| 'token';
const editable: readonly string[] = [
	'profile',
	'scheme',
	'variant',
	'keyIn',
	'keyName',
	'username',
	'password',
	'apiKey',
	'token',
];

export class ApRequestBuilder extends HTMLElement {
	#store: PlaygroundStore | undefined;
	#abort: AbortController | undefined;

	connectedCallback(): void {
		const store = (this.#store = storeFor(this));
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		this.addEventListener('input', (event) => this.#onEdit(event), { signal });
		this.addEventListener('change', (event) => this.#onEdit(event), { signal });
		this.querySelector('[data-copy-header]')?.addEventListener(
			'click',
			() => void this.#copyHeader(),
			{ signal },
		);
		for (const type of ['focusin', 'pointerover'])
			this.addEventListener(type, () => store.signalIntent(), { signal, once: true });
		store.addEventListener('change', () => this.#render(), { signal });
		// The store may already differ from the HTML (a share link applied by another island).
		this.#render();
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
	}

	#onEdit(event: Event): void {
		const target = event.target;
		if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
		const name = target.dataset['input'];
		if (!name || !editable.includes(name)) return;
		this.#store?.update({ [name as Editable]: target.value } as Partial<PlaygroundState>);
	}

	#render(): void {
		if (!this.#store) return;
		const { state, profile, built } = this.#store.snapshot;
		for (const select of this.querySelectorAll<HTMLSelectElement>('select[data-input]')) {
			const value = state[select.dataset['input'] as keyof PlaygroundState];
			if (typeof value === 'string' && select.value !== value) select.value = value;
		}
		for (const option of this.querySelectorAll<HTMLOptionElement>('select[name="scheme"] option')) {
			const disabled = !offersScheme(profile, option.value as PlaygroundState['scheme']);
			if (option.disabled !== disabled) option.disabled = disabled;
		}
		setHidden(this.querySelector<HTMLElement>('[data-basic-only]')!, state.scheme !== 'basic');
		for (const control of this.querySelectorAll<HTMLElement>('[data-apikey-only]'))
			setHidden(control, state.scheme !== 'apiKey');
		const keyName = this.querySelector<HTMLInputElement>('input[data-input="keyName"]');
		if (keyName && keyName.value !== state.keyName) keyName.value = state.keyName;
		setText(this.querySelector<HTMLElement>('[data-output-label]')!, outputLabel(state));
		for (const field of this.querySelectorAll<HTMLElement>('[data-field]'))
			this.#renderField(field);
		const environment = environmentText(built, profile);
		const environmentLine = this.querySelector<HTMLElement>('[data-environment]')!;
		setHidden(environmentLine, environment === undefined || state.scheme !== 'bearer');
		setText(environmentLine, environment ?? '');
		const header = this.querySelector<HTMLElement>('[data-header]')!;
		setText(header, headerText(built));
		if (header.hasAttribute('data-empty') === Boolean(built.request))
			header.toggleAttribute('data-empty', !built.request);
		renderSteps(
			this.querySelector<HTMLElement>('[data-steps]')!,
			built.steps,
			state.scheme === 'basic',
		);
	}

	#renderField(field: HTMLElement): void {
		const { state, profile, built } = this.#store!.snapshot;
		const name = field.dataset['field'] as 'username' | 'password' | 'apiKey' | 'token';
		const input = field.querySelector<HTMLInputElement>('input')!;
		setHidden(field, !built.inputs.includes(name));
		// Only write when different: rewriting the value being typed would move the caret.
		if (input.value !== state[name]) input.value = state[name];
		const hint = field.querySelector<HTMLElement>('[data-hint]');
		if (hint) {
			const text = inputHint(name, profile, state.variant) ?? '';
			setText(hint, text);
			setHidden(hint, text === '');
		}
		const issues = [...built.errors, ...built.warnings].filter((issue) => issue.input === name);
		showIssues(
			input,
			field.querySelector<HTMLElement>('[data-issues]')!,
			field.hidden ? [] : issues,
		);
	}

	async #copyHeader(): Promise<void> {
		const status = this.querySelector<HTMLElement>('[data-status]');
		const header = this.#store?.snapshot.built.request
			? this.querySelector<HTMLElement>('[data-header]')?.textContent
			: undefined;
		if (!header) return announce(status, 'Nothing to copy: the header could not be built.');
		announce(
			status,
			(await copyText(header, this))
				? 'Header copied.'
				: 'Copying failed: select the header and copy it by hand.',
		);
	}
}
