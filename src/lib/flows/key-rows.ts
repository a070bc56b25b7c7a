/**
 * What the key manager shows for each key and asks before a rotation: status and times in words,
 * the overlap a reader chose, and the sentence that explains what a revocation does. The clock
 * and the time format are injected, so the same text is produced in tests and in any locale.
 */
import type { ApiKeyListing } from '../mock-api/index.ts';

/** Formats an instant for a reader (the page passes the browser's locale, tests a fixed format). */
export type TimeFormat = (at: number) => string;

/** "never", or when the key last authenticated a request. */
export function lastUsedText(
	listing: Pick<ApiKeyListing, 'lastUsedAt'>,
	format: TimeFormat,
): string {
	return listing.lastUsedAt === null ? 'never' : format(listing.lastUsedAt);
}

/** The key's status in words: active, working until the end of a rotation overlap, or revoked. */
export function statusText(
	listing: Pick<ApiKeyListing, 'status' | 'revokedAt'>,
	format: TimeFormat,
): string {
	switch (listing.status) {
		case 'active':
			return 'Active';
		case 'expiring':
			return `Works until ${format(listing.revokedAt!)}, then revoked`;
		case 'revoked':
			return `Revoked at ${format(listing.revokedAt!)}`;
	}
}

/** Whether the key can still be rotated or revoked (a revoked key can only be renamed). */
export function isUsable(listing: Pick<ApiKeyListing, 'status'>): boolean {
	return listing.status !== 'revoked';
}

/** A button in a key's row: what it does, and its visible label (the key's name follows it). */
export interface RowAction {
	readonly action: 'rename' | 'show' | 'rotate' | 'revoke';
	readonly label: string;
}

/**
 * The buttons of a key's row, in order, the same in the server's first rendering and in the
 * page's: Rename always; Show where the API shows keys again (`showAgain`) and the key is usable;
 * Rotate and Revoke while it is usable.
 */
export function rowActions(
	listing: Pick<ApiKeyListing, 'status'>,
	showAgain: boolean,
): RowAction[] {
	const usable = isUsable(listing);
	return [
		{ action: 'rename', label: 'Rename' },
		...(usable && showAgain ? [{ action: 'show', label: 'Show' } as const] : []),
		...(usable
			? ([
					{ action: 'rotate', label: 'Rotate' },
					{ action: 'revoke', label: 'Revoke' },
				] as const)
			: []),
	];
}

/** The longest overlap offered: a week, enough to roll out a new key on a slow deployment cycle. */
export const maxOverlapMinutes = 7 * 24 * 60;

/** What the reader chose for the old key in a rotation. */
export type RotationChoice =
	{ readonly keep: 'none' } | { readonly keep: 'overlap'; readonly minutes: string };

/** The overlap in seconds for `rotateApiKey`, or why the typed minutes cannot be used. */
export function overlapSeconds(
	choice: RotationChoice,
):
	| { readonly ok: true; readonly seconds: number }
	| { readonly ok: false; readonly message: string } {
	if (choice.keep === 'none') return { ok: true, seconds: 0 };
	const text = choice.minutes.trim();
	if (!/^\d+$/.test(text))
		return { ok: false, message: 'Enter the overlap as a whole number of minutes, such as 60.' };
	const minutes = Number(text);
	if (minutes < 1 || minutes > maxOverlapMinutes)
		return { ok: false, message: `Choose between 1 and ${maxOverlapMinutes} minutes (one week).` };
	return { ok: true, seconds: minutes * 60 };
}

/** What happens to requests once `name` is revoked: said before the reader confirms. */
export function revokeWarning(name: string): string {
	return `Revoke “${name}”? Every request that sends it gets 401 from now on, and it cannot be undone.`;
}
