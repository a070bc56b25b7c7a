/**
 * The one response model: what the mock API returns and the response panel renders.
 */
import type { Header } from './request.ts';

export interface ApiResponse {
	readonly status: number;
	/** The reason phrase shown in the status line (RFC 9110 §15). */
	readonly statusText: string;
	readonly headers: readonly Header[];
	/** The body exactly as sent. */
	readonly body: string;
	/** For a refusal: the stable code, which is also the anchor on /reference/errors/. */
	readonly errorCode?: string;
	/**
	 * The simulator's own note on this one answer (which parameter was wrong, that the key was
	 * revoked rather than unknown). Not part of the response: never sent, only shown beside it.
	 */
	readonly explanation?: string;
}

/** Reason phrases for the statuses the simulator produces. */
export const reasonPhrases: Readonly<Record<number, string>> = {
	200: 'OK',
	302: 'Found',
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	413: 'Content Too Large',
	429: 'Too Many Requests',
	431: 'Request Header Fields Too Large',
};
