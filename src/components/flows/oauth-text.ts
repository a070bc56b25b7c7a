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

/** Text for values the server cannot know: they are generated in the reader's browser. */
export const generatedInBrowser = '(generated in your browser)';

export const oauthTexts = {
	urlPending:
		'The URL is made in your browser, with a fresh state and PKCE code verifier, as this flow comes into view (it needs JavaScript).',
	urlBlocked: 'No authorization URL until the errors above are fixed.',
	plainWarning:
		'Legacy only: with plain, the challenge is the verifier itself, so anyone who sees this URL can redeem the code. Servers that follow current advice (RFC 9700 §2.1.1) refuse it, as this one does.',
	noCodeYet: 'The token request is sent once step 2 returns a code.',
	noTokenYet: 'The API call is made once step 3 returns an access token.',
	placeholderCode: 'CODE_FROM_STEP_2',
	/** Valid as a verifier (RFC 7636 §4.1), so the core builds the request's shape around it. */
	placeholderVerifier: 'CODE_VERIFIER_GENERATED_IN_YOUR_BROWSER_AT_STEP_1',
} as const;
