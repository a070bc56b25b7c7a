/**
 * A profile from a validated, dereferenced OpenAPI document: the base URL from `servers`, the way
 * to send a key from the security schemes (the one the document's `security` names first), OAuth
 * 2.0 from an `oauth2` scheme, a sample endpoint, and every guess under `assumptions`, so a reader
 * of the YAML knows what the document said and what was chosen. Pure: the caller parses, validates
 * and dereferences the document (with an OpenAPI parser library) and writes the result.
 */
import { codesFor } from '../../mock-api/applicable-codes.ts';
import { errorCodes } from '../../mock-api/error-codes.ts';
import { profileSchema, type ProfileInput } from '../schema.ts';
import { readDocument, type Json, type OpenApiView } from './document.ts';
import { bodyText, chooseSample, type SampleChoice, type Sampler } from './endpoint.ts';
import { mapScheme, type MappedScheme } from './schemes.ts';

/** Something that stops the import, at a JSON pointer (RFC 6901) into the document. */
export interface ImportProblem {
	readonly pointer: string;
	readonly message: string;
}

export type ImportResult =
	| { readonly ok: true; readonly profile: ProfileInput }
	| { readonly ok: false; readonly problem: ImportProblem };

export interface ImportOptions {
	readonly id: string;
	/** How the document is named in the assumptions, e.g. `@figma/rest-api-spec/openapi/openapi.yaml`. */
	readonly source: string;
	readonly sample: Sampler;
}

type AuthScheme = Extract<MappedScheme, { kind: 'auth' }>;

/** The scheme the profile uses: the first the document's requirements name, else the first declared. */
function pickAuth(view: OpenApiView, mapped: readonly MappedScheme[]): AuthScheme | undefined {
	const usable = mapped.filter((entry): entry is AuthScheme => entry.kind === 'auth');
	const named = [
		...(view.security ?? []),
		...view.operations.flatMap((operation) => operation.security ?? []),
	].flatMap((requirement) => Object.keys(requirement));
	return (
		named
			.map((name) => usable.find((entry) => entry.entry.name === name))
			.find((entry) => entry !== undefined) ?? usable[0]
	);
}

function baseUrl(view: OpenApiView): string | ImportProblem {
	const server = view.servers[0];
	if (!server)
		return {
			pointer: view.serversPointer,
			message: 'The document names no server, so there is no base URL to call.',
		};
	if (!/^https:\/\/[^/]/.test(server.url))
		return {
			pointer: server.pointer,
			message: `The first server, ${server.url}, is not an absolute https:// URL; the site only shows APIs reached over https.`,
		};
	return server.url.replace(/\/+$/, '');
}

function envVarFor(id: string): string {
	const stem = id.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
	return `${/^[A-Z]/.test(stem) ? '' : 'API_'}${stem}_API_KEY`;
}

/**
 * A body for every code the simulator answers this API with from the profile: the document's
 * own 401 and 403 bodies where it shows them (an example, or a sample of the schema), and a plain
 * JSON body of ours, listed as a guess, where it does not.
 */
function errorsFor(
	draft: ProfileInput,
	chosen: SampleChoice,
	sample: Sampler,
): { errors: ProfileInput['errors']; guesses: string[] } {
	const parsed = profileSchema.safeParse(draft);
	const codes = parsed.success
		? codesFor(parsed.data).filter(
				// A code answered as another one (a revoked key as an unknown one) has no body of its own.
				(code) => errorCodes[code].body === 'profile' && !('sameAs' in errorCodes[code]),
			)
		: [];
	const documented = new Map(
		[401, 403].map((status) => [
			status,
			{
				response: chosen.operation.responses[String(status)],
				body: bodyText(chosen.operation.responses[String(status)], sample),
			},
		]),
	);
	const errors: Record<string, { status: number; contentType: string; body: string }> = {};
	const ours: string[] = [];
	for (const code of codes) {
		const { status, title } = errorCodes[code];
		const own = documented.get(status);
		if (own?.response && own.body)
			errors[code] = { status, contentType: own.response.contentType, body: own.body.text };
		else {
			errors[code] = {
				status,
				contentType: 'application/json',
				body: JSON.stringify({ error: code.replaceAll('-', '_'), message: `${title}.` }),
			};
			ours.push(code);
		}
	}
	const guesses: string[] = [];
	for (const [status, own] of documented) {
		if (own.response && own.body)
			guesses.push(
				`The ${status} body is the one the document gives GET ${chosen.operation.path}${own.body.sampled ? ', sampled from its schema' : ''}; it answers every ${status} the simulator gives.`,
			);
	}
	if (ours.length > 0)
		guesses.push(
			`The document shows no body for ${ours.join(', ')}; those bodies are ours, in plain JSON.`,
		);
	return { errors, guesses };
}

/** Why a scheme other than the chosen ones is not in the profile. */
function leftOut(entry: MappedScheme): string {
	if (entry.kind === 'unsupported') return entry.reason;
	if (entry.kind === 'auth') return 'the profile shows one way to send a key';
	return entry.oauth
		? 'the profile shows one OAuth 2.0 server'
		: 'it has no flow with https authorization and token endpoints';
}

