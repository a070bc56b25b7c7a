/**
 * cURL for bash and zsh. Every literal is strongly quoted; variables are expanded only inside
 * double quotes with nothing else live in them. In environment-variable mode the command runs
 * only when each variable is set and, where it lands in a header as is, holds no line break (curl
 * would send a raw line break and so split the header). Basic credentials are computed with
 * `printf '%s' … | base64`, line wrapping removed by `tr` (GNU base64 wraps at 76 columns, and
 * `-w0` does not exist on macOS). Form bodies use `--data-urlencode`, one field per argument; a key
 * in the query uses `--url-query` (curl 7.87 or newer), which encodes it the same way.
 * A header line too long for one argument (Linux: 128 KiB) is written by the shell's own printf
 * into curl's stdin (`-H @-`, curl 7.55+): a builtin has no argument limit, a program has.
 */
import type { BasicPlan, Piece, PlannedHeader, SnippetPlan } from './plan.ts';
import { sh } from './code-tag.ts';
import { shellQuote, shellWordTokens, type ShellPart } from './quote-shell.ts';
import { joinTokens, program, token, type Token, type Tokens } from './tokens.ts';

// RFC 6749 Appendix B in shell: per byte (LC_ALL=C), letters and digits kept, space as "+".
const formEncodeFunction = [
	sh`form_encode() { # RFC 6749 Appendix B: UTF-8 bytes, A-Z a-z 0-9 kept, space as +, the rest %XX`,
	sh`  local LC_ALL=C value=$1 out= char i`,
	sh`  for ((i = 0; i < \${#value}; i++)); do`,
	sh`    char=\${value:$i:1}`,
	sh`    case $char in`,
	sh`      [a-zA-Z0-9]) out+=$char ;;`,
	sh`      ' ') out+=+ ;;`,
	sh`      *) printf -v char '%%%02X' "'$char"; out+=$char ;;`,
	sh`    esac`,
	sh`  done`,
	sh`  printf '%s' "$out"`,
	sh`}`,
];

const quoted = (text: string): Token => token('string', shellQuote(text));

function part(piece: Piece): ShellPart {
	if ('text' in piece) return { text: piece.text };
	return 'env' in piece ? { variable: piece.env } : { variable: 'basic' };
}

// Literal parts arrive form-urlencoded already (plan.ts): only variables go through form_encode.
function credentialPart(piece: Piece, formEncode: boolean): ShellPart {
	if (!formEncode || 'text' in piece) return part(piece);
	return { expansion: sh`$(form_encode ${shellWordTokens([part(piece)])})` };
}

function basicLine(basic: BasicPlan): Token[] {
	const userPass = shellWordTokens([
		credentialPart(basic.userId, basic.formEncode),
		{ text: ':' },
		credentialPart(basic.password, basic.formEncode),
	]);
	return sh`basic=$(printf '%s' ${userPass} | base64 | tr -d '\\n')`;
}

/**
 * Linux refuses one argument or environment string of 32 pages (MAX_ARG_STRLEN, 131,072 bytes
 * with its NUL): curl would not even start ("Argument list too long").
 */
export const argumentLimit = 131_072;

function tooLongForArgument(header: PlannedHeader): boolean {
	return header.size + 1 > argumentLimit;
}

function headerWord(header: PlannedHeader): Token[] {
	return shellWordTokens([{ text: `${header.name}: ` }, ...header.value.map(part)]);
}

// curl drops a header given as "Name:" with nothing after it; "Name;" sends it empty.
function headerArgument(header: PlannedHeader): Token[] {
	const empty = header.value.every((piece) => 'text' in piece && piece.text === '');
	return sh`-H ${empty ? quoted(`${header.name};`) : headerWord(header)}`;
}

// curl sends the name before "=" as it is and encodes the rest: the name is encoded here (RFC 3986 §2.3).
function formName(name: string): string {
	return encodeURIComponent(name)
		.replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
		.replaceAll('%20', '+');
}

