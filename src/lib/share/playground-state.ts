/**
 * The playground's state, and which of its fields may travel in a share link.
 *
 * Design note: secrecy is declared per field in one table, and the link codec only ever reads the
 * fields the table declares shareable, so a new secret field cannot leak by being forgotten: it
 * must be declared, and declaring it secret is the default reading of `secretWhen`.
 */
import { languages, type Language } from './languages.ts';

export { languages, type Language };

/** `apiKey`: a key in a named header or query parameter (OpenAPI's name for it). */
export const schemes = ['basic', 'bearer', 'oauth2', 'apiKey'] as const;
export type Scheme = (typeof schemes)[number];

/** RFC 7617 credential layouts; see src/lib/auth for how each is encoded. */
export const basicVariants = [
	'user-password',
	'empty-username',
	'any-username',
	'key-as-username',
] as const;
export type BasicVariant = (typeof basicVariants)[number];

/** Where an apiKey scheme sends the key (cookies are left out: a page's fetch cannot set them). */
export const keyLocations = ['header', 'query'] as const;
export type KeyLocation = (typeof keyLocations)[number];

export interface PlaygroundState {
	readonly profile: string;
	readonly scheme: Scheme;
	readonly variant: BasicVariant;
	readonly language: Language;
	/** What the simulated API is asked to show: `ok` or an error code. */
	readonly scenario: string;
	/** Snippets read secrets from environment variables unless this is false. */
	readonly useEnv: boolean;
	readonly username: string;
	readonly password: string;
	readonly apiKey: string;
	/** apiKey scheme: a header or a query parameter, and its name. The name is no secret; the key is. */
	readonly keyIn: KeyLocation;
	readonly keyName: string;
	readonly token: string;
	readonly clientId: string;
	readonly clientSecret: string;
	readonly redirectUri: string;
	readonly scopes: string;
	readonly tier: string;
}

export type FieldKind =
	| { readonly type: 'enum'; readonly values: readonly string[] }
	| { readonly type: 'slug' }
	| { readonly type: 'boolean' }
	| { readonly type: 'text'; readonly maxLength: number };

interface FieldSpec {
	/** The short name used in the link. */
	readonly param: string;
	readonly kind: FieldKind;
	/** True when the field may hold a secret in this state: it is then never put in, or read from, a link. */
	readonly secretWhen: (state: PlaygroundState) => boolean;
}

const always = (): boolean => true;
const never = (): boolean => false;
const slug = { type: 'slug' } as const;
const text = (maxLength: number) => ({ type: 'text', maxLength }) as const;

/** Every field of the state, with its link name and when it counts as secret. */
export const stateFields = {
	profile: { param: 'api', kind: slug, secretWhen: never },
	scheme: { param: 'scheme', kind: { type: 'enum', values: schemes }, secretWhen: never },
	variant: { param: 'format', kind: { type: 'enum', values: basicVariants }, secretWhen: never },
	language: { param: 'lang', kind: { type: 'enum', values: languages }, secretWhen: never },
	scenario: { param: 'scenario', kind: slug, secretWhen: never },
	useEnv: { param: 'env', kind: { type: 'boolean' }, secretWhen: never },
	// In the KEY: layout the username is the API key itself.
	username: {
		param: 'user',
		kind: text(256),
		secretWhen: (state) => state.variant === 'key-as-username',
	},
	password: { param: 'password', kind: text(0), secretWhen: always },
	apiKey: { param: 'key', kind: text(0), secretWhen: always },
	keyIn: { param: 'in', kind: { type: 'enum', values: keyLocations }, secretWhen: never },
	keyName: { param: 'name', kind: text(64), secretWhen: never },
	token: { param: 'token', kind: text(0), secretWhen: always },
	clientId: { param: 'client', kind: text(256), secretWhen: never },
	clientSecret: { param: 'secret', kind: text(0), secretWhen: always },
	redirectUri: { param: 'redirect', kind: text(2048), secretWhen: never },
	scopes: { param: 'scopes', kind: text(512), secretWhen: never },
	tier: { param: 'tier', kind: text(64), secretWhen: never },
} as const satisfies { readonly [K in keyof PlaygroundState]: FieldSpec };

export type StateField = keyof typeof stateFields;
