/**
 * A request turned into what every emitter needs: the portable URL, each header value and form
 * value as pieces (literal text, an environment variable, or the Basic credentials the snippet
 * computes), and the environment variables read. Validation and the secret mode are decided here
 * once, so the four emitters only differ in syntax.
 */
import { utf8Bytes } from '../auth/base64.ts';
import { formUrlEncode } from '../auth/form-encode.ts';
import { removeLastQueryParameter } from '../http/query.ts';
import {
	headerValue,
	partValue,
	type ApiRequest,
	type HttpMethod,
	type Part,
	type RequestProgram,
} from '../http/request.ts';
import { snippetError, type SnippetError } from './errors.ts';
import { recipeHasSecret, recipeHeaderValue } from './recipe.ts';
import { checkRequest, textError } from './validate-request.ts';

/** Whether secrets are read from environment variables (the default) or written into the code. */
export type SecretMode = 'env' | 'inline';

/** Part of a value in a snippet: literal text, an environment variable, or the computed Basic credentials. */
export type Piece = { readonly text: string } | { readonly env: string } | { readonly basic: true };

/**
 * Basic credentials computed in the snippet: `base64(utf8(user ":" password))`. With `formEncode`
 * (RFC 6749 §2.3.1) the snippet form-urlencodes each part it reads from the environment; literal
 * parts arrive already encoded (so no shell snippet ever quotes one inside "$(…)").
 */
export interface BasicPlan {
	readonly userId: Piece;
	readonly password: Piece;
	readonly formEncode: boolean;
}

export interface PlannedHeader {
	readonly name: string;
	readonly value: readonly Piece[];
	/** Bytes of the line `name: value` as sent (UTF-8): a shell cannot pass a huge one as an argument. */
	readonly size: number;
}

export type PlannedBody =
	| { readonly kind: 'json'; readonly text: string }
	| { readonly kind: 'form'; readonly fields: readonly (readonly [string, Piece])[] };

/**
 * An API key in the query: each snippet appends `name=value` to `url` with its own language's
 * URL encoder (so a key read from the environment is encoded at run time), after `separator`.
 */
export interface PlannedQuery {
	readonly separator: '?' | '&';
	/** RFC 3986 unreserved characters only (the profile schema's rule), so no language encodes it. */
	readonly name: string;
	readonly value: Piece;
}

export interface SnippetPlan {
	readonly method: HttpMethod;
	/** The portable URL, without the key parameter when `query` holds it. */
	readonly url: string;
	readonly query?: PlannedQuery;
	readonly headers: readonly PlannedHeader[];
	readonly basic?: BasicPlan;
	readonly body?: PlannedBody;
	/** Environment variables the snippet reads, in order of first use. */
	readonly env: readonly string[];
	/** Those written straight into a header value: a shell snippet refuses a line break in them. */
	readonly headerEnv: readonly string[];
	/** When the request is wrapped in a program: the authorization URL, or a polling loop. */
	readonly program?: RequestProgram;
}

/** `pieces` with neighbouring text joined and empty text dropped (one empty text stays, as the value ""). */
export function joinText(pieces: readonly Piece[]): Piece[] {
	const joined: Piece[] = [];
	for (const piece of pieces) {
		const last = joined.at(-1);
		if ('text' in piece && last && 'text' in last)
			joined[joined.length - 1] = { text: last.text + piece.text };
		else if (!('text' in piece) || piece.text !== '') joined.push(piece);
	}
	return joined.length > 0 ? joined : [{ text: '' }];
}

export type PlanResult =
	| { readonly ok: true; readonly plan: SnippetPlan }
	| { readonly ok: false; readonly error: SnippetError };

const envName = /^[A-Z][A-Z0-9_]*$/;
// Variables bash or zsh set themselves: `$RANDOM` in a snippet would never read the environment.
const shellManaged = new Set(
	'BASHPID BASHOPTS BASH_ENV CDPATH EGID EPOCHREALTIME EPOCHSECONDS ERRNO EUID GID GROUPS HISTCMD HISTFILE HOME HOST HOSTNAME IFS LINENO OLDPWD OPTARG OPTIND PATH PPID PS1 PS2 PS4 PWD RANDOM SECONDS SHELLOPTS SHLVL SRANDOM TTY UID USERNAME'.split(
		' ',
	),
);