function command(plan: SnippetPlan): Token[][] {
	const body = plan.body;
	const impliedMethod = body ? 'POST' : 'GET';
	const long = plan.headers.filter(tooLongForArgument);
	const first = joinTokens(
		[
			...(long.length > 0
				? [sh`printf '%s\\n' ${joinTokens(long.map(headerWord), token('plain', ' '))} |`]
				: []),
			sh`curl -sS`,
			...(plan.method === impliedMethod ? [] : [sh`-X ${token('plain', plan.method)}`]),
			[quoted(plan.url)],
		],
		token('plain', ' '),
	);
	// One "-H @-" reads every line from stdin: the first stands for all the long headers.
	const args: Tokens[] = [];
	let stdin = false;
	for (const header of plan.headers)
		if (!tooLongForArgument(header)) args.push(headerArgument(header));
		else if (!stdin) (args.push(sh`-H @-`), (stdin = true));
	// --url-query (curl 7.87+) appends "name=value" to the URL's query, the value percent-encoded by curl.
	if (plan.query)
		args.push(
			sh`--url-query ${shellWordTokens([{ text: `${plan.query.name}=` }, part(plan.query.value)])}`,
		);
	if (body?.kind === 'json') args.push(sh`--data-raw ${quoted(body.text)}`);
	if (body?.kind === 'form')
		for (const [name, value] of body.fields)
			args.push(
				sh`--data-urlencode ${shellWordTokens([{ text: `${formName(name)}=` }, part(value)])}`,
			);
	args.push(sh`-w '\\n%{http_code}\\n'`);
	return [first, ...args.map((arg) => sh`  ${arg}`)].map((line, index, lines) =>
		index < lines.length - 1 ? sh`${line} \\` : line,
	);
}

function guard(plan: SnippetPlan): Token[] {
	const variable = (name: string) => token('variable', `$${name}`);
	const tests = plan.env.map((name) => [
		...sh`-z ${variable(name)}`,
		...(plan.headerEnv.includes(name) ? sh` || ${variable(name)} == *[$'\\r\\n']*` : []),
	]);
	const names =
		plan.env.length > 1
			? `${plan.env.slice(0, -1).join(', ')} and ${plan.env.at(-1)}`
			: plan.env[0];
	const message = quoted(`Set ${names} first${plan.headerEnv.length > 0 ? ', on one line' : ''}.`);
	return sh`if [[ ${joinTokens(tests, token('plain', ' || '))} ]]; then\n  echo ${message} >&2\nelse`;
}

/**
 * The device token request in a loop (RFC 8628 §3.5): wait `interval` seconds, send, and go on
 * while the answer names authorization_pending, 5 seconds slower after slow_down. The output is
 * what one curl prints: the last body, then its status.
 */
function pollLoop(request: Tokens[], interval: number): Tokens[] {
	const sent = request.map(
		(line, index) =>
			sh`  ${index === 0 ? sh`response=$(` : []}${line}${index === request.length - 1 ? sh`)` : []}`,
	);
	return [
		sh`# RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.`,
		sh`interval=${token('constant', String(interval))}`,
		sh`while :; do`,
		sh`  sleep "$interval"`,
		...sent,
		sh`  case $response in`,
		sh`    *'"slow_down"'*) interval=$((interval + 5)) ;;`,
		sh`    *'"authorization_pending"'*) ;;`,
		sh`    *) break ;;`,
		sh`  esac`,
		sh`done`,
		sh`printf '%s\\n' "$response"`,
	];
}

/** A cURL command for bash or zsh that sends the planned request and prints the body, then the status. */
export function emitCurl(plan: SnippetPlan): Token[] {
	const lines: Tokens[] = plan.basic?.formEncode ? [...formEncodeFunction] : [];
	const request =
		plan.program?.kind === 'device-poll'
			? pollLoop(command(plan), plan.program.interval)
			: command(plan);
	const run = [...(plan.basic ? [basicLine(plan.basic)] : []), ...request];
	const [firstEnv] = plan.env;
	if (firstEnv && plan.headers.some(tooLongForArgument))
		lines.push([
			token(
				'comment',
				`# Over 128 KiB: set ${plan.env.join(', ')} as a shell variable, not exported (${firstEnv}=$(cat key.txt)); no program can receive a value that long.`,
			),
		]);
	if (plan.env.length === 0) return program([...lines, ...run]);
	return program([...lines, guard(plan), ...run.map((line) => sh`  ${line}`), sh`fi`]);
}
