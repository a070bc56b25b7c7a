/**
 * JavaScript `fetch`, as an ES module (top-level await): runs in Node 18+ and, in inline mode, in
 * a browser console. Environment variables come from `process.env` (Node). Basic credentials are
 * Base64 of the UTF-8 bytes (TextEncoder), never `btoa` on the string, which reads Latin-1 and
 * throws above U+00FF. Headers are sent in the order written; Node keeps their case.
 */
import { expression, userPassExpression, type ExpressionSyntax } from './expression.ts';
import type { BasicPlan, SnippetPlan } from './plan.ts';
import { javascriptAuthorizationUrl } from './authorization-url.ts';
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

function fetchLines(plan: SnippetPlan, declare: string): string[] {
	// A key in the query is percent-encoded by URLSearchParams, the platform's own encoder.
	const target = plan.query
		? `${jsString(plan.url + plan.query.separator)} + new URLSearchParams({ ${jsString(plan.query.name)}: ${expression([plan.query.value], syntax)} })`
		: jsString(plan.url);
	const lines = [`${declare}response = await fetch(${target}, {`, `  method: '${plan.method}',`];
	if (plan.headers.length > 0) lines.push(...headersLines(plan));
	return [...lines, ...bodyLines(plan), '});'];
}

/** RFC 8628 §3.5: the device token request, sent every `interval` seconds while pending; slow_down adds 5. */
function pollLines(plan: SnippetPlan, interval: number): string[] {
	return [
		'// RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.',
		`let interval = ${interval};`,
		'let response;',
		'for (;;) {',
		'  await new Promise((resolve) => setTimeout(resolve, interval * 1000));',
		...fetchLines(plan, '').map((line) => `  ${line}`),
		'  const { error } = response.status === 400 ? await response.clone().json() : {};',
		"  if (error === 'slow_down') interval += 5;",
		"  else if (error !== 'authorization_pending') break;",
		'}',
	];
}

/** A `fetch` call that sends the planned request and prints the status, then the body. */
export function emitJavaScript(plan: SnippetPlan): string {
	if (plan.program?.kind === 'authorization-url') return javascriptAuthorizationUrl(plan);
	const lines: string[] = [];
	for (const envVar of plan.env)
		lines.push(
			`const ${envVar} = process.env.${envVar};`,
			`if (!${envVar}) throw new Error(${jsString(`Set ${envVar} first.`)});`,
		);
	if (plan.env.length > 0) lines.push('');
	if (plan.basic) lines.push(...basicLines(plan.basic));
	lines.push(
		...(plan.program?.kind === 'device-poll'
			? pollLines(plan, plan.program.interval)
			: fetchLines(plan, 'const ')),
	);
	lines.push('console.log(response.status);', 'console.log(await response.text());');
	return lines.join('\n') + '\n';
}
