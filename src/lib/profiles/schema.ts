/**
 * The profile: everything the site knows about one API's authentication.
 *
 * One YAML file per API in `src/content/profiles/` is validated against this schema, at build
 * time by Astro's content layer and in unit tests by `parseProfile`. Guides, builders, snippets,
 * the mock API and the per-API quickstart all read a profile; none of them hard-codes an API.
 */
import { z } from 'zod';

/** Kebab-case identifiers: profile ids and error codes become URLs and anchors. */
const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');

const httpsUrl = z
	.url()
	.refine((value) => value.startsWith('https://'), 'must be an https:// URL')
	.refine((value) => !value.endsWith('/'), 'must not end with a slash')
	// RFC 6749 §3.1 and §3.2: an endpoint URI "MUST NOT include a fragment component".
	.refine((value) => !value.includes('#'), 'must not have a #fragment (RFC 6749 §3.1, §3.2)');

/**
 * How a Basic API wants the user-id half of `user-id:password` (RFC 7617 §2).
 * - `empty`: `:KEY`, the username is empty and the colon is still required.
 * - `ignored`: any username is accepted; the key is the password.
 * - `required`: a real username and password.
 * - `key-as-username`: `KEY:`, the key is the user-id and the password is empty.
 */
export const basicUsernameRules = ['empty', 'ignored', 'required', 'key-as-username'] as const;
export type BasicUsernameRule = (typeof basicUsernameRules)[number];

const basicAuth = z.object({
	scheme: z.literal('basic'),
	username: z.enum(basicUsernameRules),
	/** The username the API's own docs use in examples when the username is ignored. */
	exampleUsername: z.string().optional(),
	realm: z.string().min(1),
});

const keyPrefix = z.object({
	prefix: z.string().regex(/^[A-Za-z0-9._~+/-]+$/, 'a key prefix must be b64token characters'),
	environment: z.enum(['live', 'test']),
});

const bearerAuth = z.object({
	scheme: z.literal('bearer'),
	keyPrefixes: z.array(keyPrefix).default([]),
	realm: z.string().min(1),
});

/**
 * An API key in a named header or query parameter: OpenAPI's `apiKey` security scheme with `in:
 * header` or `in: query`. `in: cookie` is left out on purpose: a page's `fetch` cannot set a
 * Cookie header (it is a forbidden request header), so no builder or snippet here could show it
 * working (see the API keys guide).
 */
export const apiKeyLocations = ['header', 'query'] as const;
export type ApiKeyLocation = (typeof apiKeyLocations)[number];

const apiKeyAuth = z
	.object({
		scheme: z.literal('apiKey'),
		in: z.enum(apiKeyLocations),
		/** The header or query parameter name, as the API's docs spell it (X-API-Key, api_key). */
		name: z.string().min(1),
		/**
		 * The exact `WWW-Authenticate` value the API sends with a 401, if it sends one. No HTTP
		 * authentication scheme is used, so most such APIs send none (RFC 9110 §11.6.1 asks for one
		 * only with the schemes of §11); leave it out unless the API's docs show it.
		 */
		challenge: z.string().min(1).optional(),
	})
	.superRefine((auth, ctx) => {
		// A header name is a token (RFC 9110 §5.1); a query name is kept to RFC 3986 unreserved
		// characters, which every client sends as they are, so no snippet has to encode it.
		const pattern = auth.in === 'header' ? /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/ : /^[A-Za-z0-9._~-]+$/;
		if (!pattern.test(auth.name)) {
			const rule =
				auth.in === 'header'
					? 'a header name must be a token (RFC 9110 §5.1)'
					: 'a query parameter name must be letters, digits and -._~';
			ctx.addIssue({ code: 'custom', path: ['name'], message: rule });
		}
		if (
			auth.in === 'header' &&
			['authorization', 'cookie', 'host', 'content-length', 'content-type'].includes(
				auth.name.toLowerCase(),
			)
		) {
			ctx.addIssue({
				code: 'custom',
				path: ['name'],
				message: `${auth.name} is not a header an API key can have to itself; use scheme basic or bearer for Authorization`,
			});
		}
	});

const scope = z.object({
	name: z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, 'RFC 6749 §3.3 scope-token'),
	description: z.string(),
});

/** The grants an authorization server can offer (RFC 6749 §4.1, §4.4, §6; RFC 8628). */
export const oauthGrants = [
	'authorization_code',
	'refresh_token',
	'client_credentials',
	'device_code',
] as const;
export type OAuthGrant = (typeof oauthGrants)[number];

/** How a client authenticates at the token endpoint (RFC 6749 §2.3.1); `none` is a public client (§2.1). */
export const clientAuthMethods = ['client_secret_basic', 'client_secret_post', 'none'] as const;

