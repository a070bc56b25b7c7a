/**
 * JavaScript `fetch`, as an ES module (top-level await): runs in Node 18+ and, in inline mode, in
 * a browser console. Environment variables come from `process.env` (Node). Basic credentials are
 * Base64 of the UTF-8 bytes (TextEncoder), never `btoa` on the string, which reads Latin-1 and
 * throws above U+00FF. Headers are sent in the order written; Node keeps their case.
 */
import { camelName, identifiersFor } from './identifiers.ts';
import { joinText, type BasicPlan, type Piece, type SnippetPlan } from './plan.ts';
import { jsString } from './quote-js.ts';

const formEncodeFunction = [
	'// RFC 6749 Appendix B: form-urlencode the client id and secret before Basic (only A-Z a-z 0-9 stay).',
	'const formEncode = (value) =>',
	'  encodeURIComponent(value)',
	"    .replace(/[-_.!~*'()]/g, (char) => '%' + char.charCodeAt(0).toString(16).toUpperCase())",
	"    .replaceAll('%20', '+');",
];

function expression(pieces: readonly Piece[], names: ReadonlyMap<string, string>, formEncode = false): string {
	const terms = joinText(pieces).map((piece) => {
			const term = 'text' in piece ? jsString(piece.text) : 'env' in piece ? names.get(piece.env)! : 'basic';
			return formEncode ? `formEncode(${term})` : term;
		});
	return terms.join(' + ');
}

// "user:password", each part form-urlencoded first for OAuth client credentials (RFC 6749 §2.3.1).
function userPassExpression(basic: BasicPlan, names: ReadonlyMap<string, string>): string {
	if (!basic.formEncode) return expression([basic.userId, { text: ':' }, basic.password], names);
	return `${expression([basic.userId], names, true)} + ':' + ${expression([basic.password], names, true)}`;
}

function basicLines(basic: BasicPlan, names: ReadonlyMap<string, string>): string[] {
	return [
		...(basic.formEncode ? formEncodeFunction : []),
		`const userPass = ${userPassExpression(basic, names)};`,
		'// RFC 7617: Base64 of the UTF-8 bytes (btoa on the string itself would read it as Latin-1).',
		'const bytes = new TextEncoder().encode(userPass);',
		"const basic = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));",
		'',
	];
}

function headersLines(plan: SnippetPlan, names: ReadonlyMap<string, string>): string[] {
	return ['  headers: {', ...plan.headers.map(({ name, value }) => `    ${jsString(name)}: ${expression(value, names)},`), '  },'];
}

function bodyLines(plan: SnippetPlan, names: ReadonlyMap<string, string>): string[] {
	const body = plan.body;
	if (!body) return [];
	if (body.kind === 'json') return [`  body: ${jsString(body.text)},`];
	return ['  body: new URLSearchParams([', ...body.fields.map(([name, value]) => `    [${jsString(name)}, ${expression([value], names)}],`), '  ]),'];
}

/** A `fetch` call that sends the planned request and prints the status, then the body. */
export function emitJavaScript(plan: SnippetPlan): string {
	const names = identifiersFor(plan.env, camelName);
	const lines: string[] = [];
	for (const [envVar, name] of names) {
		lines.push(`const ${name} = process.env.${envVar};`, `if (!${name}) throw new Error(${jsString(`Set ${envVar} first.`)});`);
	}
	if (names.size > 0) lines.push('');
	if (plan.basic) lines.push(...basicLines(plan.basic, names));
	lines.push(`const response = await fetch(${jsString(plan.url)}, {`, `  method: '${plan.method}',`);
	if (plan.headers.length > 0) lines.push(...headersLines(plan, names));
	lines.push(...bodyLines(plan, names), '});', 'console.log(response.status);', 'console.log(await response.text());');
	return lines.join('\n') + '\n';
}
