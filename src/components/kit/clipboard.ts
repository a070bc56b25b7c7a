/**
 * Copying generated text (a header, a snippet, a link), the way expressive-code's copy button
 * does: the async Clipboard API, with a fallback for pages where it is unavailable.
 */

/** Copies `text`; resolves to whether it worked, never throws. */
export async function copyText(text: string, scope: HTMLElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return legacyCopy(text, scope);
	}
}

// Older browsers, or a document without focus: select the text in an off-screen textarea. The
// textarea lives only for the copy and is removed at once, so no value stays in the DOM.
function legacyCopy(text: string, scope: HTMLElement): boolean {
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.setAttribute('aria-hidden', 'true');
	area.tabIndex = -1;
	area.className = 'sr-only';
	scope.append(area);
	area.select();
	try {
		return document.execCommand('copy');
	} catch {
		return false;
	} finally {
		area.remove();
	}
}

/** Shows `message` in a live region for a few seconds, so screen readers announce it. */
export function announce(region: HTMLElement | null, message: string, clearAfterMs = 4000): void {
	if (!region) return;
	region.textContent = message;
	const shown = message;
	window.setTimeout(() => {
		if (region.textContent === shown) region.textContent = '';
	}, clearAfterMs);
}
