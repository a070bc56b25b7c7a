/**
 * Drives the markup of SnippetPanels.astro inside one island: the tabs (WAI-ARIA keys), the
 * "Use environment variable" switch, the panels and the copy button. It keeps no state of its own
 * beyond what is painted: the island says which snippets, which language and which mode to show,
 * and hears back what the reader chose. Snippets arrive as the emitters' tokens and are painted
 * coloured at once, on the keystroke: there is no highlighter to wait for.
 */
import { announce, copyText } from './clipboard.ts';
import { renderTokens, tokensIn } from './code-view.ts';
import { setHidden, setText } from './dom-write.ts';
import type { SnippetOutcome } from './snippet-outcome.ts';
import { languageLabels } from './snippet-text.ts';
import { listenToTabs, selectTab } from './tablist.ts';
import { languages, type Language } from '../../lib/share/index.ts';

/** What the reader chose in the panels; the island decides what follows. */
export interface SnippetPanelsHooks {
	readonly onLanguage: (language: Language) => void;
	readonly onUseEnv: (useEnv: boolean) => void;
	/** The language shown now, for the copy button. */
	readonly language: () => Language;
}

export class SnippetPanels {
	readonly #root: HTMLElement;
	/** Per language: the snippet now, and the code in the panel. */
	readonly #outcomes = new Map<Language, SnippetOutcome>();
	readonly #shown = new Map<Language, string>();

	constructor(root: HTMLElement, hooks: SnippetPanelsHooks, signal: AbortSignal) {
		this.#root = root;
		listenToTabs(this.#tabs(), (index) => hooks.onLanguage(languages[index]!), signal);
		root
			.querySelector<HTMLInputElement>('[data-use-env]')
			?.addEventListener(
				'change',
				(event) => hooks.onUseEnv((event.target as HTMLInputElement).checked),
				{ signal },
			);
		root
			.querySelector('[data-copy-snippet]')
			?.addEventListener('click', () => void this.#copy(hooks.language()), { signal });
		// The server rendered these panels: they are the snippets until something changes.
		for (const panel of this.#panels()) {
			const language = panel.dataset['panel'] as Language;
			const empty = panel.querySelector<HTMLElement>('[data-empty]')!;
			const block = panel.querySelector('pre code');
			const code = block?.textContent ?? '';
			this.#outcomes.set(
				language,
				empty.hidden && block
					? { ok: true, code, tokens: tokensIn(block) }
					: { ok: false, reason: empty.textContent ?? '' },
			);
			this.#shown.set(language, empty.hidden ? code : '');
		}
	}

	/** New snippets for every language; shown from the next `show`. */
	setOutcomes(outcomes: Readonly<Record<Language, SnippetOutcome>>): void {
		for (const language of languages) this.#outcomes.set(language, outcomes[language]);
	}

	/** Selects `language`'s tab, sets the switch to `useEnv` and paints the visible panel. */
	show(language: Language, useEnv: boolean): void {
		selectTab(this.#tabs(), this.#panels(), languages.indexOf(language));
		this.#root.querySelector<HTMLInputElement>('[data-use-env]')!.checked = useEnv;
		setHidden(this.#root.querySelector<HTMLElement>('[data-inline-warning]')!, useEnv);
		// Hidden panels catch up when shown: a keystroke repaints one snippet, not four.
		const visible = this.#panels().find((panel) => panel.dataset['panel'] === language);
		if (visible) this.#renderPanel(visible, language);
	}

	#tabs(): HTMLElement[] {
		return [...this.#root.querySelectorAll<HTMLElement>('[role="tab"]')];
	}

	#panels(): HTMLElement[] {
		return [...this.#root.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
	}

	#renderPanel(panel: HTMLElement, language: Language): void {
		const outcome = this.#outcomes.get(language);
		if (!outcome) return;
		const code = outcome.ok ? outcome.code : '';
		const empty = panel.querySelector<HTMLElement>('[data-empty]')!;
		const block = panel.querySelector<HTMLElement>('pre')!;
		setHidden(empty, outcome.ok);
		setText(empty, outcome.ok ? '' : outcome.reason);
		setHidden(block, !outcome.ok);
		if (this.#shown.get(language) === code) return;
		// The keystroke path: one snippet's tokens, as spans, only when its code changed.
		renderTokens(block.querySelector('code')!, outcome.ok ? outcome.tokens : []);
		this.#shown.set(language, code);
	}

	async #copy(language: Language): Promise<void> {
		const status = this.#root.querySelector<HTMLElement>('[data-status]');
		const outcome = this.#outcomes.get(language);
		if (!outcome?.ok) return announce(status, 'Nothing to copy: there is no snippet yet.');
		const copied = await copyText(outcome.code, this.#root);
		announce(
			status,
			copied
				? `${languageLabels[language]} snippet copied.`
				: 'Copying failed: select the code and copy it by hand.',
		);
	}
}
