/**
 * What "sent exactly the request" means per runtime, checked against the bytes the recording
 * server received. Byte-exact everywhere: method, request target, every header value (the
 * Authorization header included) and JSON bodies. What the clients decide themselves is named
 * here and nowhere else: the headers each adds, the order each writes headers in, and how each
 * form encoder spells the optional escapes (all decode to the same fields, which is checked too).
 */
import type { ApiRequest, Part, RequestBody } from '../../../src/lib/http/request.ts';
import { encodeBody, partValue } from '../../../src/lib/http/request.ts';
import type { RecordedRequest } from './recording-server.ts';
import { parsePrinted, type CaseOutput, type Runtime } from './run-snippet.ts';

/** Headers a client adds on its own when the request does not set them. */
const clientHeaders: Readonly<Record<Runtime, readonly string[]>> = {
	bash: ['host', 'user-agent', 'accept', 'content-length'],
	zsh: ['host', 'user-agent', 'accept', 'content-length'],
	node: [
		'host',
		'connection',
		'accept',
		'accept-language',
		'sec-fetch-mode',
		'user-agent',
		'accept-encoding',
		'content-length',
	],
	python: ['host', 'user-agent', 'accept-encoding', 'accept', 'connection', 'content-length'],
	go: ['host', 'user-agent', 'content-length', 'accept-encoding'],
};

const requestsDefaults = ['user-agent', 'accept-encoding', 'accept', 'connection'];

/** Go's canonical header key (textproto.CanonicalMIMEHeaderKey). */
export function goCanonical(name: string): string {
	return name
		.toLowerCase()
		.replace(
			/(^|-)([a-z])/g,
			(_match, dash: string, letter: string) => dash + letter.toUpperCase(),
		);
}

/** The header name as the runtime writes it: Go canonicalises what it sets with Header.Set. */
function sentName(runtime: Runtime, name: string): string {
	if (runtime !== 'go') return name;
	const canonical = goCanonical(name);
	return canonical === name || canonical === 'User-Agent' || canonical === 'Accept-Encoding'
		? canonical
		: name;
}

/** The order the runtime writes the request's own headers in. */
function expectedOrder(runtime: Runtime, names: readonly string[]): string[] {
	if (runtime === 'python') {
		// requests merges into its session defaults: a header replacing one keeps the default's slot.
		const defaults = requestsDefaults.flatMap((wanted) =>
			names.filter((name) => name.toLowerCase() === wanted),
		);
		return [...defaults, ...names.filter((name) => !defaults.includes(name))];
	}
	if (runtime === 'go') {
		// Go writes User-Agent first, then the header map sorted by key.
		const sorted = names.map((name) => sentName('go', name)).sort();
		return [
			...sorted.filter((name) => name === 'User-Agent'),
			...sorted.filter((name) => name !== 'User-Agent'),
		];
	}
	return [...names];
}

// Python's quote_plus, curl's --data-urlencode and Go's QueryEscape: RFC 3986 unreserved kept, space as "+".
function plusEncode(text: string): string {
	return encodeURIComponent(text)
		.replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
		.replaceAll('%20', '+');
}

function formFields(body: RequestBody & { kind: 'form' }, runtime: Runtime): [string, string][] {
	const fields = body.fields.map(([name, value]: readonly [string, Part]): [string, string] => [
		name,
		partValue(value),
	]);
	// url.Values.Encode sorts names with sort.Strings: by UTF-8 bytes, that is by code point. JavaScript's
	// `<` compares UTF-16 units, which puts a name beyond U+FFFF before one in U+E000–U+FFFF.
	return runtime === 'go'
		? fields.sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
		: fields;
}

/** The exact body bytes the runtime's encoder produces for `body`. */
export function expectedBody(runtime: Runtime, body: RequestBody | undefined): string {
	if (!body) return '';
	if (body.kind === 'json' || runtime === 'node') return encodeBody(body);
	return formFields(body, runtime)
		.map(([name, value]) => `${plusEncode(name)}=${plusEncode(value)}`)
		.join('&');
}