/** The profile `doc` describes under `options.id`, or the first problem that stops the import. */
export function profileFromOpenApi(doc: Json, options: ImportOptions): ImportResult {
	const view = readDocument(doc);
	const base = baseUrl(view);
	if (typeof base !== 'string') return { ok: false, problem: base };
	const realm = new URL(base).hostname;
	const mapped = view.schemes.map((entry) => mapScheme(entry, realm));
	const oauthScheme =
		mapped.find((entry) => entry.kind === 'oauth' && entry.oauth !== undefined) ??
		mapped.find((entry) => entry.kind === 'oauth');
	const offered = oauthScheme?.kind === 'oauth' ? oauthScheme.oauth : undefined;
	// The simulator serves each API under one origin (`npm run mock-api` gives it one prefix), so
	// OAuth endpoints elsewhere cannot be simulated.
	const origin = new URL(base).origin;
	const sameOrigin =
		offered !== undefined &&
		[offered.authorizationEndpoint, offered.tokenEndpoint].every(
			(url) => new URL(url).origin === origin,
		);
	const oauth = sameOrigin ? offered : undefined;
	const oauthGuesses =
		offered && !sameOrigin
			? [
					`OAuth 2.0 (${oauthScheme?.entry.name}) is left out: its endpoints (${offered.authorizationEndpoint}, ${offered.tokenEndpoint}) are not all on ${origin}, the one origin the simulator serves this API under.`,
				]
			: oauthScheme?.kind === 'oauth'
				? oauthScheme.guesses
				: [];
	// RFC 6750: an API that only offers OAuth 2.0 takes its access tokens as Bearer tokens.
	const bearerForOAuth: AuthScheme | undefined = oauthScheme
		? {
				kind: 'auth',
				entry: oauthScheme.entry,
				auth: { scheme: 'bearer', realm, keyPrefixes: [] },
				guesses: [
					`${oauthScheme.entry.name} is the only scheme the site can show; its access tokens are sent as Bearer tokens (RFC 6750 §2.1), and the profile treats one as the key.`,
				],
			}
		: undefined;
	const auth = pickAuth(view, mapped) ?? bearerForOAuth;
	if (!auth) {
		const first = mapped[0];
		const reasons = mapped
			.map(
				(entry) =>
					`${entry.entry.name}: ${entry.kind === 'unsupported' ? entry.reason : 'an OAuth 2.0 scheme without an https authorization code flow'}`,
			)
			.join('; ');
		return {
			ok: false,
			problem: {
				pointer:
					first?.entry.pointer ??
					(view.version.startsWith('2') ? '/securityDefinitions' : '/components/securitySchemes'),
				message: first
					? `No security scheme the site can show (${reasons}).`
					: 'The document declares no security scheme.',
			},
		};
	}
	const chosen = chooseSample(view, auth.entry.name, options.sample);
	if ('problem' in chosen) return { ok: false, problem: chosen.problem };
	const others = mapped.filter(
		(entry) => entry !== auth && entry !== oauthScheme && entry.entry !== auth.entry,
	);
	const server = view.servers[0]!;
	const assumptions = [
		`Made with npm run profile -- --from-openapi from ${options.source} ${view.version.startsWith('2') ? 'Swagger' : 'OpenAPI'} ${view.version}, a document no one here wrote; each entry below is what the importer had to guess.`,
		`The base URL is the document's first server${view.servers.length > 1 ? ` of ${view.servers.length}` : ''}${server.variables.length > 0 ? `, with the defaults of ${server.variables.join(', ')}` : ''}.`,
		`The key is sent as ${auth.entry.name} (${auth.entry.pointer})${auth.auth.scheme === 'apiKey' ? ', and the API is assumed to send no WWW-Authenticate with its 401' : ''}.`,
		...auth.guesses,
		...others.map((entry) => `${entry.entry.name} is left out: ${leftOut(entry)}.`),
		...oauthGuesses,
		...chosen.guesses,
		'The document says neither where a key is created nor whether it is shown only once; the quickstart says "see the API\'s documentation", and the example key is made up.',
	];
	const draft: ProfileInput = {
		id: options.id,
		name: view.title || options.id,
		summary: view.summary ?? `${view.title || options.id}, as its OpenAPI document describes it.`,
		baseUrl: base,
		sampleEndpoint: {
			method: 'GET',
			path: chosen.path,
			headers: [],
			responseBody: chosen.responseBody,
		},
		envVar: envVarFor(options.id),
		keyLocation: "See the API's documentation",
		keyShownOnce: false,
		exampleKey: `${options.id.replace(/[^a-z0-9]/g, '').slice(0, 8)}_3f9a7c2e1b8d4f6a`,
		auth: auth.auth,
		...(oauth ? { oauth } : {}),
		errors: {},
		assumptions,
	};
	const { errors, guesses } = errorsFor(draft, chosen, options.sample);
	return {
		ok: true,
		profile: {
			...draft,
			errors,
			assumptions: [...assumptions.slice(0, -1), ...guesses, ...assumptions.slice(-1)],
		},
	};
}