const oauth = z
	.object({
		authorizationEndpoint: httpsUrl,
		tokenEndpoint: httpsUrl,
		/** RFC 8628 §3.1: where a device asks for a device code; required when `device_code` is offered. */
		deviceAuthorizationEndpoint: httpsUrl.optional(),
		/** RFC 8628 §3.2 verification_uri: the page where the person types the user code. */
		verificationUri: httpsUrl.optional(),
		/** The grants the API offers, its "profile switch": the flow island and the mock offer only these. */
		grants: z
			.array(z.enum(oauthGrants))
			.min(1)
			.default(['authorization_code', 'refresh_token', 'client_credentials']),
		scopes: z.array(scope).min(1),
		/** Seconds an access token lives before the API answers 401 invalid_token. */
		accessTokenLifetime: z.number().int().positive(),
		clientAuthMethods: z.array(z.enum(clientAuthMethods)).min(1),
		/** RFC 8628 §3.2 interval: seconds a device waits between polls (default 5). */
		devicePollInterval: z.number().int().positive().default(5),
		/** RFC 8628 §3.2 expires_in: seconds a device code lives. */
		deviceCodeLifetime: z.number().int().positive().default(600),
	})
	.superRefine((value, ctx) => {
		if (!value.grants.includes('device_code')) return;
		for (const field of ['deviceAuthorizationEndpoint', 'verificationUri'] as const) {
			if (value[field] === undefined)
				ctx.addIssue({
					code: 'custom',
					path: [field],
					message: 'is required when grants lists device_code (RFC 8628 §3.1, §3.2)',
				});
		}
	});

const rateLimitTier = z.object({
	name: z.string().min(1),
	/** `null` means no hourly ceiling; the burst still applies. */
	requestsPerHour: z.number().int().positive().nullable(),
	burst: z.number().int().positive(),
});

const rateLimit = z.object({
	/** The family of headers the API sends, e.g. `X-RateLimit` for X-RateLimit-Limit/-Remaining/-Reset. */
	headerPrefix: z.string().regex(/^[A-Za-z-]+$/),
	/** Whether the reset header holds a Unix time in seconds or a number of seconds from now. */
	reset: z.enum(['epoch-seconds', 'delta-seconds']),
	tiers: z.array(rateLimitTier).min(1),
	defaultTier: z.string().min(1),
});

/** A response body exactly as the API sends it: the bytes matter (Content-Length, diffs). */
const errorResponse = z.object({
	status: z.number().int().min(400).max(599),
	contentType: z.string().min(1),
	body: z.string(),
});

const sampleEndpoint = z.object({
	method: z.enum(['GET', 'POST']),
	path: z.string().startsWith('/'),
	/** Extra request headers the API's examples send, in order. */
	headers: z.array(z.tuple([z.string(), z.string()])).default([]),
	/** The 200 body the mock API returns, as sent. */
	responseBody: z.string(),
	/** The OAuth scope a key or token needs to call it (RFC 6750 §3.1 insufficient_scope); none if absent. */
	scope: z
		.string()
		.regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, 'RFC 6749 §3.3 scope-token')
		.optional(),
});

export const profileSchema = z
	.object({
		id: slug,
		name: z.string().min(1),
		summary: z.string().min(1),
		baseUrl: httpsUrl,
		sampleEndpoint,
		/** The environment variable snippets read the key from. */
		envVar: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
		/** Where a user finds or creates a key, in the API's own words for its menus. */
		keyLocation: z.string().min(1),
		/** The key is displayed once at creation and can never be read again. */
		keyShownOnce: z.boolean(),
		exampleKey: z.string().min(1),
		auth: z.discriminatedUnion('scheme', [basicAuth, bearerAuth, apiKeyAuth]),
		oauth: oauth.optional(),
		rateLimit: rateLimit.optional(),
		errors: z.record(slug, errorResponse),
		/** Facts we could not find in the API's docs and therefore chose; shown on its quickstart. */
		assumptions: z.array(z.string()).default([]),
	})
	.superRefine((profile, ctx) => {
		const tiers = profile.rateLimit?.tiers.map((tier) => tier.name) ?? [];
		if (profile.rateLimit && !tiers.includes(profile.rateLimit.defaultTier)) {
			ctx.addIssue({
				code: 'custom',
				path: ['rateLimit', 'defaultTier'],
				message: `must be one of: ${tiers.join(', ')}`,
			});
		}
		for (const [code, response] of Object.entries(profile.errors)) {
			if (response.contentType.startsWith('application/json')) {
				try {
					JSON.parse(response.body);
				} catch {
					ctx.addIssue({
						code: 'custom',
						path: ['errors', code, 'body'],
						message: 'is declared as JSON but does not parse',
					});
				}
			}
		}
	});

/** A validated profile, as every consumer sees it. */
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