/** The request target a client sends for `url`: WHATWG path and query, escapes in upper case. */
export function expectedTarget(url: string): string {
	const parsed = new URL(url);
	return (parsed.pathname + parsed.search).replace(/%[0-9a-f]{2}/gi, (escape) =>
		escape.toUpperCase(),
	);
}

/**
 * The request target for `request` as `runtime` sends it. A key in the query is appended by each
 * language's own encoder: URLSearchParams in node (keeps *, encodes ~), quote_plus, url.Values and
 * curl --url-query elsewhere (keep ~, encode *); both write a space as "+".
 */
export function expectedTargetFor(runtime: Runtime, request: ApiRequest): string {
	const key = request.apiKey;
	if (key?.in !== 'query') return expectedTarget(request.url);
	const value = partValue(key.key);
	const tail = `${key.name}=${runtime === 'node' ? new URLSearchParams({ v: value }).toString().slice(2) : plusEncode(value)}`;
	const written = `${key.name}=${new URLSearchParams({ v: value }).toString().slice(2)}`;
	if (!request.url.endsWith(written)) return `(the request's URL does not end with ${written})`;
	const base = expectedTarget(request.url.slice(0, -written.length - 1));
	return `${base}${base.includes('?') ? '&' : '?'}${tail}`;
}

/** Every way `received` differs from `request`, or the printed response from `printed`; empty when exact. */
export function deliveryProblems(
	runtime: Runtime,
	request: ApiRequest,
	received: RecordedRequest | undefined,
	output: CaseOutput | undefined,
	printed: { readonly status: number; readonly body: string } = {
		status: 200,
		body: '{"ok":true}',
	},
): string[] {
	if (!received)
		return [
			`no request arrived; the snippet printed ${JSON.stringify(output?.stdout)} and ${JSON.stringify(output?.stderr.slice(-2000))}`,
		];
	const problems: string[] = [];
	const same = (what: string, actual: unknown, expected: unknown) => {
		if (JSON.stringify(actual) !== JSON.stringify(expected))
			problems.push(
				`${what}: got ${JSON.stringify(actual)?.slice(0, 400)}, expected ${JSON.stringify(expected)?.slice(0, 400)}`,
			);
	};
	same('method', received.method, request.method);
	// curl 7.88's --url-query writes %xx escapes with lower-case hex digits; RFC 3986 §6.2.2.1 makes
	// them equivalent, and only those escapes differ (the decoded key is compared exactly below).
	const curlQuery = (runtime === 'bash' || runtime === 'zsh') && request.apiKey?.in === 'query';
	const target = curlQuery
		? received.target.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase())
		: received.target;
	same('request target', target, expectedTargetFor(runtime, request));
	if (request.apiKey?.in === 'query')
		same(
			'decoded key parameter',
			new URLSearchParams(received.target.split('?')[1] ?? '').getAll(request.apiKey.name).at(-1),
			partValue(request.apiKey.key),
		);
	const wanted = request.headers.map(([name]) => name.toLowerCase());
	for (const [name, value] of request.headers) {
		const lines = received.headers.filter(([key]) => key.toLowerCase() === name.toLowerCase());
		same(`header ${name}`, lines, [[sentName(runtime, name), value]]);
	}
	const extra = received.headers
		.map(([key]) => key.toLowerCase())
		.filter((key) => !wanted.includes(key) && !clientHeaders[runtime].includes(key));
	same('headers no one asked for', extra, []);
	const order = received.headers
		.filter(([key]) => wanted.includes(key.toLowerCase()))
		.map(([key]) => key);
	same(
		'header order',
		order,
		expectedOrder(
			runtime,
			request.headers.map(([name]) => sentName(runtime, name)),
		),
	);
	same(
		'body bytes',
		received.body.toString('latin1'),
		Buffer.from(expectedBody(runtime, request.body), 'utf8').toString('latin1'),
	);
	if (request.body?.kind === 'form')
		same(
			'decoded form fields',
			[...new URLSearchParams(received.body.toString('utf8'))],
			formFields(request.body, runtime),
		);
	same(
		'printed status and body',
		output && (parsePrinted(runtime, output.stdout) ?? output.stdout),
		printed,
	);
	return problems;
}
