/**
 * DOM writes that skip when nothing changes. The islands re-render on every keystroke; writing an
 * unchanged text or attribute still invalidates style and layout, which is what keystroke latency
 * is made of.
 */

/** Sets `element.textContent` when it differs. */
export function setText(element: HTMLElement, text: string): void {
	if (element.textContent !== text) element.textContent = text;
}

/** Sets `element.hidden` when it differs. */
export function setHidden(element: HTMLElement, hidden: boolean): void {
	if (element.hidden !== hidden) element.hidden = hidden;
}
