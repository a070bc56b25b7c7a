/**
 * JavaScript `fetch`, as an ES module (top-level await): runs in Node 18+ and, in inline mode, in
 * a browser console. Environment variables come from `process.env` (Node). Basic credentials are
 * Base64 of the UTF-8 bytes (TextEncoder), never `btoa` on the string, which reads Latin-1 and
 * throws above U+00FF. Headers are sent in the order written; Node keeps their case.
 */
import { expression, userPassExpression, type ExpressionSyntax } from './expression.ts';
import type { BasicPlan, SnippetPlan } from './plan.ts';
import { js } from './code-tag.ts';
import { jsString } from './quote-js.ts';
import { program, token, type Token, type Tokens } from './tokens.ts';

// Environment variables are read into constants of the same name (API_KEY): no clash with a keyword.
const syntax: ExpressionSyntax = {
	literal: jsString,
	variable: (envVar) => envVar,
	formEncode: 'formEncode',
};

const literal = (text: string): Token => token('string', jsString(text));

const formEncodeFunction = [
	js`// RFC 6749 Appendix B: form-urlencode the client id and secret before Basic (only A-Z a-z 0-9 stay).`,
	js`const formEncode = (value) =>`,
	js`  encodeURIComponent(value)`,
	js`    .replace(${token('string', "/[-_.!~*'()]/g")}, (char) => '%' + char.charCodeAt(0).toString(16).toUpperCase())`,
	js`    .replaceAll('%20', '+');`,
];

function basicLines(basic: BasicPlan): Tokens[] {
	return [
		...(basic.formEncode ? formEncodeFunction : []),
		js`const userPass = ${userPassExpression(basic, syntax)};`,
		js`// RFC 7617: Base64 of the UTF-8 bytes (btoa on the string itself would read it as Latin-1).`,
		js`const bytes = new TextEncoder().encode(userPass);`,
		js`const basic = btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));`,
		[],
	];
}

function headersLines(plan: SnippetPlan): Tokens[] {
	return [
		js`  headers: {`,
		...plan.headers.map(
			({ name, value }) => js`    ${literal(name)}: ${expression(value, syntax)},`,
		),
		js`  },`,
	];
}

function bodyLines(plan: SnippetPlan): Tokens[] {
	const body = plan.body;
	if (!body) return [];
	if (body.kind === 'json') return [js`  body: ${literal(body.text)},`];
	return [
		js`  body: new URLSearchParams([`,
		...body.fields.map(
			([name, value]) => js`    [${literal(name)}, ${expression([value], syntax)}],`,
		),
		js`  ]),`,
	];
}

function fetchLines(plan: SnippetPlan, declare: boolean): Tokens[] {
	// A key in the query is percent-encoded by URLSearchParams, the platform's own encoder.
	const target = plan.query
		? js`${literal(plan.url + plan.query.separator)} + new URLSearchParams({ ${literal(plan.query.name)}: ${expression([plan.query.value], syntax)} })`
		: [literal(plan.url)];
	const lines: Tokens[] = [
		js`${declare ? js`const ` : []}response = await fetch(${target}, {`,
		js`  method: ${literal(plan.method)},`,
	];
	if (plan.headers.length > 0) lines.push(...headersLines(plan));
	return [...lines, ...bodyLines(plan), js`});`];
}

/** RFC 8628 §3.5: the device token request, sent every `interval` seconds while pending; slow_down adds 5. */
function pollLines(plan: SnippetPlan, interval: number): Tokens[] {
	return [
		js`// RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.`,
		js`let interval = ${token('constant', String(interval))};`,
		js`let response;`,
		js`for (;;) {`,
		js`  await new Promise((resolve) => setTimeout(resolve, interval * 1000));`,
		...fetchLines(plan, false).map((line) => js`  ${line}`),
		js`  const { error } = response.status === 400 ? await response.clone().json() : {};`,
		js`  if (error === 'slow_down') interval += 5;`,
		js`  else if (error !== 'authorization_pending') break;`,
		js`}`,
	];
}

/** A `fetch` call that sends the planned request and prints the status, then the body. */
export function emitJavaScript(plan: SnippetPlan): Token[] {
	const lines: Tokens[] = [];
	for (const envVar of plan.env) {
		const variable = token('variable', envVar);
		lines.push(
			js`const ${variable} = process.env.${variable};`,
			js`if (!${variable}) throw new Error(${literal(`Set ${envVar} first.`)});`,
		);
	}
	if (plan.env.length > 0) lines.push([]);
	if (plan.basic) lines.push(...basicLines(plan.basic));
	lines.push(
		...(plan.program?.kind === 'device-poll'
			? pollLines(plan, plan.program.interval)
			: fetchLines(plan, true)),
	);
	lines.push(js`console.log(response.status);`, js`console.log(await response.text());`);
	return program(lines);
}
