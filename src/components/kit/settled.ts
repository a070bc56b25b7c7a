/**
 * How an island says it has finished with an input, for whoever must know that nothing more will
 * happen (browser tests check "nothing happened" after this signal, never after a fixed sleep):
 * `data-handled` counts the inputs the island has finished handling, and `data-busy` is present
 * while it still has work scheduled for one (a debounced write, an authorization on its way).
 */

/** Counts one more input as fully handled by `island`. */
export function markHandled(island: HTMLElement): void {
	island.dataset['handled'] = String(Number(island.dataset['handled'] ?? '0') + 1);
}

/** Marks `island` busy (work scheduled) or idle. */
export function setBusy(island: HTMLElement, busy: boolean): void {
	island.toggleAttribute('data-busy', busy);
}
