/**
 * The `ap-snippet-tabs` element: keeps the four snippet panels in step with the page store,
 * switches tabs (synced across the page and remembered), copies the shown snippet, and loads the
 * emitters and Shiki only once the reader shows intent or edits: until then the build-time panels
 * are exactly right.
 */
import {
	allStores,
	storeFor,
	StoreChangeEvent,
	type PlaygroundStore,
} from '../kit/playground-store.ts';
import { readLanguage, writeLanguage } from '../kit/storage.ts';
import { selectTab, tabIndexForKey } from '../kit/tablist.ts';
import { announce, copyText } from '../kit/clipboard.ts';
import { renderLines } from './code-view.ts';
import { highlight, plainLines } from './highlighter.ts';
import type { SnippetOutcome, snippetsForBuild } from './snippet-source.ts';
import { languageLabels } from './snippet-text.ts';
import { setHidden, setText } from '../kit/dom-write.ts';
import { languages, type Language, type PlaygroundState } from '../../lib/share/index.ts';

const highlightDelayMs = 80;

// The emitters load on the reader's first sign of intent (focus or pointer on an island) or
// first edit, whichever comes first: until then the build-time snippets are exactly right.
let emitterLoad: Promise<typeof snippetsForBuild> | undefined;
let emit: typeof snippetsForBuild | undefined;
function loadEmitter(): Promise<typeof snippetsForBuild> {
	emitterLoad ??= import('./snippet-source.ts').then((module) => (emit = module.snippetsForBuild));
	return emitterLoad;
}

/** State fields that change no snippet: typing in them costs nothing here. */
const irrelevant: ReadonlySet<keyof PlaygroundState> = new Set(['scenario', 'tier']);

export class ApSnippetTabs extends HTMLElement {
	#store: PlaygroundStore | undefined;
	#abort: AbortController | undefined;
	/** Per language: the snippet now, the code in the panel, and the code whose colours it shows. */
	#outcomes = new Map<Language, SnippetOutcome>();
	#shown = new Map<Language, string>();
	#painted = new Map<Language, string>();
	#timer: number | undefined;

	connectedCallback(): void {
		const store = (this.#store = storeFor(this));
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		const tabs = this.#tabs();
		tabs.forEach((tab, index) => {
			tab.addEventListener('click', () => chooseLanguage(languages[index]!), { signal });
			tab.addEventListener('keydown', (event) => this.#onTabKey(event, index), { signal });
		});
		this.querySelector('[data-use-env]')?.addEventListener(
			'change',
			(event) => this.#onSwitch(event),
			{ signal },
		);
		this.querySelector('[data-copy-snippet]')?.addEventListener('click', () => void this.#copy(), {
			signal,
		});
		store.addEventListener('change', (event) => this.#onChange(event as StoreChangeEvent), {
			signal,
		});
		store.addEventListener('intent', () => void loadEmitter(), { signal });
		for (const type of ['focusin', 'pointerover'])
			this.addEventListener(type, () => void loadEmitter(), { signal, once: true });
		// The server rendered exactly this state: its panels are the snippets until something changes.
		for (const panel of this.#panels()) {
			const language = panel.dataset['panel'] as Language;
			const empty = panel.querySelector<HTMLElement>('[data-empty]')!;
			const code = panel.querySelector('pre')?.textContent ?? '';
			this.#outcomes.set(
				language,
				empty.hidden ? { ok: true, code } : { ok: false, reason: empty.textContent ?? '' },
			);
			this.#shown.set(language, empty.hidden ? code : '');
			this.#painted.set(language, empty.hidden ? code : '');
		}
		this.#render(new Set(['language', 'useEnv']));
		// Another island of the channel may have started the store from a different state (or a link
		// already changed it): then the build-time panels are not this state's snippets.
		if (JSON.stringify(store.snapshot.state) !== this.dataset['state']) {
			const everything = new Set(Object.keys(store.snapshot.state) as (keyof PlaygroundState)[]);
			this.#onChange(new StoreChangeEvent(everything));
		}
		const stored = readLanguage();
		if (stored && stored !== store.snapshot.state.language) store.update({ language: stored });
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
		window.clearTimeout(this.#timer);
	}

