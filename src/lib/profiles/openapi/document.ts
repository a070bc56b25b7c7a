/**
 * A dereferenced OpenAPI 3.0/3.1 or Swagger 2.0 document, read into the few things a profile
 * needs: its servers, security schemes (in the 3.x shape), security requirements and operations,
 * each with the JSON pointer (RFC 6901) of where it came from so a message can point at it. The
 * parser library has already validated and dereferenced the document; this only reads it, with
 * guards, since its values are still `unknown` to TypeScript.
 */

export type Json = Record<string, unknown>;

/** `value` when it is a plain object. */
export function record(value: unknown): Json | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Json)
		: undefined;
}

/** `value` when it is a string. */
export function text(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

/** A JSON pointer (RFC 6901) from its tokens: `~` as `~0`, `/` as `~1`. */
export function pointer(...tokens: readonly string[]): string {
	return tokens.map((token) => `/${token.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** One security requirement: scheme names, each with its scopes (all of them apply together). */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

export interface Server {
	readonly url: string;
	readonly pointer: string;
	/** Server variables replaced by their defaults, by name. */
	readonly variables: readonly string[];
}

export interface SchemeEntry {
	readonly name: string;
	readonly pointer: string;
	/** The Security Scheme Object, in the OpenAPI 3.x shape (Swagger 2.0 ones converted). */
	readonly scheme: Json;
}

export interface Parameter {
	readonly name: string;
	readonly in: string;
	readonly required: boolean;
	readonly example?: unknown;
}

/** A response: its media type and an example, or a schema to sample one from. */
export interface ResponseBody {
	readonly contentType: string;
	readonly example?: unknown;
	readonly schema?: unknown;
}

export interface Operation {
	readonly method: string;
	readonly path: string;
	readonly pointer: string;
	/** The operation's own requirements, or undefined when it inherits the document's. */
	readonly security?: readonly SecurityRequirement[];
	readonly parameters: readonly Parameter[];
	readonly responses: Readonly<Record<string, ResponseBody | undefined>>;
}

export interface OpenApiView {
	readonly version: string;
	readonly title: string;
	readonly summary?: string;
	readonly servers: readonly Server[];
	/** Where servers would be, for a message when there are none. */
	readonly serversPointer: string;
	readonly schemes: readonly SchemeEntry[];
	readonly security?: readonly SecurityRequirement[];
	readonly operations: readonly Operation[];
}

export const httpMethods = [
	'get',
	'put',
	'post',
	'delete',
	'options',
	'head',
	'patch',
	'trace',
] as const;

function requirements(value: unknown): SecurityRequirement[] | undefined {
	if (!Array.isArray(value)) return undefined;
	return value.flatMap((entry) => {
		const object = record(entry);
		if (!object) return [];
		return [
			Object.fromEntries(
				Object.entries(object).map(([name, scopes]) => [
					name,
					Array.isArray(scopes)
						? scopes.filter((scope): scope is string => typeof scope === 'string')
						: [],
				]),
			),
		];
	});
}

function parameters(...lists: unknown[]): Parameter[] {
	const byKey = new Map<string, Parameter>();
	for (const list of lists) {
		if (!Array.isArray(list)) continue;
		for (const item of list) {
			const object = record(item);
			const name = text(object?.['name']);
			const where = text(object?.['in']);
			if (!object || !name || !where) continue;
			const schema = record(object['schema']);
			const example =
				object['example'] ??
				schema?.['example'] ??
				schema?.['default'] ??
				object['default'] ??
				(Array.isArray(schema?.['enum']) ? (schema['enum'] as unknown[])[0] : undefined);
			byKey.set(`${where}:${name}`, {
				name,
				in: where,
				required: object['required'] === true,
				...(example === undefined ? {} : { example }),
			});
		}
	}
	return [...byKey.values()];
}

function isJsonType(type: string): boolean {
	return /^application\/(?:[\w.+-]+\+)?json\b/.test(type);
}

function response3(value: unknown): ResponseBody | undefined {
	const content = record(record(value)?.['content']);
	if (!content) return undefined;
	const type = Object.keys(content).find(isJsonType) ?? Object.keys(content)[0];
	const media = type ? record(content[type]) : undefined;
	if (!type || !media) return undefined;
	const examples = record(media['examples']);
	const first = examples ? record(Object.values(examples)[0])?.['value'] : undefined;
	const example = media['example'] ?? first;
	return {
		contentType: type,
		...(example === undefined ? {} : { example }),
		...(media['schema'] === undefined ? {} : { schema: media['schema'] }),
	};
}

function response2(value: unknown, produces: readonly string[]): ResponseBody | undefined {
	const object = record(value);
	if (!object) return undefined;
	const examples = record(object['examples']);
	const type =
		(examples ? Object.keys(examples).find(isJsonType) : undefined) ??
		produces.find(isJsonType) ??
		produces[0] ??
		'application/json';
	const example = examples?.[type];
	if (example === undefined && object['schema'] === undefined) return undefined;
	return {
		contentType: type,
		...(example === undefined ? {} : { example }),
		...(object['schema'] === undefined ? {} : { schema: object['schema'] }),
	};
}

/** Swagger 2.0 `securityDefinitions` entries in the OpenAPI 3.x shape (OAS 3.0 §4.8.27). */
function scheme3(scheme: Json): Json {
	if (scheme['type'] === 'basic') return { ...scheme, type: 'http', scheme: 'basic' };
	if (scheme['type'] !== 'oauth2') return scheme;
	const flowNames: Record<string, string> = {
		accessCode: 'authorizationCode',
		implicit: 'implicit',
		password: 'password',
		application: 'clientCredentials',
	};
	const flow = flowNames[text(scheme['flow']) ?? ''] ?? 'authorizationCode';
	const { authorizationUrl, tokenUrl, scopes } = scheme;
	return {
		type: 'oauth2',
		description: scheme['description'],
		flows: { [flow]: { authorizationUrl, tokenUrl, scopes } },
	};
}

function servers(doc: Json, swagger: boolean): Server[] {
	if (swagger) {
		const host = text(doc['host']);
		if (!host) return [];
		const protocols = Array.isArray(doc['schemes']) ? (doc['schemes'] as unknown[]) : [];
		const protocol = protocols.includes('https') ? 'https' : (text(protocols[0]) ?? 'https');
		return [
			{
				url: `${protocol}://${host}${text(doc['basePath']) ?? ''}`,
				pointer: '/host',
				variables: [],
			},
		];
	}
	const list = Array.isArray(doc['servers']) ? doc['servers'] : [];
	return list.flatMap((entry, index) => {
		const object = record(entry);
		const raw = text(object?.['url']);
		if (!object || !raw) return [];
		const variables = record(object['variables']) ?? {};
		const used: string[] = [];
		const url = raw.replace(/\{([^}]+)\}/g, (match, name: string) => {
			const value = text(record(variables[name])?.['default']);
			if (value === undefined) return match;
			used.push(name);
			return value;
		});
		return [{ url, pointer: pointer('servers', String(index), 'url'), variables: used }];
	});
}

