/** The words of the OAuth flow island, shared by its server rendering and its script. */
import type { OAuthInput } from '../../lib/flows/index.ts';

/** Input labels: also the accessible names other pages and tests rely on. */
export const oauthLabels = {
	clientId: 'Client ID',
	clientSecret: 'Client secret',
	redirectUri: 'Redirect URI',
	scopes: 'Scopes',
} as const satisfies Record<OAuthInput, string>;

export const oauthHints = {
	clientId:
		'Public: it names the application. Prefilled with the demo client this simulated API has registered.',
	clientSecret:
		'Sent only in the token request, never in the URL. Kept in this page’s memory only.',
	redirectUri: 'Must match a URI the client registered, character for character.',
	scopes: 'Space-separated names, as in the scope parameter.',
} as const satisfies Record<OAuthInput, string>;

/** What each authorization parameter is for (RFC 6749 §4.1.1, RFC 7636 §4.3). */
export const parameterMeanings: Readonly<Record<string, string>> = {
	response_type: 'Asks for an authorization code (RFC 6749 §4.1.1).',
	client_id: 'Which application asks.',
	redirect_uri: 'Where the user’s browser is sent back with the answer.',
	scope: 'What the application asks to be allowed to do.',
	state:
		'A fresh random value the client keeps and checks on the way back, against cross-site request forgery (RFC 6749 §10.12).',
	code_challenge:
		'Derived from the code verifier the client keeps; the token request must present the verifier (RFC 7636 §4.2).',
	code_challenge_method: 'How the challenge was derived: S256 is SHA-256, then base64url.',
};

/**
 * Stand-ins for the values only the reader's browser makes, shown until the flow loads. Each is
 * as long as the real one (32 random bytes in base64url: 43 characters), so the URL, the table
 * and the token request keep their size when the real values arrive and the Approve button a
 * reader is reaching for does not move. The verifier is valid as one (RFC 7636 §4.1), so the core
 * builds the token request's shape around it.
 */
export const madeInBrowser = {
	state: 'STATE_IS_MADE_IN_YOUR_BROWSER_AS_FLOW_LOADS',
	codeChallenge: 'CHALLENGE_IS_THE_VERIFIER_HASHED_IN_BROWSER',
	codeVerifier: 'CODE_VERIFIER_MADE_IN_YOUR_BROWSER_AT_STEP1',
} as const;

export const oauthTexts = {
	urlBlocked: 'No authorization URL until the errors above are fixed.',
	plainWarning:
		'Legacy only: with plain, the challenge is the verifier itself, so anyone who sees this URL can redeem the code. Servers that follow current advice (RFC 9700 §2.1.1) refuse it, as this one does.',
	noCodeYet: 'The token request is sent once step 2 returns a code.',
	noTokenYet: 'The API call is made once step 3 returns an access token.',
	placeholderCode: 'CODE_FROM_STEP_2',
} as const;
