/**
 * The authorization request of the code grant as a program (RFC 6749 §4.1.1 with PKCE, RFC 7636):
 * it sends nothing, but generates a code verifier and a state from the platform's CSPRNG (32
 * bytes each, base64url: RFC 7636 §4.1 and 256 bits of state), computes the S256 challenge
 * (§4.2), and prints the URL to open, then `CODE_VERIFIER=…` and `STATE=…` to keep for the token
 * request and the redirect. The URL's other parameters are the request's own, already encoded,
 * so every language prints the same URL apart from the two random values.
 */
import { camelName } from './identifiers.ts';
import type { SnippetPlan } from './plan.ts';
import { goString } from './quote-go.ts';
import { jsString } from './quote-js.ts';
import { pythonString } from './quote-python.ts';
import { shellQuote, shellWord } from './quote-shell.ts';

const generated = new Set(['state', 'code_challenge', 'code_challenge_method']);

/** The URL up to where `state=` is appended: the request's own parameters without the generated ones. */
export function authorizationUrlPrefix(url: string): string {
	const query = url.indexOf('?');
	const base = query === -1 ? url : url.slice(0, query);
	const kept =
		query === -1
			? []
			: url
					.slice(query + 1)
					.split('&')
					.filter((pair) => pair !== '' && !generated.has(pair.split('=')[0]!));
	return `${base}?${kept.map((pair) => `${pair}&`).join('')}state=`;
}

interface Names {
	readonly verifier: string;
	readonly state: string;
}

function names(plan: SnippetPlan): Names {
	const program =
		plan.program?.kind === 'authorization-url'
			? plan.program
			: { codeVerifierEnvVar: 'CODE_VERIFIER', stateEnvVar: 'STATE' };
	return { verifier: program.codeVerifierEnvVar, state: program.stateEnvVar };
}

const generatedComment =
	'RFC 7636 §4.1: a fresh code verifier and state, 32 random bytes each as base64url; keep both.';
const challengeComment =
	'RFC 7636 §4.2: code_challenge = BASE64URL(SHA-256(code_verifier)), method S256.';
const suffix = '&code_challenge_method=S256';

/** bash or zsh, with openssl for the random bytes and the hash; the variables stay exported in the shell. */
export function curlAuthorizationUrl(plan: SnippetPlan): string {
	const { verifier, state } = names(plan);
	const url = shellWord([
		{ text: authorizationUrlPrefix(plan.url) },
		{ variable: state },
		{ text: '&code_challenge=' },
		{ variable: 'challenge' },
		{ text: suffix },
	]);
	return (
		[
			`# ${generatedComment}`,
			"base64url() { base64 | tr '/+' '_-' | tr -d '=\\n'; }",
			`${verifier}=$(openssl rand 32 | base64url)`,
			`${state}=$(openssl rand 32 | base64url)`,
			`# ${challengeComment}`,
			`challenge=$(printf '%s' "$${verifier}" | openssl dgst -sha256 -binary | base64url)`,
			`export ${verifier} ${state}`,
			`printf '%s\\n' ${url} ${shellQuote(`${verifier}=`)}"$${verifier}" ${shellQuote(`${state}=`)}"$${state}"`,
		].join('\n') + '\n'
	);
}

/** An ES module with Web Crypto (Node 19+ and browsers). */
export function javascriptAuthorizationUrl(plan: SnippetPlan): string {
	const { verifier, state } = names(plan);
	return (
		[
			`// ${generatedComment}`,
			"const base64url = (bytes) => btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');",
			`const ${verifier} = base64url(crypto.getRandomValues(new Uint8Array(32)));`,
			`const ${state} = base64url(crypto.getRandomValues(new Uint8Array(32)));`,
			`// ${challengeComment}`,
			`const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(${verifier}));`,
			'const challenge = base64url(new Uint8Array(digest));',
			`console.log(${jsString(authorizationUrlPrefix(plan.url))} + ${state} + '&code_challenge=' + challenge + ${jsString(suffix)});`,
			`console.log(${jsString(`${verifier}=`)} + ${verifier});`,
			`console.log(${jsString(`${state}=`)} + ${state});`,
		].join('\n') + '\n'
	);
}

/** Python 3.6+, standard library only. */
export function pythonAuthorizationUrl(plan: SnippetPlan): string {
	const { verifier, state } = names(plan);
	return (
		[
			'import base64',
			'import hashlib',
			'import secrets',
			'',
			`# ${generatedComment}`,
			`${verifier} = secrets.token_urlsafe(32)`,
			`${state} = secrets.token_urlsafe(32)`,
			`# ${challengeComment}`,
			`digest = hashlib.sha256(${verifier}.encode("ascii")).digest()`,
			'challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")',
			`print(${pythonString(authorizationUrlPrefix(plan.url))} + ${state} + "&code_challenge=" + challenge + ${pythonString(suffix)})`,
			`print(${pythonString(`${verifier}=`)} + ${verifier})`,
			`print(${pythonString(`${state}=`)} + ${state})`,
		].join('\n') + '\n'
	);
}

/** Go, standard library only. */
export function goAuthorizationUrl(plan: SnippetPlan): string {
	const env = names(plan);
	const verifier = camelName(env.verifier);
	const state = camelName(env.state);
	return (
		[
			'package main',
			'',
			'import (',
			'\t"crypto/rand"',
			'\t"crypto/sha256"',
			'\t"encoding/base64"',
			'\t"fmt"',
			'\t"log"',
			')',
			'',
			'func main() {',
			`\t// ${generatedComment}`,
			'\trandom := func() string {',
			'\t\tbytes := make([]byte, 32)',
			'\t\tif _, err := rand.Read(bytes); err != nil {',
			'\t\t\tlog.Fatal(err)',
			'\t\t}',
			'\t\treturn base64.RawURLEncoding.EncodeToString(bytes)',
			'\t}',
			`\t${verifier} := random()`,
			`\t${state} := random()`,
			`\t// ${challengeComment}`,
			`\tsum := sha256.Sum256([]byte(${verifier}))`,
			'\tchallenge := base64.RawURLEncoding.EncodeToString(sum[:])',
			`\tfmt.Println(${goString(authorizationUrlPrefix(plan.url))} + ${state} + "&code_challenge=" + challenge + ${goString(suffix)})`,
			`\tfmt.Println(${goString(`${env.verifier}=`)} + ${verifier})`,
			`\tfmt.Println(${goString(`${env.state}=`)} + ${state})`,
			'}',
		].join('\n') + '\n'
	);
}
