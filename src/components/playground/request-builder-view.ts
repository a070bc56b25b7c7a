/**
 * What the request builder draws (request-builder-element.ts), loaded with the page store's build
 * code on the reader's first intent on the channel, or at load where the state differs from the
 * HTML: renders the store back into the server's markup (selects, credential fields with their
 * issues, the Authorization header, the Basic steps, a Bearer key's environment) and copies the
 * header. Until it arrives, the server-rendered markup is exactly right.
 */
import type { Snapshot } from '../kit/playground-store.ts';
import { environmentText, headerText, inputHint, outputLabel } from './builder-text.ts';
import { showIssues } from '../kit/field-issues.ts';
import { renderSteps } from './basic-steps-live.ts';
import { announce, copyText } from '../kit/clipboard.ts';
import { setHidden, setText } from '../kit/dom-write.ts';
import { offersScheme, type PlaygroundState } from '../../lib/share/index.ts';

export class BuilderView {
	readonly #root: HTMLElement;
	#shown: Snapshot | undefined;

	constructor(root: HTMLElement) {
		this.#root = root;
	}

	#el<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.#root.querySelector<T>(selector)!;
	}

	/** Draws `snapshot` into the markup, writing only what differs. */
	render(snapshot: Snapshot): void {
		this.#shown = snapshot;
		const { state, profile, built } = snapshot;
		const root = this.#root;
		for (const select of root.querySelectorAll<HTMLSelectElement>('select[data-input]')) {
			const value = state[select.dataset['input'] as keyof PlaygroundState];
			if (typeof value === 'string' && select.value !== value) select.value = value;
		}
		for (const option of root.querySelectorAll<HTMLOptionElement>('select[name="scheme"] option')) {
			const disabled = !offersScheme(profile, option.value as PlaygroundState['scheme']);
			if (option.disabled !== disabled) option.disabled = disabled;
		}
		setHidden(this.#el('[data-basic-only]'), state.scheme !== 'basic');
		for (const control of root.querySelectorAll<HTMLElement>('[data-apikey-only]'))
			setHidden(control, state.scheme !== 'apiKey');
		const keyName = root.querySelector<HTMLInputElement>('input[data-input="keyName"]');
		if (keyName && keyName.value !== state.keyName) keyName.value = state.keyName;
		setText(this.#el('[data-output-label]'), outputLabel(state));
		for (const field of root.querySelectorAll<HTMLElement>('[data-field]'))
			this.#renderField(field, snapshot);
		const environment = environmentText(built, profile);
		const environmentLine = this.#el('[data-environment]');
		setHidden(environmentLine, environment === undefined || state.scheme !== 'bearer');
		setText(environmentLine, environment ?? '');
		const header = this.#el('[data-header]');
		setText(header, headerText(built));
		if (header.hasAttribute('data-empty') === Boolean(built.request))
			header.toggleAttribute('data-empty', !built.request);
		renderSteps(this.#el('[data-steps]'), built.steps, state.scheme === 'basic');
	}

	#renderField(field: HTMLElement, { state, profile, built }: Snapshot): void {
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

	/** Copies the header drawn last, or says why there is none. */
	async copyHeader(): Promise<void> {
		const status = this.#root.querySelector<HTMLElement>('[data-status]');
		const header = this.#shown?.built.request ? this.#el('[data-header]').textContent : undefined;
		if (!header) return announce(status, 'Nothing to copy: the header could not be built.');
		announce(
			status,
			(await copyText(header, this.#root))
				? 'Header copied.'
				: 'Copying failed: select the header and copy it by hand.',
		);
	}
}
