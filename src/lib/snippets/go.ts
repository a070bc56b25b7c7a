/**
 * Go `net/http`: a complete `package main` that builds with Go 1.19 and the standard library only.
 * Environment variables come from `os.Getenv`, and an empty one stops the program. Basic
 * credentials use `base64.StdEncoding` over the string's UTF-8 bytes. Form bodies use
 * `url.Values`, whose `Encode` sorts fields by name. Go writes headers sorted by name; a name that
 * is not in Go's canonical case is set through the map so it keeps its case.
 */
import { expression, userPassExpression, type ExpressionSyntax } from './expression.ts';
import { goNames } from './identifiers.ts';
import type { BasicPlan, SnippetPlan } from './plan.ts';
import { goAuthorizationUrl } from './authorization-url.ts';
import { goString } from './quote-go.ts';

const formEncodeFunction = [
	'\t// RFC 6749 Appendix B: form-urlencode the client id and secret before Basic (only A-Z a-z 0-9 stay).',
	'\tformEncode := func(value string) string {',
	'\t\tvar out strings.Builder',
	'\t\tfor _, c := range []byte(value) {',
	'\t\t\tswitch {',
	"\t\t\tcase 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9':",
	'\t\t\t\tout.WriteByte(c)',
	"\t\t\tcase c == ' ':",
	"\t\t\t\tout.WriteByte('+')",
	'\t\t\tdefault:',
	'\t\t\t\tfmt.Fprintf(&out, "%%%02X", c)',
	'\t\t\t}',
	'\t\t}',
	'\t\treturn out.String()',
	'\t}',
];

const fatal = ['\tif err != nil {', '\t\tlog.Fatal(err)', '\t}'];

function syntaxFor(names: ReadonlyMap<string, string>): ExpressionSyntax {
	return { literal: goString, variable: (envVar) => names.get(envVar)!, formEncode: 'formEncode' };
}

function basicLines(basic: BasicPlan, syntax: ExpressionSyntax): string[] {
	return [
		...(basic.formEncode ? formEncodeFunction : []),
		`\tuserPass := ${userPassExpression(basic, syntax)}`,
		'\t// RFC 7617: Base64 of the UTF-8 bytes of "user:password".',
		'\tbasic := base64.StdEncoding.EncodeToString([]byte(userPass))',
		'',
	];
}

// Go's textproto.CanonicalMIMEHeaderKey: first letter and each letter after "-" upper case.
function canonical(name: string): string {
	return name
		.toLowerCase()
		.replace(
			/(^|-)([a-z])/g,
			(_match, dash: string, letter: string) => dash + letter.toUpperCase(),
		);
}

// Go adds its own User-Agent and Accept-Encoding unless it finds them under the canonical name.
const goManaged = new Set(['User-Agent', 'Accept-Encoding']);

function headerLines(
	name: string,
	value: { readonly compact: string; readonly spaced: string },
): string[] {
	if (canonical(name) === name || goManaged.has(canonical(name)))
		return [`\treq.Header.Set(${goString(name)}, ${value.compact})`];
	return [
		`\t// Set through the map to keep the case: Header.Set would send ${canonical(name)}.`,
		`\treq.Header[${goString(name)}] = []string{${value.spaced}}`,
	];
}

function bodyLines(
	plan: SnippetPlan,
	syntax: ExpressionSyntax,
): { readonly lines: string[]; readonly reader: string } {
	const body = plan.body;
	if (!body) return { lines: [], reader: 'nil' };
	if (body.kind === 'json')
		return { lines: [], reader: `strings.NewReader(${goString(body.text)})` };
	const fields = body.fields.map(
		([name, value]) => `\tform.Add(${goString(name)}, ${expression([value], syntax)})`,
	);
	return {
		lines: ['\tform := url.Values{}', ...fields, ''],
		reader: 'strings.NewReader(form.Encode())',
	};
}

