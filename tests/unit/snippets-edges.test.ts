/**
 * Edges of the emitted snippets that no golden fixture reaches: the authorization URL with the
 * request's own query and its own variable names, a header too long for one shell argument
 * (Linux MAX_ARG_STRLEN, 131,072 bytes with the NUL), form field names curl would send unencoded,
 * Go names for variables that camel-case alike, and the literal escapes at their boundaries.
 */
import { describe, expect, test } from 'vitest';
import type { ApiRequest, Header } from '../../src/lib/http/request.ts';
import { emitSnippets, type SecretMode } from '../../src/lib/snippets/index.ts';
import { goString } from '../../src/lib/snippets/quote-go.ts';
import { shellWord } from '../../src/lib/snippets/quote-shell.ts';
import { bearer, secret } from '../runtimes/support/request-fixtures.ts';

function snippets(request: ApiRequest, secrets: SecretMode = 'env') {
	const result = emitSnippets(request, { secrets });
	if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
	return result.snippets;
}

describe('the authorization URL program', () => {
	const authorize = (url: string): ApiRequest => ({
		method: 'GET',
		url,
		headers: [],
		program: {
			kind: 'authorization-url',
			codeVerifierEnvVar: 'PKCE_VERIFIER',
			stateEnvVar: 'OAUTH_STATE',
		},
	});

	test.each([
		[
			'a URL without a query',
			'https://auth.example.com/authorize',
			'https://auth.example.com/authorize?state=',
		],
		[
			'the request’s own parameters, without empty ones or those it generates',
			'https://auth.example.com/authorize?response_type=code&&client_id=web&state=old&code_challenge=x&code_challenge_method=plain&scope=read',
			'https://auth.example.com/authorize?response_type=code&client_id=web&scope=read&state=',
		],
	])('prints %s, then the state and challenge', (_title, url, prefix) => {
		const code = snippets(authorize(url));
		const rest = `&code_challenge=`;
		expect(code.python).toContain(
			`print("${prefix}" + OAUTH_STATE + "${rest}" + challenge + "&code_challenge_method=S256")`,
		);
		expect(code.javascript).toContain(
			`console.log('${prefix}' + OAUTH_STATE + '${rest}' + challenge + '&code_challenge_method=S256');`,
		);
		expect(code.go).toContain(
			`fmt.Println("${prefix}" + oauthState + "${rest}" + challenge + "&code_challenge_method=S256")`,
		);
		expect(code.curl).toContain(
			`"${prefix}\${OAUTH_STATE}${rest}\${challenge}&code_challenge_method=S256"`,
		);
	});

	test('keeps the verifier and state in the variables the request names', () => {
		const code = snippets(authorize('https://auth.example.com/authorize'));
		expect(code.curl).toContain(
			'PKCE_VERIFIER=$(openssl rand 32 | base64url)\nOAUTH_STATE=$(openssl rand 32 | base64url)',
		);
		expect(code.curl).toContain('export PKCE_VERIFIER OAUTH_STATE\n');
		expect(code.javascript).toContain(
			"console.log('PKCE_VERIFIER=' + PKCE_VERIFIER);\nconsole.log('OAUTH_STATE=' + OAUTH_STATE);",
		);
		expect(code.python).toContain(
			'PKCE_VERIFIER = secrets.token_urlsafe(32)\nOAUTH_STATE = secrets.token_urlsafe(32)',
		);
		expect(code.go).toContain('\tpkceVerifier := random()\n\toauthState := random()');
		expect(Object.values(code).join('\n')).not.toMatch(/CODE_VERIFIER|\bSTATE\b/);
	});
});