/** Plans the snippets for `request`, or returns why no snippet can send it. */
export function planSnippet(request: ApiRequest, mode: SecretMode): PlanResult {
	const key = request.apiKey;
	const keyValue = key ? partValue(key.key) : '';
	// The key parameter comes off the URL: every snippet adds it back with its own encoder.
	const baseUrl =
		key?.in === 'query' ? removeLastQueryParameter(request.url, key.name, keyValue) : request.url;
	const keyHeader =
		key?.in === 'header'
			? request.headers.filter(([name]) => name.toLowerCase() === key.name.toLowerCase())
			: [];
	const placed =
		key?.in === 'query'
			? /^[A-Za-z0-9._~-]+$/.test(key.name)
			: key === undefined || (keyHeader.length === 1 && keyHeader[0]![1] === keyValue);
	if (!placed || baseUrl === undefined)
		return {
			ok: false,
			error: snippetError(
				'api-key-mismatch',
				key?.in === 'query' ? 'URL' : `header "${key?.name}"`,
				0,
				'The key is not where the request says it is.',
			),
		};
	const url = checkRequest({ ...request, url: baseUrl });
	if (typeof url !== 'string') return { ok: false, error: url };
	const recipe = request.authorization;
	const rebuild = mode === 'env' && recipe !== undefined && recipeHasSecret(recipe);
	// Only a snippet that rebuilds the header from its recipe depends on the two agreeing.
	if (rebuild && headerValue(request.headers, 'authorization') !== recipeHeaderValue(recipe)) {
		return {
			ok: false,
			error: snippetError(
				'authorization-mismatch',
				'header "Authorization"',
				0,
				'The header is not what its recipe makes.',
			),
		};
	}
	const env = new Map<string, string>();
	const headerEnv = new Set<string>();
	let failure = undefined as SnippetError | undefined;
	const piece = (part: Part, inHeader: boolean): Piece => {
		if (typeof part === 'string' || mode === 'inline') return { text: partValue(part) };
		const where = `variable ${part.envVar}`;
		if (
			!envName.test(part.envVar) ||
			shellManaged.has(part.envVar) ||
			part.envVar.startsWith('BASH') ||
			part.envVar.startsWith('ZSH')
		) {
			failure ??= snippetError('invalid-env-var', where, 0, `${part.envVar} cannot be used.`);
		} else if (env.has(part.envVar) && env.get(part.envVar) !== part.value) {
			failure ??= snippetError(
				'env-var-conflict',
				where,
				0,
				`${part.envVar} would hold two secrets.`,
			);
		} else {
			// An environment variable cannot hold U+0000 or half a character, even where the header could.
			failure ??= textError(part.value, where);
		}
		env.set(part.envVar, part.value);
		if (inHeader) headerEnv.add(part.envVar);
		return { env: part.envVar };
	};
	let basic = undefined as BasicPlan | undefined;
	const keyPiece = key ? piece(key.key, key.in === 'header') : undefined;
	// A key written in a header was checked with the headers (checkRequest); one in the query was not.
	if (key?.in === 'query' && keyPiece && 'text' in keyPiece)
		failure ??= textError(keyPiece.text, `query parameter "${key.name}"`);
	const query: PlannedQuery | undefined =
		key?.in === 'query' && keyPiece
			? { separator: new URL(url).search === '' ? '?' : '&', name: key.name, value: keyPiece }
			: undefined;
	const headers = request.headers.map(([name, value]): PlannedHeader => {
		const size = utf8Bytes(`${name}: ${value}`).length;
		if (key?.in === 'header' && keyPiece && name.toLowerCase() === key.name.toLowerCase())
			return { name, value: [keyPiece], size };
		if (!rebuild || !recipe || name.toLowerCase() !== 'authorization')
			return { name, value: [{ text: value }], size };
		if (recipe.kind === 'bearer')
			return { name, value: [{ text: 'Bearer ' }, piece(recipe.token, true)], size };
		// Literal client credentials are form-urlencoded here, so snippets only encode what they read.
		const credential = (part: Part): Piece =>
			typeof part === 'string' && recipe.formEncode
				? { text: formUrlEncode(part) }
				: piece(part, false);
		basic = {
			userId: credential(recipe.userId),
			password: credential(recipe.password),
			formEncode: recipe.formEncode,
		};
		return { name, value: [{ text: 'Basic ' }, { basic: true }], size };
	});
	const body: PlannedBody | undefined =
		request.body?.kind === 'form'
			? {
					kind: 'form',
					fields: request.body.fields.map(([name, value]) => [name, piece(value, false)] as const),
				}
			: request.body;
	if (failure) return { ok: false, error: failure };
	const plan: SnippetPlan = {
		method: request.method,
		url,
		headers,
		env: [...env.keys()],
		headerEnv: [...headerEnv],
		...(query ? { query } : {}),
		...(basic ? { basic } : {}),
		...(body ? { body } : {}),
		...(request.program ? { program: request.program } : {}),
	};
	return { ok: true, plan };
}
