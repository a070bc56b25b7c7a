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
import { go } from './code-tag.ts';
import { goString } from './quote-go.ts';
import { program, token, type Token, type Tokens } from './tokens.ts';

const formEncodeFunction = [
	go`\t// RFC 6749 Appendix B: form-urlencode the client id and secret before Basic (only A-Z a-z 0-9 stay).`,
	go`\tformEncode := func(value string) string {`,
	go`\t\tvar out strings.Builder`,
	go`\t\tfor _, c := range []byte(value) {`,
	go`\t\t\tswitch {`,
	go`\t\t\tcase 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9':`,
	go`\t\t\t\tout.WriteByte(c)`,
	go`\t\t\tcase c == ' ':`,
	go`\t\t\t\tout.WriteByte('+')`,
	go`\t\t\tdefault:`,
	go`\t\t\t\tfmt.Fprintf(&out, "%%%02X", c)`,
	go`\t\t\t}`,
	go`\t\t}`,
	go`\t\treturn out.String()`,
	go`\t}`,
];

const fatal = [go`\tif err != nil {`, go`\t\tlog.Fatal(err)`, go`\t}`];

const literal = (text: string): Token => token('string', goString(text));

function syntaxFor(names: ReadonlyMap<string, string>): ExpressionSyntax {
	return { literal: goString, variable: (envVar) => names.get(envVar)!, formEncode: 'formEncode' };
}

function basicLines(basic: BasicPlan, syntax: ExpressionSyntax): Tokens[] {
	return [
		...(basic.formEncode ? formEncodeFunction : []),
		go`\tuserPass := ${userPassExpression(basic, syntax)}`,
		go`\t// RFC 7617: Base64 of the UTF-8 bytes of "user:password".`,
		go`\tbasic := base64.StdEncoding.EncodeToString([]byte(userPass))`,
		[],
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
	value: { readonly compact: Tokens; readonly spaced: Tokens },
): Tokens[] {
	if (canonical(name) === name || goManaged.has(canonical(name)))
		return [go`\treq.Header.Set(${literal(name)}, ${value.compact})`];
	return [
		[
			token(
				'comment',
				`\t// Set through the map to keep the case: Header.Set would send ${canonical(name)}.`,
			),
		],
		go`\treq.Header[${literal(name)}] = []string{${value.spaced}}`,
	];
}

function bodyLines(
	plan: SnippetPlan,
	syntax: ExpressionSyntax,
): { readonly lines: Tokens[]; readonly reader: Tokens } {
	const body = plan.body;
	if (!body) return { lines: [], reader: [token('constant', 'nil')] };
	if (body.kind === 'json')
		return { lines: [], reader: go`strings.NewReader(${literal(body.text)})` };
	const fields = body.fields.map(
		([name, value]) => go`\tform.Add(${literal(name)}, ${expression([value], syntax)})`,
	);
	return {
		lines: [go`\tform := url.Values{}`, ...fields, []],
		reader: go`strings.NewReader(form.Encode())`,
	};
}

function imports(plan: SnippetPlan): Tokens[] {
	const used = ['fmt', 'io', 'log', 'net/http'];
	if (plan.basic) used.push('encoding/base64');
	if (plan.env.length > 0) used.push('os');
	if (plan.body || plan.basic?.formEncode) used.push('strings');
	if (plan.body?.kind === 'form' || plan.query) used.push('net/url');
	if (plan.program?.kind === 'device-poll') used.push('encoding/json', 'time');
	return [go`import (`, ...used.sort().map((path) => go`\t${token('string', `"${path}"`)}`), go`)`];
}

/**
 * RFC 8628 §3.5: the request built and sent every `interval` seconds while the answer is
 * authorization_pending, 5 seconds slower after slow_down; the last status and body are kept.
 */
function pollLines(request: Tokens[], interval: number): Tokens[] {
	return [
		go`\t// RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.`,
		go`\tinterval := ${token('constant', String(interval))}`,
		go`\tvar status int`,
		go`\tvar body []byte`,
		go`\tfor {`,
		go`\t\ttime.Sleep(time.Duration(interval) * time.Second)`,
		...request.map((line) => (line.length === 0 ? line : go`\t${line}`)),
		go`\t\tresp, err := http.DefaultClient.Do(req)`,
		...fatal.map((line) => go`\t${line}`),
		go`\t\tdata, err := io.ReadAll(resp.Body)`,
		go`\t\tresp.Body.Close()`,
		...fatal.map((line) => go`\t${line}`),
		go`\t\tstatus, body = resp.StatusCode, data`,
		go`\t\tvar answer struct {`,
		go`\t\t\tError string \`json:"error"\``,
		go`\t\t}`,
		go`\t\tif status == 400 && json.Unmarshal(body, &answer) == nil && answer.Error == "slow_down" {`,
		go`\t\t\tinterval += 5`,
		go`\t\t} else if status != 400 || answer.Error != "authorization_pending" {`,
		go`\t\t\tbreak`,
		go`\t\t}`,
		go`\t}`,
		go`\tfmt.Println(status)`,
		go`\tfmt.Println(string(body))`,
	];
}

/** A complete Go program that sends the planned request and prints the status, then the body. */
export function emitGo(plan: SnippetPlan): Token[] {
	const names = goNames(plan.env);
	const syntax = syntaxFor(names);
	const lines = [go`package main`, [], ...imports(plan), [], go`func main() {`];
	for (const [envVar, name] of names) {
		const variable = token('variable', name);
		lines.push(
			go`\t${variable} := os.Getenv(${literal(envVar)})`,
			go`\tif ${variable} == "" {`,
			go`\t\tlog.Fatal(${literal(`Set ${envVar} first.`)})`,
			go`\t}`,
		);
	}
	if (names.size > 0) lines.push([]);
	if (plan.basic) lines.push(...basicLines(plan.basic, syntax));
	const body = bodyLines(plan, syntax);
	// A key in the query is percent-encoded by url.Values (url.QueryEscape: space as +).
	const query = plan.query
		? [
				go`\tquery := url.Values{}`,
				go`\tquery.Set(${literal(plan.query.name)}, ${expression([plan.query.value], syntax)})`,
				[],
			]
		: [];
	const target = plan.query
		? go`${literal(plan.url + plan.query.separator)}+query.Encode()`
		: [literal(plan.url)];
	const request = [
		...body.lines,
		...query,
		go`\treq, err := http.NewRequest(${literal(plan.method)}, ${target}, ${body.reader})`,
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
		return program([...lines, ...pollLines(request, plan.program.interval), go`}`]);
	lines.push(
		...request,
		[],
		go`\tresp, err := http.DefaultClient.Do(req)`,
		...fatal,
		go`\tdefer resp.Body.Close()`,
		go`\tbody, err := io.ReadAll(resp.Body)`,
		...fatal,
	);
	lines.push(go`\tfmt.Println(resp.StatusCode)`, go`\tfmt.Println(string(body))`, go`}`);
	return program(lines);
}
