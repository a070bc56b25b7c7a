/**
 * The authorization request of the code grant as a program (RFC 6749 §4.1.1 with PKCE, RFC 7636):
 * it sends nothing, but generates a code verifier and a state from the platform's CSPRNG (32
 * bytes each, base64url: RFC 7636 §4.1 and 256 bits of state), computes the S256 challenge
 * (§4.2), and prints the URL to open, then `CODE_VERIFIER=…` and `STATE=…` to keep for the token
 * request and the redirect. The URL's other parameters are the request's own, already encoded,
 * so every language prints the same URL apart from the two random values.
 */
import { camelName } from './identifiers.ts';
import { go, js, py, sh } from './code-tag.ts';
import type { SnippetPlan } from './plan.ts';
import { goString } from './quote-go.ts';
import { jsString } from './quote-js.ts';
import { pythonString } from './quote-python.ts';
import { shellQuote, shellWordTokens } from './quote-shell.ts';
import { program, token, type Token } from './tokens.ts';

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
	readonly verifier: Token;
	readonly state: Token;
}

function names(plan: SnippetPlan, name: (envVar: string) => string = (envVar) => envVar): Names {
	const program =
		plan.program?.kind === 'authorization-url'
			? plan.program
			: { codeVerifierEnvVar: 'CODE_VERIFIER', stateEnvVar: 'STATE' };
	return {
		verifier: token('variable', name(program.codeVerifierEnvVar)),
		state: token('variable', name(program.stateEnvVar)),
	};
}

const generatedComment =
	'RFC 7636 §4.1: a fresh code verifier and state, 32 random bytes each as base64url; keep both.';
const challengeComment =
	'RFC 7636 §4.2: code_challenge = BASE64URL(SHA-256(code_verifier)), method S256.';
const suffix = '&code_challenge_method=S256';

/** `text` after a language's comment marker, as one comment. */
function comment(marker: string, text: string): Token {
	return token('comment', `${marker} ${text}`);
}

/** A literal quoted by `quote`, as a string token. */
function literal(quote: (text: string) => string, text: string): Token {
	return token('string', quote(text));
}

/** bash or zsh, with openssl for the random bytes and the hash; the variables stay exported in the shell. */
export function curlAuthorizationUrl(plan: SnippetPlan): Token[] {
	const { verifier, state } = names(plan);
	const url = shellWordTokens([
		{ text: authorizationUrlPrefix(plan.url) },
		{ variable: state.text },
		{ text: '&code_challenge=' },
		{ variable: 'challenge' },
		{ text: suffix },
	]);
	const value = (name: Token) => [
		token('string', '"'),
		token('variable', `$${name.text}`),
		token('string', '"'),
	];
	return program([
		[comment('#', generatedComment)],
		sh`base64url() { base64 | tr '/+' '_-' | tr -d '=\\n'; }`,
		sh`${verifier}=$(openssl rand 32 | base64url)`,
		sh`${state}=$(openssl rand 32 | base64url)`,
		[comment('#', challengeComment)],
		sh`challenge=$(printf '%s' ${value(verifier)} | openssl dgst -sha256 -binary | base64url)`,
		sh`export ${verifier} ${state}`,
		sh`printf '%s\\n' ${url} ${literal(shellQuote, `${verifier.text}=`)}${value(verifier)} ${literal(shellQuote, `${state.text}=`)}${value(state)}`,
	]);
}

/** An ES module with Web Crypto (Node 19+ and browsers). */
export function javascriptAuthorizationUrl(plan: SnippetPlan): Token[] {
	const { verifier, state } = names(plan);
	return program([
		[comment('//', generatedComment)],
		js`const base64url = (bytes) => btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(${token('string', '/=+$/')}, '');`,
		js`const ${verifier} = base64url(crypto.getRandomValues(new Uint8Array(32)));`,
		js`const ${state} = base64url(crypto.getRandomValues(new Uint8Array(32)));`,
		[comment('//', challengeComment)],
		js`const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(${verifier}));`,
		js`const challenge = base64url(new Uint8Array(digest));`,
		js`console.log(${literal(jsString, authorizationUrlPrefix(plan.url))} + ${state} + '&code_challenge=' + challenge + ${literal(jsString, suffix)});`,
		js`console.log(${literal(jsString, `${verifier.text}=`)} + ${verifier});`,
		js`console.log(${literal(jsString, `${state.text}=`)} + ${state});`,
	]);
}

/** Python 3.6+, standard library only. */
export function pythonAuthorizationUrl(plan: SnippetPlan): Token[] {
	const { verifier, state } = names(plan);
	return program([
		py`import base64`,
		py`import hashlib`,
		py`import secrets`,
		[],
		[comment('#', generatedComment)],
		py`${verifier} = secrets.token_urlsafe(32)`,
		py`${state} = secrets.token_urlsafe(32)`,
		[comment('#', challengeComment)],
		py`digest = hashlib.sha256(${verifier}.encode("ascii")).digest()`,
		py`challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")`,
		py`print(${literal(pythonString, authorizationUrlPrefix(plan.url))} + ${state} + "&code_challenge=" + challenge + ${literal(pythonString, suffix)})`,
		py`print(${literal(pythonString, `${verifier.text}=`)} + ${verifier})`,
		py`print(${literal(pythonString, `${state.text}=`)} + ${state})`,
	]);
}

/** Go, standard library only. */
export function goAuthorizationUrl(plan: SnippetPlan): Token[] {
	const env = names(plan);
	const { verifier, state } = names(plan, camelName);
	return program([
		go`package main`,
		[],
		go`import (`,
		go`\t"crypto/rand"`,
		go`\t"crypto/sha256"`,
		go`\t"encoding/base64"`,
		go`\t"fmt"`,
		go`\t"log"`,
		go`)`,
		[],
		go`func main() {`,
		go`\t${comment('//', generatedComment)}`,
		go`\trandom := func() string {`,
		go`\t\tbytes := make([]byte, 32)`,
		go`\t\tif _, err := rand.Read(bytes); err != nil {`,
		go`\t\t\tlog.Fatal(err)`,
		go`\t\t}`,
		go`\t\treturn base64.RawURLEncoding.EncodeToString(bytes)`,
		go`\t}`,
		go`\t${verifier} := random()`,
		go`\t${state} := random()`,
		go`\t${comment('//', challengeComment)}`,
		go`\tsum := sha256.Sum256([]byte(${verifier}))`,
		go`\tchallenge := base64.RawURLEncoding.EncodeToString(sum[:])`,
		go`\tfmt.Println(${literal(goString, authorizationUrlPrefix(plan.url))} + ${state} + "&code_challenge=" + challenge + ${literal(goString, suffix)})`,
		go`\tfmt.Println(${literal(goString, `${env.verifier.text}=`)} + ${verifier})`,
		go`\tfmt.Println(${literal(goString, `${env.state.text}=`)} + ${state})`,
		go`}`,
	]);
}

/**
 * The authorization-URL program in each language. Kept apart from the request writers so a page
 * that never shows an authorization URL (the doctor, the playground's tabs) never loads it:
 * `emitSnippets` picks these when the plan says so, `emitRequestSnippets` cannot.
 */
export const authorizationUrlWriters = {
	curl: curlAuthorizationUrl,
	javascript: javascriptAuthorizationUrl,
	python: pythonAuthorizationUrl,
	go: goAuthorizationUrl,
} as const;
