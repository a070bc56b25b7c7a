/**
 * Python `requests`. Imports included; environment variables read with `os.environ[...]`, which
 * stops with a KeyError naming the variable when it is unset. Basic credentials are Base64 of the
 * UTF-8 bytes. Form bodies go as `data={...}`, JSON text as UTF-8 bytes (a str body would be sent
 * as Latin-1). requests sends its own defaults first (User-Agent, Accept-Encoding, Accept,
 * Connection); a header that replaces one of them takes its place, the others follow in order.
 */
import { expression, userPassExpression, type ExpressionSyntax } from './expression.ts';
import type { BasicPlan, Piece, SnippetPlan } from './plan.ts';
import { pythonAuthorizationUrl } from './authorization-url.ts';
import { pythonString } from './quote-python.ts';

// Environment variables are read into constants of the same name (API_KEY): no clash with a keyword.
const syntax: ExpressionSyntax = {
	literal: pythonString,
	variable: (envVar) => envVar,
	formEncode: 'form_encode',
};

const formEncodeFunction = [
	'def form_encode(value):',
	'    """RFC 6749 Appendix B: UTF-8 bytes, A-Z a-z 0-9 kept, space as +, the rest %XX."""',
	'    out = ""',
	'    for byte in value.encode("utf-8"):',
	'        char = chr(byte)',
	'        if char.isascii() and char.isalnum():',
	'            out += char',
	'        elif char == " ":',
	'            out += "+"',
	'        else:',
	'            out += "%%%02X" % byte',
	'    return out',
];

function basicLines(basic: BasicPlan): string[] {
	return [
		...(basic.formEncode ? ['', '', ...formEncodeFunction, '', ''] : []),
		`user_pass = ${userPassExpression(basic, syntax)}`,
		'# RFC 7617: Base64 of the UTF-8 bytes of "user:password".',
		'basic = base64.b64encode(user_pass.encode("utf-8")).decode("ascii")',
	];
}

function argumentLines(plan: SnippetPlan): string[] {
	const lines = [`    ${pythonString(plan.url)},`];
	// requests appends params to the URL's query, percent-encoded by urllib's urlencode (space as +).
	if (plan.query)
		lines.push(
			`    params={${pythonString(plan.query.name)}: ${expression([plan.query.value], syntax)}},`,
		);
	if (plan.headers.length > 0) {
		lines.push(
			'    headers={',
			...plan.headers.map(
				({ name, value }) => `        ${pythonString(name)}: ${expression(value, syntax)},`,
			),
			'    },',
		);
	}
	const body = plan.body;
	if (body?.kind === 'json') lines.push(`    data=${pythonString(body.text)}.encode("utf-8"),`);
	if (body?.kind === 'form') {
		// A dict cannot hold a name twice; a list of pairs keeps every field, in order.
		const repeated = new Set(body.fields.map(([name]) => name)).size < body.fields.length;
		const field = ([name, value]: readonly [string, Piece]) =>
			repeated
				? `        (${pythonString(name)}, ${expression([value], syntax)}),`
				: `        ${pythonString(name)}: ${expression([value], syntax)},`;
		lines.push(
			repeated ? '    data=[' : '    data={',
			...body.fields.map(field),
			repeated ? '    ],' : '    },',
		);
	}
	return lines;
}

function callLines(plan: SnippetPlan): string[] {
	return [`response = requests.${plan.method.toLowerCase()}(`, ...argumentLines(plan), ')'];
}

/** RFC 8628 §3.5: the device token request, sent every `interval` seconds while pending; slow_down adds 5. */
function pollLines(plan: SnippetPlan, interval: number): string[] {
	return [
		'# RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.',
		`interval = ${interval}`,
		'while True:',
		'    time.sleep(interval)',
		...callLines(plan).map((line) => `    ${line}`),
		'    error = response.json().get("error") if response.status_code == 400 else None',
		'    if error == "slow_down":',
		'        interval += 5',
		'    elif error != "authorization_pending":',
		'        break',
	];
}

/** A `requests` call that sends the planned request and prints the status, then the body. */
export function emitPython(plan: SnippetPlan): string {
	if (plan.program?.kind === 'authorization-url') return pythonAuthorizationUrl(plan);
	const poll = plan.program?.kind === 'device-poll' ? plan.program : undefined;
	const imports = [
		...(plan.basic ? ['import base64'] : []),
		...(plan.env.length > 0 ? ['import os'] : []),
		...(poll ? ['import time'] : []),
	];
	const lines = [...imports, ...(imports.length > 0 ? [''] : []), 'import requests', ''];
	for (const envVar of plan.env) lines.push(`${envVar} = os.environ[${pythonString(envVar)}]`);
	if (plan.basic) lines.push(...basicLines(plan.basic));
	if (plan.env.length > 0) lines.push('');
	lines.push(...(poll ? pollLines(plan, poll.interval) : callLines(plan)));
	lines.push('print(response.status_code)', 'print(response.text)');
	return lines.join('\n') + '\n';
}
