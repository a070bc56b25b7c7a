/**
 * JavaScript `fetch`, as an ES module (top-level await): runs in Node 18+ and, in inline mode, in
 * a browser console. Environment variables come from `process.env` (Node). Basic credentials are
 * Base64 of the UTF-8 bytes (TextEncoder), never `btoa` on the string, which reads Latin-1 and
 * throws above U+00FF. Headers are sent in the order written; Node keeps their case.
 */
import { expression, userPassExpression, type ExpressionSyntax } from './expression.ts';
import type { BasicPlan, SnippetPlan } from './plan.ts';
import { jsString } from './quote-js.ts';

// Environment variables are read into constants of the same name (API_KEY): no clash with a keyword.
const syntax: ExpressionSyntax = {
	literal: jsString,
	variable: (envVar) => envVar,
	formEncode: 'formEncode',
};

const formEncodeFunction = [
	'// RFC 6749 Appendix B: form-urlencode the client id and secret before Basic (only A-Z a-z 0-9 stay).',
	'const formEncode = (value) =>',
	'  encodeURIComponent(value)',
	"    .replace(/[-_.!~*'()]/g, (char) => '%' + char.charCodeAt(0).toString(16).toUpperCase())",
	"    .replaceAll('%20', '+');",
];

function basicLines(basic: BasicPlan): string[] {
	return [
		...(basic.formEncode ? formEncodeFunction : []),
		`const userPass = ${userPassExpression(basic, syntax)};`,
		'// RFC 7617: Base64 of the UTF-8 bytes (btoa on the string itself would read it as Latin-1).',
		'const bytes = new TextEncoder().encode(userPass);',
		"const basic = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));",
		'',
	];
}

function headersLines(plan: SnippetPlan): string[] {
	return [
		'  headers: {',
		...plan.headers.map(
			({ name, value }) => `    ${jsString(name)}: ${expression(value, syntax)},`,
		),
		'  },',
	];
}

function bodyLines(plan: SnippetPlan): string[] {
	const body = plan.body;
	if (!body) return [];
	if (body.kind === 'json') return [`  body: ${jsString(body.text)},`];
	return [
		'  body: new URLSearchParams([',
		...body.fields.map(
			([name, value]) => `    [${jsString(name)}, ${expression([value], syntax)}],`,
		),
		'  ]),',
	];
}

/** A `fetch` call that sends the planned request and prints the status, then the body. */
export function emitJavaScript(plan: SnippetPlan): string {
	const lines: string[] = [];
	for (const envVar of plan.env)
		lines.push(
			`const ${envVar} = process.env.${envVar};`,
			`if (!${envVar}) throw new Error(${jsString(`Set ${envVar} first.`)});`,
		);
	if (plan.env.length > 0) lines.push('');
	if (plan.basic) lines.push(...basicLines(plan.basic));
	lines.push(
		`const response = await fetch(${jsString(plan.url)}, {`,
		`  method: '${plan.method}',`,
	);
	if (plan.headers.length > 0) lines.push(...headersLines(plan));
	lines.push(
		...bodyLines(plan),
		'});',
		'console.log(response.status);',
		'console.log(await response.text());',
	);
	return lines.join('\n') + '\n';
}
