/**
 * The words of the playground's OAuth grant flow: step titles and what each step does, the client
 * kinds, and the lines the token status shows. Kept apart from the element so the server
 * rendering and the browser use the same text.
 */
import type { FlowStep } from '../../lib/flows/index.ts';

/** Each step's heading and what it sends. */
export const stepTexts = {
	authorize: {
		title: 'Authorization request',
		about:
			'The app sends the person’s browser to this URL. The snippet makes its own code verifier and state and prints them to keep. Here the simulated person approves, and the server redirects back with a code.',
	},
	exchange: {
		title: 'Token exchange',
		about:
			'The app sends the code with the code verifier to the token endpoint and gets an access token and a refresh token.',
	},
	token: {
		title: 'Client credentials request',
		about: 'A confidential client asks for a token for itself: no person is involved.',
	},
	device: {
		title: 'Device authorization request',
		about: 'A device without a browser asks for a device code and a user code to show the person.',
	},
	poll: {
		title: 'Polling the token endpoint',
		about:
			'The device polls until the person has answered at the verification URI: authorization_pending means wait, slow_down means wait 5 seconds longer. The snippet is the whole loop; each run here is one poll.',
	},
	refresh: {
		title: 'Refresh',
		about:
			'The app trades its refresh token for a new access token. Refresh tokens rotate: the answer holds a new one, and the old one is retired.',
	},
	api: {
		title: 'API call with the access token',
		about: 'The access token from the steps above, sent as a Bearer token.',
	},
} as const satisfies Record<FlowStep, { readonly title: string; readonly about: string }>;

/** The kinds of client a reader can play, with the demo client each uses. */
export const clientKinds = {
	'confidential-basic': {
		label: 'Confidential client, client_secret_basic',
		method: 'client_secret_basic',
	},
	'confidential-post': {
		label: 'Confidential client, client_secret_post',
		method: 'client_secret_post',
	},
	public: { label: 'Public client (PKCE, no secret)', method: 'none' },
} as const;
export type ClientKind = keyof typeof clientKinds;

/** The token status line: where the token is and when it expires on the simulated clock. */
export function tokenStatus(expiresAt: number | undefined, now: number, revoked: boolean): string {
	if (expiresAt === undefined) return 'No access token yet: run a grant.';
	if (revoked) return 'The access token was revoked: send it to see the 401.';
	const left = Math.round((expiresAt - now) / 1000);
	return left > 0
		? `Access token held in memory only; it expires in ${left} s on the simulated clock.`
		: 'The access token expired on the simulated clock: send it to see the 401, then refresh.';
}
