/**
 * The words of the request builder, shared by its server rendering and its script so both say
 * the same thing. Text only: no logic beyond choosing a sentence.
 */
import type {
	BasicVariant,
	CredentialInput,
	KeyLocation,
	PlaygroundState,
	Scheme,
	StateRequest,
} from '../../lib/share/index.ts';
import type { Profile } from '../../lib/profiles/index.ts';

export const schemeLabels = {
	basic: 'Basic',
	bearer: 'Bearer',
	oauth2: 'OAuth 2.0',
	apiKey: 'API key in a header or query',
} as const satisfies Record<Scheme, string>;

export const keyLocationLabels = {
	header: 'A header',
	query: 'A query parameter',
} as const satisfies Record<KeyLocation, string>;

export const variantLabels = {
	'user-password': 'Username and password (user:password)',
	'empty-username': 'Key as password, empty username (:KEY)',
	'any-username': 'Key as password, any username (name:KEY)',
	'key-as-username': 'Key as username, empty password (KEY:)',
} as const satisfies Record<BasicVariant, string>;

export const inputLabels = {
	username: 'Username',
	password: 'Password',
	apiKey: 'API key',
	token: 'Token',
} as const satisfies Record<CredentialInput, string>;

/** The hint under an input, which depends on the API. */
export function inputHint(
	input: CredentialInput,
	profile: Profile,
	variant: BasicVariant,
): string | undefined {
	switch (input) {
		case 'apiKey':
			return `${profile.name}: ${profile.keyLocation}.`;
		case 'username':
			if (variant !== 'any-username') return undefined;
			return profile.auth.scheme === 'basic' && profile.auth.username === 'ignored'
				? `${profile.name} ignores it; any value without a colon works.`
				: 'Any value without a colon.';
		case 'token':
			return 'An OAuth 2.0 access token, sent as a Bearer token.';
		case 'password':
			return undefined;
	}
}

/** The label of the output: the header it shows, or the URL when the key travels in the query. */
export function outputLabel(state: Pick<PlaygroundState, 'scheme' | 'keyIn' | 'keyName'>): string {
	if (state.scheme !== 'apiKey') return 'Authorization header';
	return state.keyIn === 'query' ? 'Request URL, key in the query' : `${state.keyName} header`;
}

/** The text of the output: the header line (or the URL, for a key in the query), or why there is none. */
export function headerText(built: StateRequest): string {
	const key = built.request?.apiKey;
	if (built.request && key?.in === 'query') return `${built.request.method} ${built.request.url}`;
	const wanted = key?.in === 'header' ? key.name.toLowerCase() : 'authorization';
	const line = built.request?.headers.find(([name]) => name.toLowerCase() === wanted);
	if (line !== undefined) return `${line[0]}: ${line[1]}`;
	const first = built.errors[0];
	return first ? `No header: ${first.message} See the message next to the field.` : 'No header.';
}

/** The sentence about a Bearer key's environment, or undefined when the API has no key prefixes. */
export function environmentText(built: StateRequest, profile: Profile): string | undefined {
	if (profile.auth.scheme !== 'bearer' || profile.auth.keyPrefixes.length === 0) return undefined;
	const prefixes = profile.auth.keyPrefixes
		.map((entry) => `${entry.prefix} (${entry.environment})`)
		.join(', ');
	if (built.environment === 'live')
		return `Environment: live. This key acts on real data. ${profile.name} keys: ${prefixes}.`;
	if (built.environment === 'test')
		return `Environment: test. This key acts on the sandbox only. ${profile.name} keys: ${prefixes}.`;
	return `Environment: unknown. ${profile.name} keys start with ${prefixes}.`;
}
