/**
 * Python `requests`. Imports included; environment variables read with `os.environ[...]`, which
 * stops with a KeyError naming the variable when it is unset. Basic credentials are Base64 of the
 * UTF-8 bytes. Form bodies go as `data={...}`, JSON text as UTF-8 bytes (a str body would be sent
 * as Latin-1). requests sends its own defaults first (User-Agent, Accept-Encoding, Accept,
 * Connection); a header that replaces one of them takes its place, the others follow in order.
 */
import { identifiersFor, snakeName } from './identifiers.ts';
import { joinText, type BasicPlan, type Piece, type SnippetPlan } from './plan.ts';
import { pythonString } from './quote-python.ts';

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

function expression(pieces: readonly Piece[], names: ReadonlyMap<string, string>, formEncode = false): string {
	const terms = joinText(pieces).map((piece) => {
			const term = 'text' in piece ? pythonString(piece.text) : 'env' in piece ? names.get(piece.env)! : 'basic';
			return formEncode ? `form_encode(${term})` : term;
		});
	return terms.join(' + ');
}

// "user:password", each part form-urlencoded first for OAuth client credentials (RFC 6749 §2.3.1).
function userPassExpression(basic: BasicPlan, names: ReadonlyMap<string, string>): string {
	if (!basic.formEncode) return expression([basic.userId, { text: ':' }, basic.password], names);
	return `${expression([basic.userId], names, true)} + ":" + ${expression([basic.password], names, true)}`;
}

function basicLines(basic: BasicPlan, names: ReadonlyMap<string, string>): string[] {
	return [
		...(basic.formEncode ? ['', '', ...formEncodeFunction, '', ''] : []),
		`user_pass = ${userPassExpression(basic, names)}`,
		'# RFC 7617: Base64 of the UTF-8 bytes of "user:password".',
		'basic = base64.b64encode(user_pass.encode("utf-8")).decode("ascii")',
	];
}

function argumentLines(plan: SnippetPlan, names: ReadonlyMap<string, string>): string[] {
	const lines = [`    ${pythonString(plan.url)},`];
	if (plan.headers.length > 0) {
		lines.push('    headers={', ...plan.headers.map(({ name, value }) => `        ${pythonString(name)}: ${expression(value, names)},`), '    },');
	}
	const body = plan.body;
	if (body?.kind === 'json') lines.push(`    data=${pythonString(body.text)}.encode("utf-8"),`);
	if (body?.kind === 'form') {
		// A dict cannot hold a name twice; a list of pairs keeps every field, in order.
		const repeated = new Set(body.fields.map(([name]) => name)).size < body.fields.length;
		const field = ([name, value]: readonly [string, Piece]) =>
			repeated ? `        (${pythonString(name)}, ${expression([value], names)}),` : `        ${pythonString(name)}: ${expression([value], names)},`;
		lines.push(repeated ? '    data=[' : '    data={', ...body.fields.map(field), repeated ? '    ],' : '    },');
	}
	return lines;
}

/** A `requests` call that sends the planned request and prints the status, then the body. */
export function emitPython(plan: SnippetPlan): string {
	const names = identifiersFor(plan.env, snakeName);
	const imports = [...(plan.basic ? ['import base64'] : []), ...(names.size > 0 ? ['import os'] : [])];
	const lines = [...imports, ...(imports.length > 0 ? [''] : []), 'import requests', ''];
	for (const [envVar, name] of names) lines.push(`${name} = os.environ[${pythonString(envVar)}]`);
	if (plan.basic) lines.push(...basicLines(plan.basic, names));
	if (names.size > 0) lines.push('');
	lines.push(`response = requests.${plan.method.toLowerCase()}(`, ...argumentLines(plan, names), ')');
	lines.push('print(response.status_code)', 'print(response.text)');
	return lines.join('\n') + '\n';
}