	#tabs(): HTMLElement[] {
		return [...this.querySelectorAll<HTMLElement>('[role="tab"]')];
	}

	#panels(): HTMLElement[] {
		return [...this.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
	}

	#onTabKey(event: KeyboardEvent, index: number): void {
		const next = tabIndexForKey(event.key, index, languages.length);
		if (next === undefined) return;
		event.preventDefault();
		chooseLanguage(languages[next]!);
		this.#tabs()[next]?.focus();
	}

	#onSwitch(event: Event): void {
		const input = event.target as HTMLInputElement;
		this.#store?.update({ useEnv: input.checked });
	}

	#onChange(event: StoreChangeEvent): void {
		const relevant = [...event.changed].some((field) => !irrelevant.has(field));
		if (!relevant || !this.#store) return;
		const { built, state } = this.#store.snapshot;
		if ([...event.changed].some((field) => field !== 'language')) {
			// Before the emitters arrive, apply this change once they do (to the state of that moment).
			if (!emit) return void loadEmitter().then(() => this.#onChange(event));
			const outcomes = emit(built, state.useEnv);
			for (const language of languages) this.#outcomes.set(language, outcomes[language]);
		}
		this.#render(event.changed);
	}

	#render(changed: ReadonlySet<keyof PlaygroundState>): void {
		const { state } = this.#store!.snapshot;
		if (changed.has('language'))
			selectTab(this.#tabs(), this.#panels(), languages.indexOf(state.language));
		if (changed.has('useEnv')) {
			this.querySelector<HTMLInputElement>('[data-use-env]')!.checked = state.useEnv;
			this.querySelector<HTMLElement>('[data-inline-warning]')!.hidden = state.useEnv;
		}
		// Hidden panels catch up when shown: a keystroke repaints one snippet, not four.
		const visible = this.#panels().find((panel) => panel.dataset['panel'] === state.language);
		if (visible) this.#renderPanel(visible, state.language, state.language);
	}

	#renderPanel(panel: HTMLElement, language: Language, visible: Language): void {
		const outcome = this.#outcomes.get(language);
		if (!outcome) return;
		const code = outcome.ok ? outcome.code : '';
		const empty = panel.querySelector<HTMLElement>('[data-empty]')!;
		const block = panel.querySelector<HTMLElement>('pre')!;
		setHidden(empty, outcome.ok);
		setText(empty, outcome.ok ? '' : outcome.reason);
		setHidden(block, !outcome.ok);
		if (this.#shown.get(language) !== code) {
			// Plain text at once (this is the keystroke path); colours follow when Shiki catches up.
			renderLines(block.querySelector('code')!, plainLines(code));
			this.#shown.set(language, code);
		}
		// The build-time colours stand until the code first changes, so Shiki loads only after an edit.
		if (language === visible && outcome.ok && this.#painted.get(language) !== code)
			this.#scheduleHighlight(block, language);
	}

	#scheduleHighlight(block: HTMLElement, language: Language): void {
		// Colouring waits for a pause in typing, so it never competes with the next keystroke.
		window.clearTimeout(this.#timer);
		this.#timer = window.setTimeout(
			() => void this.#highlight(block, language, this.#shown.get(language) ?? ''),
			highlightDelayMs,
		);
	}

	async #highlight(block: HTMLElement, language: Language, code: string): Promise<void> {
		const lines = await highlight(code, language);
		// A later keystroke may have replaced the code meanwhile: never paint stale tokens.
		if (this.#shown.get(language) !== code) return;
		renderLines(block.querySelector('code')!, lines);
		this.#painted.set(language, code);
	}

	async #copy(): Promise<void> {
		const status = this.querySelector<HTMLElement>('[data-status]');
		const language = this.#store?.snapshot.state.language ?? 'curl';
		const outcome = this.#outcomes.get(language);
		if (!outcome?.ok) return announce(status, 'Nothing to copy: there is no snippet yet.');
		const copied = await copyText(outcome.code, this);
		announce(
			status,
			copied
				? `${languageLabels[language]} snippet copied.`
				: 'Copying failed: select the code and copy it by hand.',
		);
	}
}

/** Picks `language` in every snippet island on the page and remembers it (like Starlight's synced tabs). */
function chooseLanguage(language: Language): void {
	writeLanguage(language);
	for (const store of allStores()) store.update({ language });
}
