/**
 * The doctor's "Corrected request as code": the pasted request, credentials repaired, in the
 * kit's four snippet panels. The language is the one the reader last picked anywhere on the site;
 * the environment-variable switch starts on, as everywhere. The emitters load with the first
 * paste that holds a whole request, not with the page.
 */
import { codeText } from '../kit/code-text.ts';
import { SnippetPanels } from '../kit/snippet-panels.ts';
import type { SnippetOutcome } from '../kit/snippet-outcome.ts';
import { readLanguage, writeLanguage } from '../kit/storage.ts';
import type { CorrectedRequest } from '../../lib/diagnose/index.ts';
import type { Language } from '../../lib/share/index.ts';
import { loadOnce } from '../kit/intent.ts';

type Outcomes = Record<Language, SnippetOutcome>;
type Emitters = typeof import('../kit/snippet-outcome.ts');

const loadEmitters = loadOnce<Emitters>(() => import('../kit/snippet-outcome.ts'));

export class RequestSnippets {
	readonly #section: HTMLElement;
	readonly #panels: SnippetPanels;
	readonly #notInlineable: string;
	#language: Language = readLanguage() ?? 'curl';
	#useEnv = true;
	#request: CorrectedRequest | undefined;
	/** Counts requests, so a slow emitter load never paints an older paste over a newer one. */
	#generation = 0;

	constructor(section: HTMLElement, notInlineable: string, signal: AbortSignal) {
		this.#section = section;
		this.#notInlineable = notInlineable;
		this.#panels = new SnippetPanels(
			section,
			{
				onLanguage: (language) => {
					this.#language = language;
					writeLanguage(language);
					this.#panels.show(language, this.#useEnv);
				},
				onUseEnv: (useEnv) => {
					this.#useEnv = useEnv;
					void this.#render();
				},
				language: () => this.#language,
			},
			signal,
		);
	}

	/** Shows the snippets for `request`, or hides the section when the paste holds no whole request. */
	update(request: CorrectedRequest | undefined): void {
		this.#request = request;
		void this.#render();
	}

	async #render(): Promise<void> {
		const generation = ++this.#generation;
		const request = this.#request;
		if (!request) {
			this.#section.hidden = true;
			return;
		}
		const { refuseAll, snippetsFor } = await loadEmitters();
		if (generation !== this.#generation) return;
		let outcomes: Outcomes;
		if (!request.request) outcomes = refuseAll(request.unsupported ?? '');
		else if (!this.#useEnv && !request.inlineable) outcomes = refuseAll(this.#notInlineable);
		else
			outcomes = snippetsFor(request.request, this.#useEnv, (code) =>
				codeText(this.#section, 'snippets', code, 'fix'),
			);
		this.#panels.setOutcomes(outcomes);
		this.#panels.show(this.#language, this.#useEnv);
		this.#section.hidden = false;
	}
}
