/**
 * What each answer of the OAuth flow means, in a sentence for the page and its live region.
 * Text only: the decisions (state checked, tokens parsed) are made in src/lib.
 */
import { maskSecret, type TokenResponseResult } from '../../lib/auth/index.ts';
import type { ConsentResult } from '../../lib/flows/index.ts';
import type { ApiResponse } from '../../lib/http/index.ts';
import type { Profile } from '../../lib/profiles/index.ts';
import { explanation, simulatorNote } from '../kit/response-view.ts';
import { siteLink } from '../kit/site-link.ts';

/** An auth issue code's fix, from the island's templates (kit/code-text.ts). */
export type FixOf = (code: string) => string;

/** The consent step's result as the client sees it. */
export function consentOutcome(result: ConsentResult, fixOf: FixOf): string {
	switch (result.kind) {
		case 'code':
			return 'Approved: the server sent the browser back to the redirect URI with a code, and the state matches the one this flow sent. The code works once, for up to 10 minutes: exchange it in step 3.';
		case 'error': {
			const description = result.description ? ` (“${result.description}”)` : '';
			return `Refused: the server sent the browser back with error=${result.error}${description}, as RFC 6749 §4.1.2.1 prescribes. The state matches, so the client can trust this answer and tell the user. No code was issued.`;
		}
		case 'untrusted': {
			const issue = result.issues[0];
			return issue
				? `Rejected by the client (${issue.code}): ${issue.message} Fix: ${fixOf(issue.code)}`
				: 'Rejected by the client.';
		}
		case 'no-redirect':
			return 'No redirect: the server answered by itself, because the client ID or redirect URI is not one it has registered, and sending the user to an unknown address would be unsafe (RFC 6749 §4.1.2.1). Use the demo client’s values.';
	}
}

/** A short line for the live region after the consent step. */
export function consentAnnouncement(result: ConsentResult): string {
	switch (result.kind) {
		case 'code':
			return 'Step 2 done: a code came back. Exchange it in step 3.';
		case 'error':
			return `Step 2 done: the server refused with ${result.error}.`;
		case 'untrusted':
			return 'Step 2 done: the client rejected the redirect.';
		case 'no-redirect':
			return 'Step 2 done: the server did not redirect.';
	}
}

/** The token exchange's result. */
export function tokenOutcome(
	response: ApiResponse,
	parsed: TokenResponseResult,
	now: number,
	fixOf: FixOf,
): string {
	if (!parsed.ok) {
		const issue = parsed.errors[0];
		return `The token endpoint answered ${response.status}: ${issue?.message ?? ''} Fix: ${issue ? fixOf(issue.code) : ''}`;
	}
	const minutes =
		parsed.expiresAt === undefined ? undefined : Math.round((parsed.expiresAt - now) / 60_000);
	const lifetime =
		minutes === undefined ? 'with no stated lifetime' : `valid for ${minutes} minutes`;
	const refresh = parsed.refreshToken ? ', and a refresh token' : '';
	return `Tokens issued: a ${parsed.tokenType} access token (${maskSecret(parsed.accessToken)}) ${lifetime}, scope “${parsed.scope ?? ''}”${refresh}. Tokens are masked on this page; step 4 sends the access token.`;
}

/** A response of the API explained, with its entry on /reference/errors/ when it has one. */
export async function describeResponse(
	response: ApiResponse,
	profile: Profile,
	textOf: (code: string, part: 'cause' | 'fix') => string,
): Promise<{ text: string; reference?: { href: string; label: string } }> {
	const { errorCodes, isErrorCode } = await import('../../lib/mock-api/index.ts');
	const code = response.errorCode;
	const entry = code !== undefined && isErrorCode(code) ? errorCodes[code] : undefined;
	const known =
		entry && code ? { cause: textOf(code, 'cause'), fix: textOf(code, 'fix') } : undefined;
	const explained = explanation(response, profile, known);
	const text = [
		explained.text,
		explained.fix ? `Fix: ${explained.fix}` : '',
		simulatorNote(code, profile) ?? '',
	]
		.filter((part) => part !== '')
		.join(' ');
	return entry && code
		? {
				text,
				reference: {
					href: siteLink(`/reference/errors/#${code}`),
					label: `${entry.title} (${code}) in the error reference`,
				},
			}
		: { text };
}