/** The parts of `doc` a profile is made from. */
export function readDocument(doc: Json): OpenApiView {
	const swagger = typeof doc['swagger'] === 'string';
	const info = record(doc['info']) ?? {};
	const schemesAt = swagger ? ['securityDefinitions'] : ['components', 'securitySchemes'];
	const schemeObjects =
		record(swagger ? doc['securityDefinitions'] : record(doc['components'])?.['securitySchemes']) ??
		{};
	const produces = Array.isArray(doc['produces'])
		? (doc['produces'] as unknown[]).filter((type): type is string => typeof type === 'string')
		: [];
	const operations: Operation[] = [];
	for (const [path, item] of Object.entries(record(doc['paths']) ?? {})) {
		const pathItem = record(item);
		if (!pathItem) continue;
		for (const method of httpMethods) {
			const op = record(pathItem[method]);
			if (!op) continue;
			const security = requirements(op['security']);
			const responses = Object.fromEntries(
				Object.entries(record(op['responses']) ?? {}).map(([status, value]) => [
					status,
					swagger ? response2(value, produces) : response3(value),
				]),
			);
			operations.push({
				method,
				path,
				pointer: pointer('paths', path, method),
				...(security ? { security } : {}),
				parameters: parameters(pathItem['parameters'], op['parameters']),
				responses,
			});
		}
	}
	const security = requirements(doc['security']);
	const summary = text(info['summary']);
	return {
		version: text(doc['openapi']) ?? text(doc['swagger']) ?? '',
		title: text(info['title']) ?? '',
		...(summary ? { summary } : {}),
		servers: servers(doc, swagger),
		serversPointer: swagger ? '/host' : '/servers',
		schemes: Object.entries(schemeObjects).flatMap(([name, value]) => {
			const scheme = record(value);
			return scheme
				? [
						{
							name,
							pointer: pointer(...schemesAt, name),
							scheme: swagger ? scheme3(scheme) : scheme,
						},
					]
				: [];
		}),
		...(security ? { security } : {}),
		operations,
	};
}
