/**
 * Code an island needs only once a reader is about to use it. The server renders every island's
 * first state, so until a reader reaches for one nothing has to run: its controls and its heavier
 * code load on the first focus or pointer over it (a keyboard user tabbing in, a mouse or a finger
 * arriving), a few hundred milliseconds before the first press. A press that comes first waits
 * for the same load, so nothing typed or clicked is lost.
 */

/** A `loadOnce` loader: call it to load. */
export interface Loader<T> {
	(): Promise<T>;
	/**
	 * Hands over the module when a page imports it statically (to have it at load on purpose), so
	 * the loader fetches nothing: a bundler drops a static import whose exports nobody uses.
	 */
	provide(module: T): void;
}

/**
 * `load`, called once: every caller gets the same promise. A load that fails (a dropped mobile
 * connection) is forgotten, so the reader's next intent or press tries again instead of finding
 * the island dead for the rest of the visit.
 */
export function loadOnce<T>(load: () => Promise<T>): Loader<T> {
	let loading: Promise<T> | undefined;
	const start = (): Promise<T> => forgetOnFailure(load(), () => (loading = undefined));
	return Object.assign(() => (loading ??= start()), {
		provide: (module: T) => void (loading ??= Promise.resolve(module)),
	});
}

/**
 * `promise`, with `forget` called if it fails. An island that keeps its loaded code in a field
 * clears the field with it, so that, as with `loadOnce`, the next intent or press loads again.
 */
export function forgetOnFailure<T>(promise: Promise<T>, forget: () => void): Promise<T> {
	promise.catch(forget);
	return promise;
}

/** Runs `start` on the first focus or pointer over `element` (until `signal` aborts). */
export function onIntent(element: HTMLElement, start: () => unknown, signal: AbortSignal): void {
	for (const type of ['focusin', 'pointerover'])
		element.addEventListener(type, () => void start(), { signal, once: true });
}

/**
 * Runs `start` on the first intent, as `onIntent`, or once any part of `element` scrolls into view.
 * For islands whose first state the server cannot render (a fresh OAuth state and PKCE verifier
 * are made in the browser): a reader who moves through the page without focusing or pointing,
 * such as a screen reader in browse mode, which scrolls what it reads into view, still gets them.
 */
export function onIntentOrVisible(
	element: HTMLElement,
	start: () => unknown,
	signal: AbortSignal,
): void {
	onIntent(element, start, signal);
	const seen = new IntersectionObserver((entries) => {
		if (!entries.some((entry) => entry.isIntersecting)) return;
		seen.disconnect();
		void start();
	});
	seen.observe(element);
	signal.addEventListener('abort', () => seen.disconnect(), { once: true });
}
