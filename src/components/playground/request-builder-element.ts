/**
 * The `ap-request-builder` element: writes each edit of its inputs into the page store, and once
 * the reader shows intent on an island of the channel loads what draws the store back into the
 * markup and copies the header (request-builder-view.ts, with the store's build code). The server
 * rendered the first state, so at load the element only listens, unless the state already differs
 * from the HTML (a share link, an island of the channel that started from other values, a value
 * the browser restored) or the builder is eager (/playground/): then it draws at once. Edits made
 * before the code arrives are applied in order once it does; after that, on the keystroke.
 */
import { forgetOnFailure, loadOnce, onIntent } from '../kit/intent.ts';
import { storeFor, type PlaygroundStore, type StoreChangeEvent } from '../kit/playground-store.ts';
import type { PlaygroundState } from '../../lib/share/index.ts';
import type { BuilderView } from './request-builder-view.ts';

/** The view, loaded once (BuildAtLoad.astro provides it where the builder is eager). */
export const loadView = loadOnce(() => import('./request-builder-view.ts'));

/** The state fields the builder's controls edit (their `data-input`). */
const editable: ReadonlySet<string> = new Set<keyof PlaygroundState>([
	'profile',
	'scheme',
	'variant',
	'keyIn',
	'keyName',
	'username',
	'password',
	'apiKey',
	'token',
]);

type Control = HTMLInputElement | HTMLSelectElement;

/** The value the server rendered into `control`. */
function renderedValue(control: Control): string {
	if (control instanceof HTMLInputElement) return control.defaultValue;
	const options = [...control.options];
	return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
}

export class ApRequestBuilder extends HTMLElement {
	#store: PlaygroundStore | undefined;
	#abort: AbortController | undefined;
	#view: Promise<BuilderView> | undefined;

	connectedCallback(): void {
		const store = (this.#store = storeFor(this));
		this.#abort = new AbortController();
		const { signal } = this.#abort;
		for (const type of ['input', 'change'])
			this.addEventListener(type, (event) => this.#onEdit(event.target), { signal });
		this.querySelector('[data-copy-header]')?.addEventListener(
			'click',
			() => void this.#start().then((view) => view.copyHeader()),
			{ signal },
		);
		onIntent(this, () => store.signalIntent(), signal);
		store.addEventListener('intent', () => void this.#start(), { signal });
		// Another island changed the state (a key the key manager hands over): draw it.
		store.addEventListener('change', () => void this.#start(), { signal, once: true });
		// What a reader typed, or the browser restored, before this script ran is in the DOM only.
		for (const control of this.querySelectorAll<Control>('[data-input]'))
			if (control.value !== renderedValue(control)) this.#onEdit(control);
		// `data-eager` (RequestBuilder.astro's `eager`, on /playground/): readers come to that page to
		// type, so its channel builds at load as if they had shown intent. The page imports the code
		// statically (BuildAtLoad.astro), so it fetches nothing after load for it and its after-use
		// figure does not grow; everywhere else the code waits for intent.
		const eager = this.dataset['eager'] !== undefined;
		if (eager || JSON.stringify(store.state) !== this.dataset['state']) void this.#start();
	}

	disconnectedCallback(): void {
		this.#abort?.abort();
		// Its listeners went with the signal: a reconnected builder starts over.
		this.#view = undefined;
	}

	#onEdit(target: EventTarget | null): void {
		if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
		const name = target.dataset['input'];
		if (!name || !editable.has(name)) return;
		this.#store?.update({ [name]: target.value } as Partial<PlaygroundState>);
	}

	/** Loads the view and the store's build code (once), then follows the store from its state now. */
	#start(): Promise<BuilderView> {
		const store = this.#store!;
		const signal = this.#abort!.signal;
		const load = () =>
			Promise.all([loadView(), store.ready()]).then(([{ BuilderView }]) => {
				const view = new BuilderView(this);
				store.addEventListener(
					'change',
					(event) => view.render((event as StoreChangeEvent).snapshot),
					{
						signal,
					},
				);
				// The store is ready here; its snapshot now includes every change made while loading.
				view.render(store.snapshot!);
				return view;
			});
		return (this.#view ??= forgetOnFailure(load(), () => (this.#view = undefined)));
	}
}