function imports(plan: SnippetPlan): string[] {
	const used = ['fmt', 'io', 'log', 'net/http'];
	if (plan.basic) used.push('encoding/base64');
	if (plan.env.length > 0) used.push('os');
	if (plan.body || plan.basic?.formEncode) used.push('strings');
	if (plan.body?.kind === 'form' || plan.query) used.push('net/url');
	if (plan.program?.kind === 'device-poll') used.push('encoding/json', 'time');
	return ['import (', ...used.sort().map((path) => `\t"${path}"`), ')'];
}

/**
 * RFC 8628 §3.5: the request built and sent every `interval` seconds while the answer is
 * authorization_pending, 5 seconds slower after slow_down; the last status and body are kept.
 */
function pollLines(request: string[], interval: number): string[] {
	return [
		'\t// RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.',
		`\tinterval := ${interval}`,
		'\tvar status int',
		'\tvar body []byte',
		'\tfor {',
		'\t\ttime.Sleep(time.Duration(interval) * time.Second)',
		...request.map((line) => (line === '' ? '' : `\t${line}`)),
		'\t\tresp, err := http.DefaultClient.Do(req)',
		...fatal.map((line) => `\t${line}`),
		'\t\tdata, err := io.ReadAll(resp.Body)',
		'\t\tresp.Body.Close()',
		...fatal.map((line) => `\t${line}`),
		'\t\tstatus, body = resp.StatusCode, data',
		'\t\tvar answer struct {',
		'\t\t\tError string `json:"error"`',
		'\t\t}',
		'\t\tif status == 400 && json.Unmarshal(body, &answer) == nil && answer.Error == "slow_down" {',
		'\t\t\tinterval += 5',
		'\t\t} else if status != 400 || answer.Error != "authorization_pending" {',
		'\t\t\tbreak',
		'\t\t}',
		'\t}',
		'\tfmt.Println(status)',
		'\tfmt.Println(string(body))',
	];
}

/** A complete Go program that sends the planned request and prints the status, then the body. */
export function emitGo(plan: SnippetPlan): string {
	if (plan.program?.kind === 'authorization-url') return goAuthorizationUrl(plan);
	const names = goNames(plan.env);
	const syntax = syntaxFor(names);
	const lines = ['package main', '', ...imports(plan), '', 'func main() {'];
	for (const [envVar, name] of names) {
		lines.push(
			`\t${name} := os.Getenv(${goString(envVar)})`,
			`\tif ${name} == "" {`,
			`\t\tlog.Fatal(${goString(`Set ${envVar} first.`)})`,
			'\t}',
		);
	}
	if (names.size > 0) lines.push('');
	if (plan.basic) lines.push(...basicLines(plan.basic, syntax));
	const body = bodyLines(plan, syntax);
	// A key in the query is percent-encoded by url.Values (url.QueryEscape: space as +).
	const query = plan.query
		? [
				'\tquery := url.Values{}',
				`\tquery.Set(${goString(plan.query.name)}, ${expression([plan.query.value], syntax)})`,
				'',
			]
		: [];
	const target = plan.query
		? `${goString(plan.url + plan.query.separator)}+query.Encode()`
		: goString(plan.url);
	const request = [
		...body.lines,
		...query,
		`\treq, err := http.NewRequest(${goString(plan.method)}, ${target}, ${body.reader})`,
		...fatal,
	];
	request.push(
		...plan.headers.flatMap(({ name, value }) =>
			// gofmt drops the spaces around "+" in the arguments of a call that has several (printer depth 2).
			headerLines(name, {
				compact: expression(value, syntax, false, '+'),
				spaced: expression(value, syntax),
			}),
		),
	);
	if (plan.program?.kind === 'device-poll')
		return [...lines, ...pollLines(request, plan.program.interval), '}'].join('\n') + '\n';
	lines.push(
		...request,
		'',
		'\tresp, err := http.DefaultClient.Do(req)',
		...fatal,
		'\tdefer resp.Body.Close()',
		'\tbody, err := io.ReadAll(resp.Body)',
		...fatal,
	);
	lines.push('\tfmt.Println(resp.StatusCode)', '\tfmt.Println(string(body))', '}');
	return lines.join('\n') + '\n';
}
