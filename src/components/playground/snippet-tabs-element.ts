/**
 * The `ap-snippet-tabs` element: keeps the four snippet panels (the kit's SnippetPanels) in step
 * with the page store, syncs the language across the page and remembers it, and loads the
 * emitters only once the reader shows intent or edits: until then the build-time panels are
 * exactly right.
 */
import {
	allStores,
	storeFor,
	type PlaygroundStore,
	type StoreChangeEvent,
} from '../kit/playground-store.ts';
import { SnippetPanels } from '../kit/snippet-panels.ts';
import { codeText } from '../kit/code-text.ts';
import { readLanguage, writeLanguage } from '../kit/storage.ts';
import { markHandled } from '../kit/settled.ts';
import { loadOnce, onIntent } from '../kit/intent.ts';
import type { snippetsForBuild } from '../kit/snippet-outcome.ts';
import type { Language, PlaygroundState } from '../../lib/share/index.ts';

// The emitters load on the reader's first sign of intent (focus or pointer on an island) or
// first edit, whichever comes first: until then the build-time snippets are exactly right.
// `emit` is kept once loaded so that every later keystroke paints synchronously.
let emit: typeof snippetsForBuild | undefined;
const loadEmitter = loadOnce(() =>
	import('../kit/snippet-outcome.ts').then((module) => (emit = module.snippetsForBuild)),
);

/** State fields that change no snippet: typing in them costs nothing here. */
const irrelevant: ReadonlySet<keyof PlaygroundState> = new Set(['scenario', 'tier']);

export class ApSnippetTabs extends HTMLElement {
	#store: PlaygroundStore | undefined;
	#abort: AbortController | undefined;
	#panels: SnippetPanels | undefined;

	connectedCallback(): void {
		const store = (this.#store = storeFor(this));
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		this.#panels = new SnippetPanels(
			this,
			{
				onLanguage: chooseLanguage,
				onUseEnv: (useEnv) => store.update({ useEnv }),
				language: () => store.state.language,
			},
			signal,
		);
		store.addEventListener(
			'change',
			(event) => this.#onChange((event as StoreChangeEvent).changed),
			{
				signal,
			},
		);
		store.addEventListener('intent', () => void loadEmitter(), { signal });
		onIntent(this, () => store.signalIntent(), signal);
		this.#show();
		// Another island of the channel may have started the store from a different state (or a link
		// already changed it): then the build-time panels are not this state's snippets.
		if (JSON.stringify(store.state) !== this.dataset['state'])
			this.#onChange(new Set(Object.keys(store.state) as (keyof PlaygroundState)[]));
		const stored = readLanguage();
		if (stored && stored !== store.state.language) store.update({ language: stored });
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
	}

	/** Paints the current state; the input that led here is then handled (kit/settled.ts). */
	#show(): void {
		const { state } = this.#store!;
		this.#panels?.show(state.language, state.useEnv);
		markHandled(this);
	}

	#onChange(changed: ReadonlySet<keyof PlaygroundState>): void {
		const store = this.#store;
		const relevant = [...changed].some((field) => !irrelevant.has(field));
		if (!relevant || !store) return markHandled(this);
		if ([...changed].some((field) => field !== 'language')) {
			// Before the emitters and the built request arrive, apply this change once they do (to the
			// state of that moment).
			const snapshot = store.snapshot;
			if (!emit || !snapshot)
				return void Promise.all([loadEmitter(), store.ready()]).then(() => this.#onChange(changed));
			this.#panels?.setOutcomes(
				emit(snapshot.built, snapshot.state.useEnv, (code) =>
					codeText(this, 'snippets', code, 'fix'),
				),
			);
		}
		this.#show();
	}
}

/** Picks `language` in every snippet island on the page and remembers it (like Starlight's synced tabs). */
function chooseLanguage(language: Language): void {
	writeLanguage(language);
	for (const store of allStores()) store.update({ language });
}
