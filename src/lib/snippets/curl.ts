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
import { curlAuthorizationUrl } from './authorization-url.ts';
import { shellQuote, shellWord, type ShellPart } from './quote-shell.ts';

// RFC 6749 Appendix B in shell: per byte (LC_ALL=C), letters and digits kept, space as "+".
const formEncodeFunction = [
	'form_encode() { # RFC 6749 Appendix B: UTF-8 bytes, A-Z a-z 0-9 kept, space as +, the rest %XX',
	'  local LC_ALL=C value=$1 out= char i',
	'  for ((i = 0; i < ${#value}; i++)); do',
	'    char=${value:$i:1}',
	'    case $char in',
	'      [a-zA-Z0-9]) out+=$char ;;',
	"      ' ') out+=+ ;;",
	"      *) printf -v char '%%%02X' \"'$char\"; out+=$char ;;",
	'    esac',
	'  done',
	'  printf \'%s\' "$out"',
	'}',
];

function part(piece: Piece): ShellPart {
	if ('text' in piece) return { text: piece.text };
	return 'env' in piece ? { variable: piece.env } : { variable: 'basic' };
}

// Literal parts arrive form-urlencoded already (plan.ts): only variables go through form_encode.
function credentialPart(piece: Piece, formEncode: boolean): ShellPart {
	if (!formEncode || 'text' in piece) return part(piece);
	return { expansion: `$(form_encode ${shellWord([part(piece)])})` };
}

function basicLine(basic: BasicPlan): string {
	const userPass = shellWord([
		credentialPart(basic.userId, basic.formEncode),
		{ text: ':' },
		credentialPart(basic.password, basic.formEncode),
	]);
	return `basic=$(printf '%s' ${userPass} | base64 | tr -d '\\n')`;
}

/**
 * Linux refuses one argument or environment string of 32 pages (MAX_ARG_STRLEN, 131,072 bytes
 * with its NUL): curl would not even start ("Argument list too long").
 */
export const argumentLimit = 131_072;

function tooLongForArgument(header: PlannedHeader): boolean {
	return header.size + 1 > argumentLimit;
}

function headerWord(header: PlannedHeader): string {
	return shellWord([{ text: `${header.name}: ` }, ...header.value.map(part)]);
}

// curl drops a header given as "Name:" with nothing after it; "Name;" sends it empty.
function headerArgument(header: PlannedHeader): string {
	const empty = header.value.every((piece) => 'text' in piece && piece.text === '');
	return `-H ${empty ? shellQuote(`${header.name};`) : headerWord(header)}`;
}

// curl sends the name before "=" as it is and encodes the rest: the name is encoded here (RFC 3986 §2.3).
function formName(name: string): string {
	return encodeURIComponent(name)
		.replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
		.replaceAll('%20', '+');
}

function command(plan: SnippetPlan): string[] {
	const body = plan.body;
	const impliedMethod = body ? 'POST' : 'GET';
	const long = plan.headers.filter(tooLongForArgument);
	const first = [
		...(long.length > 0 ? [`printf '%s\\n' ${long.map(headerWord).join(' ')} |`] : []),
		'curl -sS',
		...(plan.method === impliedMethod ? [] : [`-X ${plan.method}`]),
		shellQuote(plan.url),
	].join(' ');
	const args = plan.headers.map((header) =>
		tooLongForArgument(header) ? '-H @-' : headerArgument(header),
	);
	// One "-H @-" reads every line from stdin: the first stands for all the long headers.
	const firstStdin = args.indexOf('-H @-');
	const unique = args.filter((arg, index) => arg !== '-H @-' || index === firstStdin);
	// --url-query (curl 7.87+) appends "name=value" to the URL's query, the value percent-encoded by curl.
	if (plan.query)
		unique.push(
			`--url-query ${shellWord([{ text: `${plan.query.name}=` }, part(plan.query.value)])}`,
		);
	if (body?.kind === 'json') unique.push(`--data-raw ${shellQuote(body.text)}`);
	if (body?.kind === 'form')
		for (const [name, value] of body.fields)
			unique.push(`--data-urlencode ${shellWord([{ text: `${formName(name)}=` }, part(value)])}`);
	unique.push(`-w '\\n%{http_code}\\n'`);
	return [first, ...unique.map((arg) => `  ${arg}`)].map((line, index, lines) =>
		index < lines.length - 1 ? `${line} \\` : line,
	);
}

function guard(plan: SnippetPlan): string {
	const tests = plan.env.map(
		(name) => `-z $${name}${plan.headerEnv.includes(name) ? ` || $${name} == *[$'\\r\\n']*` : ''}`,
	);
	const names =
		plan.env.length > 1
			? `${plan.env.slice(0, -1).join(', ')} and ${plan.env.at(-1)}`
			: plan.env[0];
	return `if [[ ${tests.join(' || ')} ]]; then\n  echo ${shellQuote(`Set ${names} first${plan.headerEnv.length > 0 ? ', on one line' : ''}.`)} >&2\nelse`;
}

/**
 * The device token request in a loop (RFC 8628 §3.5): wait `interval` seconds, send, and go on
 * while the answer names authorization_pending, 5 seconds slower after slow_down. The output is
 * what one curl prints: the last body, then its status.
 */
function pollLoop(request: string[], interval: number): string[] {
	const sent = request.map(
		(line, index) =>
			`  ${index === 0 ? 'response=$(' : ''}${line}${index === request.length - 1 ? ')' : ''}`,
	);
	return [
		'# RFC 8628 §3.5: poll every interval seconds while the person has not answered; slow_down adds 5.',
		`interval=${interval}`,
		'while :; do',
		'  sleep "$interval"',
		...sent,
		'  case $response in',
		`    *'"slow_down"'*) interval=$((interval + 5)) ;;`,
		`    *'"authorization_pending"'*) ;;`,
		'    *) break ;;',
		'  esac',
		'done',
		`printf '%s\\n' "$response"`,
	];
}

/** A cURL command for bash or zsh that sends the planned request and prints the body, then the status. */
export function emitCurl(plan: SnippetPlan): string {
	if (plan.program?.kind === 'authorization-url') return curlAuthorizationUrl(plan);
	const lines = plan.basic?.formEncode ? [...formEncodeFunction] : [];
	const request =
		plan.program?.kind === 'device-poll'
			? pollLoop(command(plan), plan.program.interval)
			: command(plan);
	const run = [...(plan.basic ? [basicLine(plan.basic)] : []), ...request];
	const [firstEnv] = plan.env;
	if (firstEnv && plan.headers.some(tooLongForArgument))
		lines.push(
			`# Over 128 KiB: set ${plan.env.join(', ')} as a shell variable, not exported (${firstEnv}=$(cat key.txt)); no program can receive a value that long.`,
		);
	if (plan.env.length === 0) return [...lines, ...run].join('\n') + '\n';
	return [...lines, guard(plan), ...run.map((line) => `  ${line}`), 'fi'].join('\n') + '\n';
}
