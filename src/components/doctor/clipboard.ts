/**
 * Copying a generated value: the async Clipboard API where the page may use it, else the old
 * select-and-copy on a throwaway, off-screen text area that is removed at once.
 */

/** Copies `text`; resolves to whether it worked. */
export async function copyText(text: string, host: HTMLElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return fallbackCopy(text, host);
	}
}

function fallbackCopy(text: string, host: HTMLElement): boolean {
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.setAttribute('aria-hidden', 'true');
	area.tabIndex = -1;
	area.style.position = 'fixed';
	area.style.insetInlineStart = '-9999px';
	host.append(area);
	area.select();
	try {
		// Deprecated, but the only copy path left where the Clipboard API is refused (insecure origin, old browser).
		return document.execCommand('copy');
	} catch {
		return false;
	} finally {
		area.remove();
	}
}
