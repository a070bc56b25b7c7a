/**
 * Python `requests`. Imports included; environment variables read with `os.environ[...]`, which
 * stops with a KeyError naming the variable when it is unset. Basic credentials are Base64 of the
 * UTF-8 bytes. Form bodies go as `data={...}`, JSON text as UTF-8 bytes (a str body would be sent
 * as Latin-1). requests sends its own defaults first (User-Agent, Accept-Encoding, Accept,
 * Connection); a header that replaces one of them takes its place, the others follow in order.
 */
import { expression, userPassExpression, type ExpressionSyntax } from './expression.ts';
import type { BasicPlan, Piece, SnippetPlan } from './plan.ts';
import { py } from './code-tag.ts';
import { pythonString } from './quote-python.ts';
import { program, token, type Token, type Tokens } from './tokens.ts';

// Environment variables are read into constants of the same name (API_KEY): no clash with a keyword.
const syntax: ExpressionSyntax = {
	literal: pythonString,
	variable: (envVar) => envVar,
	formEncode: 'form_encode',
};

const literal = (text: string): Token => token('string', pythonString(text));

const formEncodeFunction = [
	py`def form_encode(value):`,
	py`    """RFC 6749 Appendix B: UTF-8 bytes, A-Z a-z 0-9 kept, space as +, the rest %XX."""`,
	py`    out = ""`,
	py`    for byte in value.encode("utf-8"):`,
	py`        char = chr(byte)`,
	py`        if char.isascii() and char.isalnum():`,
	py`            out += char`,
	py`        elif char == " ":`,
	py`            out += "+"`,
	py`        else:`,
	py`            out += "%%%02X" % byte`,
	py`    return out`,
];

function basicLines(basic: BasicPlan): Tokens[] {
	return [
		...(basic.formEncode ? [[], [], ...formEncodeFunction, [], []] : []),
		py`user_pass = ${userPassExpression(basic, syntax)}`,
		py`# RFC 7617: Base64 of the UTF-8 bytes of "user:password".`,
		py`basic = base64.b64encode(user_pass.encode("utf-8")).decode("ascii")`,
	];
}

function argumentLines(plan: SnippetPlan): Tokens[] {
	const lines = [py`    ${literal(plan.url)},`];
	// requests appends params to the URL's query, percent-encoded by urllib's urlencode (space as +).
	if (plan.query)
		lines.push(
			py`    params={${literal(plan.query.name)}: ${expression([plan.query.value], syntax)}},`,
		);
	if (plan.headers.length > 0) {
		lines.push(
			py`    headers={`,
			...plan.headers.map(
				({ name, value }) => py`        ${literal(name)}: ${expression(value, syntax)},`,
			),
			py`    },`,
		);
	}
	const body = plan.body;
	if (body?.kind === 'json') lines.push(py`    data=${literal(body.text)}.encode("utf-8"),`);
	if (body?.kind === 'form') {
		// A dict cannot hold a name twice; a list of pairs keeps every field, in order.
		const repeated = new Set(body.fields.map(([name]) => name)).size < body.fields.length;
		const field = ([name, value]: readonly [string, Piece]) =>
			repeated
				? py`        (${literal(name)}, ${expression([value], syntax)}),`
				: py`        ${literal(name)}: ${expression([value], syntax)},`;
		lines.push(
			repeated ? py`    data=[` : py`    data={`,
			...body.fields.map(field),
			repeated ? py`    ],` : py`    },`,
		);
	}
	return lines;
}

function callLines(plan: SnippetPlan): Tokens[] {
	return [
		py`response = requests.${token('function', plan.method.toLowerCase())}(`,
		...argumentLines(plan),
		py`)`,
	];
}

/** RFC 8628 §3.5: the device token request, sent every `interval` seconds while pending; slow_down adds 5. */
function pollLines(plan: SnippetPlan, interval: number): Tokens[] {
	return [
		py`# RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.`,
		py`interval = ${token('constant', String(interval))}`,
		py`while True:`,
		py`    time.sleep(interval)`,
		...callLines(plan).map((line) => py`    ${line}`),
		py`    error = response.json().get("error") if response.status_code == 400 else None`,
		py`    if error == "slow_down":`,
		py`        interval += 5`,
		py`    elif error != "authorization_pending":`,
		py`        break`,
	];
}

/** A `requests` call that sends the planned request and prints the status, then the body. */
export function emitPython(plan: SnippetPlan): Token[] {
	const poll = plan.program?.kind === 'device-poll' ? plan.program : undefined;
	const imports = [
		...(plan.basic ? [py`import base64`] : []),
		...(plan.env.length > 0 ? [py`import os`] : []),
		...(poll ? [py`import time`] : []),
	];
	const lines: Tokens[] = [
		...imports,
		...(imports.length > 0 ? [[]] : []),
		py`import requests`,
		[],
	];
	for (const envVar of plan.env) {
		const variable = token('variable', envVar);
		lines.push(py`${variable} = os.environ[${literal(envVar)}]`);
	}
	if (plan.basic) lines.push(...basicLines(plan.basic));
	if (plan.env.length > 0) lines.push([]);
	lines.push(...(poll ? pollLines(plan, poll.interval) : callLines(plan)));
	lines.push(py`print(response.status_code)`, py`print(response.text)`);
	return program(lines);
}
