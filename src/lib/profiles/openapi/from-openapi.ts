/**
 * A profile from a validated, dereferenced OpenAPI document: the base URL from `servers`, the way
 * to send a key from the security schemes (the one the document's `security` names first), OAuth
 * 2.0 from an `oauth2` scheme, a sample endpoint, and every guess under `assumptions`, so a reader
 * of the YAML knows what the document said and what was chosen. Pure: the caller parses, validates
 * and dereferences the document (with an OpenAPI parser library) and writes the result.
 */
import type { ProfileInput } from '../schema.ts';
import { readDocument, type Json, type OpenApiView } from './document.ts';
import { bodyText, chooseSample, type Sampler } from './endpoint.ts';
import { mapScheme, type MappedScheme } from './schemes.ts';

/** Something that stops the import, at a JSON pointer (RFC 6901) into the document. */
export interface ImportProblem {
	readonly pointer: string;
	readonly message: string;
}

export type ImportResult = { readonly ok: true; readonly profile: ProfileInput } | { readonly ok: false; readonly problem: ImportProblem };

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
	const named = [...(view.security ?? []), ...view.operations.flatMap((operation) => operation.security ?? [])].flatMap((requirement) => Object.keys(requirement));
	return named.map((name) => usable.find((entry) => entry.entry.name === name)).find((entry) => entry !== undefined) ?? usable[0];
}

function baseUrl(view: OpenApiView): string | ImportProblem {
	const server = view.servers[0];
	if (!server) return { pointer: view.serversPointer, message: 'The document names no server, so there is no base URL to call.' };
	if (!/^https:\/\/[^/]/.test(server.url)) return { pointer: server.pointer, message: `The first server, ${server.url}, is not an absolute https:// URL; the site only shows APIs reached over https.` };
	return server.url.replace(/\/+$/, '');
}

function envVarFor(id: string): string {
	const stem = id.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
	return `${/^[A-Z]/.test(stem) ? '' : 'API_'}${stem}_API_KEY`;
}

function errorsFor(chosen: ReturnType<typeof chooseSample>, sample: Sampler): { errors: ProfileInput['errors']; guesses: string[] } {
	if ('problem' in chosen) return { errors: {}, guesses: [] };
	const responses = chosen.operation.responses;
	const errors: Record<string, { status: number; contentType: string; body: string }> = {};
	const guesses: string[] = [];
	const unauthorized = bodyText(responses['401'], sample);
	const forbidden = bodyText(responses['403'], sample);
	if (unauthorized && responses['401']) {
		for (const code of ['missing-api-key', 'invalid-api-key', 'revoked-api-key']) errors[code] = { status: 401, contentType: responses['401'].contentType, body: unauthorized.text };
		guesses.push(`One 401 body from the document answers a missing, wrong or revoked key${unauthorized.sampled ? ', sampled from its schema' : ''}.`);
	} else guesses.push("The document shows no 401 body; the simulator's own JSON stands in for the API's.");
	if (forbidden && responses['403']) {
		errors['wrong-workspace'] = { status: 403, contentType: responses['403'].contentType, body: forbidden.text };
		guesses.push(`The document's 403 body answers a key of another account${forbidden.sampled ? ', sampled from its schema' : ''}.`);
	}
	return { errors, guesses };
}

/** Why a scheme other than the chosen ones is not in the profile. */
function leftOut(entry: MappedScheme): string {
	if (entry.kind === 'unsupported') return entry.reason;
	if (entry.kind === 'auth') return 'the profile shows one way to send a key';
	return entry.oauth ? 'the profile shows one OAuth 2.0 server' : 'it has no flow with https authorization and token endpoints';
}

/** The profile `doc` describes under `options.id`, or the first problem that stops the import. */
export function profileFromOpenApi(doc: Json, options: ImportOptions): ImportResult {
	const view = readDocument(doc);
	const base = baseUrl(view);
	if (typeof base !== 'string') return { ok: false, problem: base };
	const realm = new URL(base).hostname;
	const mapped = view.schemes.map((entry) => mapScheme(entry, realm));
	const oauthScheme = mapped.find((entry) => entry.kind === 'oauth' && entry.oauth !== undefined) ?? mapped.find((entry) => entry.kind === 'oauth');
	const oauth = oauthScheme?.kind === 'oauth' ? oauthScheme.oauth : undefined;
	// RFC 6750: an API that only offers OAuth 2.0 takes its access tokens as Bearer tokens.
	const bearerForOAuth: AuthScheme | undefined = oauth && oauthScheme ? { kind: 'auth', entry: oauthScheme.entry, auth: { scheme: 'bearer', realm, keyPrefixes: [] }, guesses: [`${oauthScheme.entry.name} is the only scheme the site can show; its access tokens are sent as Bearer tokens (RFC 6750 §2.1).`] } : undefined;
	const auth = pickAuth(view, mapped) ?? bearerForOAuth;
	if (!auth) {
		const first = mapped[0];
		const reasons = mapped.map((entry) => `${entry.entry.name}: ${entry.kind === 'unsupported' ? entry.reason : 'an OAuth 2.0 scheme without an https authorization code flow'}`).join('; ');
		return { ok: false, problem: { pointer: first?.entry.pointer ?? (view.version.startsWith('2') ? '/securityDefinitions' : '/components/securitySchemes'), message: first ? `No security scheme the site can show (${reasons}).` : 'The document declares no security scheme.' } };
	}
	const chosen = chooseSample(view, auth.entry.name, options.sample);
	if ('problem' in chosen) return { ok: false, problem: chosen.problem };
	const { errors, guesses: errorGuesses } = errorsFor(chosen, options.sample);
	const others = mapped.filter((entry) => entry !== auth && entry !== oauthScheme);
	const server = view.servers[0]!;
	const assumptions = [
		`Made with npm run profile -- --from-openapi from ${options.source} (${view.version.startsWith('2') ? 'Swagger' : 'OpenAPI'} ${view.version}), which no one here wrote; each entry below is what the importer had to guess.`,
		`The base URL is the document's first server${view.servers.length > 1 ? ` of ${view.servers.length}` : ''}${server.variables.length > 0 ? `, with the defaults of ${server.variables.join(', ')}` : ''}.`,
		`The key is sent as ${auth.entry.name} (${auth.entry.pointer})${auth.auth.scheme === 'apiKey' ? ', and the API is assumed to send no WWW-Authenticate with its 401' : ''}.`,
		...auth.guesses,
		...others.map((entry) => `${entry.entry.name} is left out: ${leftOut(entry)}.`),
		...(oauthScheme?.kind === 'oauth' ? oauthScheme.guesses : []),
		...chosen.guesses,
		...errorGuesses,
		'The document says neither where a key is created nor whether it is shown only once; the quickstart says "see the API\'s documentation", and the example key is made up.',
	];
	const profile: ProfileInput = {
		id: options.id,
		name: view.title || options.id,
		summary: view.summary ?? `${view.title || options.id}, as its OpenAPI document describes it.`,
		baseUrl: base,
		sampleEndpoint: { method: 'GET', path: chosen.path, headers: [], responseBody: chosen.responseBody },
		envVar: envVarFor(options.id),
		keyLocation: "See the API's documentation",
		keyShownOnce: false,
		exampleKey: `${options.id.replace(/[^a-z0-9]/g, '').slice(0, 8)}_3f9a7c2e1b8d4f6a`,
		auth: auth.auth,
		...(oauth ? { oauth } : {}),
		errors,
		assumptions,
	};
	return { ok: true, profile };
}