describe('a header too long for one shell argument', () => {
	// "Authorization: Bearer " is 22 bytes; the limit counts the argument's NUL too.
	const limit = 131_072;
	const withToken = (lineBytes: number, secrets: SecretMode, headers: readonly Header[] = []) => {
		const token = 'k'.repeat(lineBytes - 22);
		const auth = bearer(secret(token, 'API_KEY'));
		return snippets(
			{
				method: 'GET',
				url: 'https://api.example.com/',
				headers: [...headers, auth.header],
				authorization: auth.recipe,
			},
			secrets,
		).curl;
	};

	test('stays an argument at 131,071 bytes, one less than the limit with its NUL', () => {
		const curl = withToken(limit - 1, 'env');
		expect(curl).toContain(`  -H "Authorization: Bearer \${API_KEY}" \\\n`);
		expect(curl).not.toContain('-H @-');
		expect(curl).not.toContain('# Over 128 KiB');
	});

	test('goes through stdin from 131,072 bytes, and says how to set the variable', () => {
		const curl = withToken(limit, 'env', [['Accept', 'application/json']]);
		expect(curl).toContain(
			`  printf '%s\\n' "Authorization: Bearer \${API_KEY}" | curl -sS 'https://api.example.com/' \\\n    -H 'Accept: application/json' \\\n    -H @- \\\n`,
		);
		expect(
			curl.startsWith(
				'# Over 128 KiB: set API_KEY as a shell variable, not exported (API_KEY=$(cat key.txt))',
			),
		).toBe(true);
	});

	test('sends every long header through one stdin, in order', () => {
		const big: Header = ['X-Big', 'x'.repeat(limit)];
		const curl = withToken(limit, 'inline', [big, ['Accept', 'a']]);
		expect(curl).toContain(
			`printf '%s\\n' 'X-Big: ${'x'.repeat(limit)}' 'Authorization: Bearer ${'k'.repeat(limit - 22)}' | curl -sS`,
		);
		expect(curl.split('-H @-')).toHaveLength(2);
		expect(curl).toMatch(/-H @- \\\n {2}-H 'Accept: a' \\\n/);
		expect(curl).not.toContain('# Over 128 KiB');
	});
});

describe('the comment over a header too long for an argument', () => {
	test('names every variable the snippet reads', () => {
		const auth = bearer(secret('k'.repeat(131_072), 'API_KEY'));
		const curl = snippets({
			method: 'POST',
			url: 'https://api.example.com/',
			headers: [['Content-Type', 'application/x-www-form-urlencoded'], auth.header],
			authorization: auth.recipe,
			body: { kind: 'form', fields: [['client_secret', secret('s', 'CLIENT_SECRET')]] },
		}).curl;
		expect(curl).toMatch(/^# Over 128 KiB: set API_KEY, CLIENT_SECRET as a shell variable/);
	});
});

describe('curl form field names', () => {
	test('are percent-encoded where curl would send them as they are', () => {
		const curl = snippets({
			method: 'POST',
			url: 'https://api.example.com/',
			headers: [['Content-Type', 'application/x-www-form-urlencoded']],
			body: { kind: 'form', fields: [["n*(x)!'", 'v']] },
		}).curl;
		expect(curl).toContain("--data-urlencode 'n%2A%28x%29%21%27=v'");
	});
});

describe('Go names for environment variables', () => {
	test('are distinct when names camel-case alike, and drop empty words', () => {
		const go = snippets({
			method: 'POST',
			url: 'https://api.example.com/',
			headers: [['Content-Type', 'application/x-www-form-urlencoded']],
			body: {
				kind: 'form',
				fields: [
					['a', secret('1', 'API_KEY')],
					['b', secret('2', 'API__KEY')],
					['c', secret('3', 'API_KEY_')],
					['d', secret('4', 'URL')],
					['e', secret('5', 'URL_VALUE')],
				],
			},
		}).go;
		for (const line of [
			'apiKey := os.Getenv("API_KEY")',
			'apiKey2 := os.Getenv("API__KEY")',
			'apiKey3 := os.Getenv("API_KEY_")',
			'urlValue := os.Getenv("URL")',
			'urlValue2 := os.Getenv("URL_VALUE")',
		])
			expect(go).toContain(`\t${line}\n`);
	});
});

describe('literal boundaries', () => {
	test('goString writes U+0080 as a code point, since \\x80 would be one byte', () => {
		expect(goString('\x7f\x80')).toBe('"\\x7F\\u0080"');
	});

	test('shellWord drops empty text after a variable', () => {
		expect(shellWord([{ text: 'wow! ' }, { variable: 'KEY' }, { text: '' }])).toBe(
			'\'wow! \'"${KEY}"',
		);
	});
});
