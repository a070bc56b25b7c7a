/**
 * Every finding the header doctor can report, in one table. The code is stable: it is the anchor
 * of the finding's section on /troubleshooting/ and what support staff put in a link, so a code is
 * never renamed. The page renders its sections from this table at build time.
 */
import {
	troubleshootingCodes,
	troubleshootingCodesOf,
	type DoctorCode,
} from '../../codes/index.ts';
import type { Severity } from './severity.ts';

export interface FindingCodeInfo {
	readonly title: string;
	/** What happens and why, independent of any one paste. */
	readonly explanation: string;
	readonly fix: string;
	/** A paste that triggers the finding, shown on the page (fake secrets only). */
	readonly example: string;
	/** The profile the example needs, when the finding depends on the API. */
	readonly exampleProfile?: string;
	/** The specification clause behind the finding, when there is one. */
	readonly reference?: string;
}

export const findingCodes = {
	'trailing-newline': {
		title: 'Newline at the end of the value',
		explanation:
			"The value ends with a line feed. `echo` adds one unless you pass `-n`, and reading a key from a file keeps the file's last newline. Inside Base64 the newline is encoded with the key, so the server compares the wrong bytes; in a header value most HTTP clients refuse it outright. If the newline is only there because you copied a whole line, it is harmless.",
		fix: "Remove the newline: use `printf '%s'` or `echo -n`, or trim the value after reading it from a file or environment variable.",
		example: 'Authorization: Basic OnNrX2xpdmVfNGVDN3A5UXoK',
	},
	'line-wrapped-base64': {
		title: 'Base64 broken over several lines',
		explanation:
			'The `base64` command wraps its output every 76 characters (`openssl base64` every 64). A header value is one line, so the part after the break is lost or the request is refused.',
		fix: 'Join the lines, or encode without wrapping: `base64 -w0` on Linux, `openssl base64 -A`.',
		example:
			'Authorization: Basic OjBmN2MyYjllNGQxYThmM2I2YzVlOWEyZDdiNGYxYzhlMGY3YzJiOWU0ZDFhOGYzYjZj\nNWU5YTJkN2I0ZjFjOGU=',
	},
	'carriage-return': {
		title: 'Carriage return in the value',
		explanation:
			'A carriage return (CR, U+000D) comes from Windows line endings: a key file saved on Windows, or a script with CRLF line endings where `\\` no longer continues the line. CR cannot appear in a header value, and inside Base64 it changes the credentials.',
		fix: 'Remove the carriage return, and save scripts and key files with Unix (LF) line endings.',
		example: 'Authorization: Bearer sk_live_4eC7p9Qz2Lm8\r',
		reference: 'RFC 9110 §5.5',
	},
	'smart-quotes': {
		title: 'Typographic quotes',
		explanation:
			'Word processors, chat apps and some documentation sites turn straight quotes into curly ones (“ ” ‘ ’). A shell does not treat curly quotes as quotes: they become part of the URL or the header, and the words inside are split apart.',
		fix: 'Replace every curly quote with a straight one (" or \'), or copy the command from a plain-text source.',
		example:
			'curl -H “Authorization: Bearer sk_live_4eC7p9Qz2Lm8” https://app.leadterra.co/v1/sender-pools',
	},
	'invisible-character': {
		title: 'Invisible character',
		explanation:
			'The value holds a character you cannot see: a zero-width space, a byte-order mark, a non-breaking or narrow space, a soft hyphen or a direction mark. They come with text copied from web pages, PDFs and chat apps, and the server sees them as part of the key.',
		fix: "Delete the character (retype the value around the reported position), or copy the key again from the API's dashboard.",
		example: 'Authorization: Bearer sk_live_4eC7\u200Bp9Qz2Lm8',
	},
	'surrounding-whitespace': {
		title: 'Extra whitespace',
		explanation:
			'There is more than one space between the scheme and the credentials, or a space at the start or end of a key inside Basic credentials. HTTP itself strips spaces around a whole header value, but not spaces inside it: strict servers split on exactly one space, and a space inside Base64-encoded credentials becomes part of the key.',
		fix: 'Use exactly one space after the scheme and trim the key before encoding it.',
		example: 'Authorization: Bearer  sk_live_4eC7p9Qz2Lm8',
		reference: 'RFC 9110 §11.4',
	},
	'duplicated-scheme': {
		title: 'Scheme written twice',
		explanation:
			'The value starts with the scheme twice, for example `Bearer Bearer …`. This happens when the code adds `Bearer ` to a value that already contains it, or when a tool that adds the scheme is given the whole header value.',
		fix: 'Keep one scheme: either store the bare key and add the scheme in code, or store the whole value and add nothing.',
		example: 'Authorization: Bearer Bearer sk_live_4eC7p9Qz2Lm8',
	},
	'missing-space-after-scheme': {
		title: 'No space after the scheme',
		explanation:
			'The scheme runs straight into the credentials (`Bearersk_live_…`) or is followed by a colon. The server then reads one unknown scheme name and no credentials.',
		fix: 'Put exactly one space between the scheme and the credentials.',
		example: 'Authorization: Bearersk_live_4eC7p9Qz2Lm8',
		reference: 'RFC 9110 §11.4',
	},
	'missing-scheme': {
		title: 'No authentication scheme',
		explanation:
			'The Authorization value is the bare key or token. The header must start with the scheme name (`Basic` or `Bearer`) so the server knows how to read what follows.',
		fix: 'Put the scheme and one space before the credentials, for example `Bearer <key>`.',
		example: 'Authorization: sk_live_4eC7p9Qz2Lm8',
		reference: 'RFC 9110 §11.4',
	},
	'unencoded-basic': {
		title: 'Basic credentials not Base64-encoded',
		explanation:
			'Basic credentials are `user-id:password` encoded as Base64. This value is the plain text (or a raw key), which the server cannot decode.',
		fix: 'Encode `user-id:password` as UTF-8, then Base64, and put the result after `Basic `.',
		example: 'Authorization: Basic :0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e',
		reference: 'RFC 7617 §2',
	},
	'missing-colon': {
		title: 'No colon in the Basic credentials',
		explanation:
			'Decoded Basic credentials must contain a colon between the user-id and the password, even when one of them is empty. Without it the server cannot tell where the key is. With `curl -u`, a value without a colon makes curl stop and ask for a password.',
		fix: 'Encode the key with the colon your API expects: `:KEY` (empty username), `KEY:` (key as username) or `user:KEY`.',
		example: 'Authorization: Basic MGY3YzJiOWU0ZDFhOGYzYjZjNWU5YTJkN2I0ZjFjOGU=',
		exampleProfile: 'lemlist',
		reference: 'RFC 7617 §2',
	},
	'base64url-alphabet': {
		title: 'Base64url instead of Base64',
		explanation:
			'The value uses `-` or `_`, which belong to the URL-safe Base64 alphabet. Basic credentials use standard Base64, whose characters are `+` and `/`, with `=` padding.',
		fix: "Encode with standard Base64 (`btoa` over UTF-8 bytes, `base64`, Python's `b64encode`), not the URL-safe variant.",
		example: 'Authorization: Basic OmF-Yj9jPg==',
		reference: 'RFC 4648 §4, §5',
	},
	'missing-padding': {
		title: 'Base64 padding missing',
		explanation:
			'Standard Base64 output is a multiple of four characters, ending in `=` or `==` when needed. Some encoders drop the padding; strict decoders (Go, Python) then refuse the value.',
		fix: 'Add the `=` characters back, or encode with a standard encoder that pads.',
		example: 'Authorization: Basic OnNrX2xpdmVfNGVDN3A5UXoyTG0',
		reference: 'RFC 4648 §3.2',
	},
	'non-canonical-base64': {
		title: 'Base64 that no encoder would produce',
		explanation:
			'The last character before the padding carries bits that a Base64 encoder always sets to zero. Lenient decoders ignore them and strict ones refuse the value; either way, the string was edited by hand or truncated.',
		fix: 'Encode the credentials again from the original text instead of editing the Base64.',
		example: 'Authorization: Basic OmFiZB==',
		reference: 'RFC 4648 §3.5',
	},
	'lowercase-scheme': {
		title: 'Scheme not in its usual case',
		explanation:
			'Scheme names are case-insensitive, so `bearer` and `BASIC` are valid and a correct server accepts them. Some servers and gateways compare the scheme exactly, though, and refuse anything but `Basic` and `Bearer`.',
		fix: 'Nothing is wrong by the standard; write `Basic` or `Bearer` to please strict servers.',
		example: 'Authorization: bearer sk_live_4eC7p9Qz2Lm8',
		reference: 'RFC 9110 §11.1',
	},
	'quoted-value': {
		title: 'Quotes inside the value',
		explanation:
			'The value is wrapped in quotes that are sent as part of it. This happens when a key is stored in a `.env` file or a config with quotes, or when a snippet quotes the value twice.',
		fix: 'Remove the quotes from the stored value; let the language or shell quoting stay outside it.',
		example: 'Authorization: Bearer "sk_live_4eC7p9Qz2Lm8"',
	},
	'wrong-scheme-for-api': {
		title: 'Wrong scheme for this API',
		explanation:
			'The header uses a scheme the chosen API does not accept, for example `Bearer` for an API that wants HTTP Basic. The API answers 401 even though the key is right.',
		fix: 'Use the scheme the API documents; the corrected header below shows the same key in the right form.',
		example: 'Authorization: Bearer 0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e',
		exampleProfile: 'lemlist',
	},
	'test-key': {
		title: 'Test key',
		explanation:
			"The key's prefix marks it as a test key. It works against the API's sandbox or test mode only; live resources answer 403 or show no data.",
		fix: 'Use a live key for production data, or point the request at the sandbox.',
		example: 'Authorization: Bearer sk_test_9Wd3Kp7Xq2Lm5Rt8Vz4Nb6',
		exampleProfile: 'leadterra',
	},
	'live-key': {
		title: 'Live key',
		explanation:
			"The key's prefix marks it as a live key: requests made with it act on real data. If it has been pasted into a ticket, a chat or a repository, treat it as exposed.",
		fix: 'Use a test key while experimenting; revoke and replace a live key that has been shared.',
		example: 'Authorization: Bearer sk_live_4eC7p9Qz2Lm8Rt5Vw',
		exampleProfile: 'leadterra',
	},
	'expired-jwt': {
		title: 'Expired token',
		explanation:
			'The token is a JWT whose `exp` claim lies in the past, so the API refuses it. The doctor only reads the claim: it does not check the signature, so it cannot say the token is genuine.',
		fix: 'Get a new access token (use the refresh token, or run the authorization flow again).',
		example:
			'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjMiLCJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJl',
		reference: 'RFC 7519 §4.1.4',
	},
	'token-in-query': {
		title: 'Secret in the URL query',
		explanation:
			'A key or token travels in the query string. URLs end up in server logs, proxy logs, browser history and Referer headers, and many APIs ignore credentials there.',
		fix: 'Remove the parameter from the URL and send the secret in the Authorization header.',
		example: 'https://api.example.com/v1/users/me?api_key=ex_live_7Hq2Lm9Rt4Vw8Zb3',
		reference: 'RFC 6750 §2.3, §5.3',
	},
	'credentials-in-url': {
		title: 'Credentials in the URL',
		explanation:
			'The URL carries `user:password@` before the host. This form is deprecated, `fetch` refuses such URLs, browsers strip them, and the secret is written to shell history and logs.',
		fix: 'Remove the credentials from the URL and send them in an Authorization header (`curl -u`).',
		example: 'https://API:1234567890@app.leadconduit.com/flows',
		reference: 'RFC 3986 §3.2.1',
	},
	'non-ascii-token': {
		title: 'Non-ASCII character in a token',
		explanation:
			'Bearer tokens are limited to ASCII letters, digits and `-._~+/=`. A letter with an accent, a dash from a word processor or a look-alike letter means the token was changed on its way to you.',
		fix: 'Copy the token again from its source; API keys and tokens never contain such characters.',
		example: 'Authorization: Bearer sk_live_4eC7p9Qz2Lm8–x',
		reference: 'RFC 6750 §2.1',
	},
	'latin1-credentials': {
		title: 'Credentials encoded as Latin-1',
		explanation:
			'The Basic credentials decode to bytes that are not UTF-8 but read as Latin-1 (ISO-8859-1), as `btoa` on a string produces. A server that expects UTF-8 compares different bytes for any character beyond ASCII.',
		fix: 'Encode the credentials as UTF-8 bytes before Base64 (`TextEncoder` in JavaScript).',
		example: 'Authorization: Basic dGVzdDoxMjOj',
		reference: 'RFC 7617 §2.1',
	},
	'colon-in-username': {
		title: 'Colon in the username',
		explanation:
			'The server splits Basic credentials at the first colon, so a username cannot contain one. When the key is sent as the username, any colon inside the key moves the rest of it into the password.',
		fix: 'Send a key containing a colon as the password instead, or ask the API for a key without one.',
		example: 'Authorization: Basic YWJjOmRlZjo=',
		reference: 'RFC 7617 §2',
	},
	'control-character': {
		title: 'Control character in the value',
		explanation:
			'The value contains a control character (a line feed in the middle, a tab, NUL, escape…). HTTP clients refuse such header values or, worse, split the request at a line feed.',
		fix: 'Remove the character; it usually came from a file, a terminal or a copy across lines.',
		example: 'Authorization: Bearer sk_live_4eC7\tp9Qz2Lm8',
		reference: 'RFC 9110 §5.5',
	},
	'empty-credentials': {
		title: 'Empty credentials',
		explanation:
			'The scheme is there but no key is: `Bearer ` with nothing after it, or Basic credentials that decode to a lone colon. This is what a variable that was never set produces.',
		fix: 'Check that the variable holding the key is set in the environment where the request runs.',
		example: 'Authorization: Basic Og==',
	},
	'placeholder-not-replaced': {
		title: 'Placeholder instead of a key',
		explanation:
			'The credentials are a placeholder copied from documentation (`YOUR_API_KEY`, `<token>`), a variable reference that was sent literally (`$TOKEN` in single quotes), or the text of a missing value (`undefined`, `null`, `None`).',
		fix: 'Put the real key in its place, or make sure the variable is expanded: double quotes in a shell, a template string in code.',
		example: 'Authorization: Bearer YOUR_API_KEY',
	},
	'shell-expansion': {
		title: 'Shell rewrites the value',
		explanation:
			'Inside double quotes (or no quotes) a shell expands `$name`, runs `` `…` `` and `$(…)`, and an interactive shell replaces `!word` with an earlier command. A key containing these characters reaches curl changed.',
		fix: 'Put the key in single quotes, or better, in an environment variable referenced as `"$API_KEY"`.',
		example:
			'curl -H "Authorization: Bearer sk_live_4eC7$p9Qz" https://app.leadterra.co/v1/sender-pools',
	},
	'wrong-header-name': {
		title: 'Wrong header name',
		explanation:
			'The credentials are in a header the API does not read: a misspelling such as `Authorisation`, or `X-API-Key` for an API that wants `Authorization`. The API then sees no credentials at all and answers 401.',
		fix: 'Send the credentials in the header the API documents: `Authorization` for every API on this site.',
		example: 'Authorisation: Bearer sk_live_4eC7p9Qz2Lm8',
	},
	'rate-limited-403': {
		title: '403 caused by a rate limit',
		explanation:
			'The response is a 403 but carries rate-limit signs (`Retry-After`, a remaining quota of 0, or a body about limits). Some APIs refuse an exhausted quota with 403 instead of 429: the key is fine.',
		fix: 'Wait until the time given by `Retry-After` or the reset header, then retry with backoff.',
		example:
			'HTTP/1.1 403 Forbidden\nX-RateLimit-Remaining: 0\nRetry-After: 30\n\n{"message":"API rate limit exceeded"}',
	},
	'redirect-uri-mismatch': {
		title: 'Redirect URI does not match',
		explanation:
			'The authorization server refused the redirect URI: it must equal, character for character, one registered for the client (scheme, host, port, path and trailing slash included), and the token request must repeat the same value.',
		fix: "Register the exact URI in the API's app settings, or send exactly the registered one in both requests.",
		example:
			'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"redirect_uri_mismatch"}',
		reference: 'RFC 6749 §3.1.2, §4.1.3',
	},
	'invalid-pkce-verifier': {
		title: 'Invalid PKCE code verifier',
		explanation:
			'A PKCE code verifier is 43 to 128 characters drawn from letters, digits and `-._~`. A shorter value, or one with other characters, is refused by the token endpoint.',
		fix: 'Generate 32 random bytes and encode them as base64url without padding: that gives 43 valid characters.',
		example:
			'curl -d grant_type=authorization_code -d code=abc -d code_verifier=short https://api.example.com/oauth/token',
		reference: 'RFC 7636 §4.1',
	},
	'duplicated-credentials': {
		title: 'Credentials sent twice',
		explanation:
			'The request carries credentials in more than one place: two Authorization headers, `-u` plus an Authorization header, or a header plus a key in the URL. Servers pick one, refuse the request, or a client drops one silently.',
		fix: 'Send the credentials once, in the Authorization header.',
		example:
			'curl -u :0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e -H "Authorization: Basic OjBmN2M=" https://api.lemlist.com/api/team',
		reference: 'RFC 6749 §2.3',
	},
	'invalid-base64': {
		title: 'Not Base64',
		explanation:
			'The Basic credentials contain a character outside the Base64 alphabet, or have a length no Base64 string can have, so the server cannot decode them.',
		fix: 'Encode `user-id:password` again with a standard Base64 encoder and paste the whole result.',
		example: 'Authorization: Basic OmFi*2M=',
		reference: 'RFC 4648 §4',
	},
	'invalid-token-character': {
		title: 'Character not allowed in a token',
		explanation:
			'A Bearer token is one run of letters, digits and `-._~+/`, optionally followed by `=`. A space, comma, brace or other punctuation means extra text was copied with the token.',
		fix: 'Send only the token itself after `Bearer `.',
		example: 'Authorization: Bearer sk_live_4eC7p9Qz2Lm8,',
		reference: 'RFC 6750 §2.1',
	},
	'wrong-basic-form': {
		title: 'Key in the wrong half of Basic credentials',
		explanation:
			'This API wants the key in one half of `user-id:password` (for example an empty username and the key as password, `:KEY`), but the credentials put it elsewhere.',
		fix: 'Encode the credentials in the form the API documents; the corrected header below does it.',
		example: 'Authorization: Basic MGY3YzJiOWU0ZDFhOGYzYjZjNWU5YTJkN2I0ZjFjOGU6',
		exampleProfile: 'lemlist',
	},
	'duplicated-header-name': {
		title: 'Header name inside the value',
		explanation:
			'The value starts with `Authorization:` again. A library was given the whole header line where it expected only the value.',
		fix: 'Pass only the value (`Bearer …`) where the code sets the Authorization header.',
		example: 'Authorization: Authorization: Bearer sk_live_4eC7p9Qz2Lm8',
	},
	'missing-line-continuation': {
		title: 'cURL command split across lines',
		explanation:
			'A line of the command ends without a backslash, or with a space after the backslash, so the shell runs curl without the following options (the headers) and then fails on the next line.',
		fix: 'End every line but the last with a backslash and nothing after it, or put the command on one line.',
		example: 'curl https://api.lemlist.com/api/team\n  -H "Authorization: Basic OjBmN2M="',
	},
	'unterminated-quote': {
		title: 'Quote never closed',
		explanation:
			'A quote opens an argument but nothing closes it. An interactive shell then waits for more input (the `>` or `dquote>` prompt) instead of running the command; in a script, everything up to the next matching quote, the URL included, becomes one argument.',
		fix: 'Close the quote right after the value it opened, or retype the command on one line.',
		example:
			'curl -H "Authorization: Bearer sk_live_4eC7p9Qz2Lm8 https://app.leadterra.co/v1/sender-pools',
	},
	'other-scheme': {
		title: 'A scheme this site does not build',
		explanation:
			'The header uses an authentication scheme other than Basic and Bearer: Digest, `Token`, `ApiKey`, AWS Signature Version 4 and others. They are valid where an API documents them; the doctor names the scheme but does not check its credentials, because each is defined by its own specification or vendor.',
		fix: "Check the API's documentation for the scheme it expects. If it takes a key as a Bearer token or in Basic credentials, pick it above and the doctor rebuilds the header.",
		example:
			'Authorization: Digest username="api", realm="api", nonce="dcd98b7102dd2f0e", uri="/v1/me", response="6629fae49393a05397450978507c4ef1"',
		reference: 'RFC 9110 §11, §16.4',
	},
	'header-too-large': {
		title: 'Header too large for most servers',
		explanation:
			'The header line is longer than 8 KB. Many servers and proxies refuse header fields (or all headers together) above 8 KB with 431 Request Header Fields Too Large, or close the connection. Large JWTs with many claims, or a cookie pasted into the header, are the usual cause.',
		fix: 'Send a shorter credential: fewer claims in the token, a reference token instead of a self-contained one, or a key.',
		example: `Authorization: Bearer ${'a'.repeat(8200)}`,
		reference: 'RFC 6585 §5',
	},
	'decomposed-unicode': {
		title: 'Decomposed Unicode (NFD)',
		explanation:
			'The credentials hold accented letters written as a base letter plus a combining mark (NFD), as macOS file names and some keyboards produce them. RFC 7617 asks the sender to normalise to NFC before encoding, and a server that stored the password in NFC compares different bytes.',
		fix: "Normalise to NFC before encoding (`normalize('NFC')` in JavaScript, `unicodedata.normalize('NFC', …)` in Python); the corrected header does it.",
		example: "curl -u 'jose\u0301:pa\u0301ss' https://api.example.com/v1/users/me",
		reference: 'RFC 7617 §2.1',
	},
} as const satisfies Record<DoctorCode, FindingCodeInfo>;

/** A stable finding code, declared in the registry. */
export type FindingCode = DoctorCode;

/** Every code, in the registry's order (the order of the page's sections). */
export const findingCodeList: FindingCode[] = troubleshootingCodesOf('doctor');

/** Type guard for a code read from outside, e.g. a URL fragment. */
export function isFindingCode(value: string): value is FindingCode {
	return (findingCodeList as readonly string[]).includes(value);
}

/** How serious a finding is, from the registry. */
export function findingSeverity(code: FindingCode): Severity {
	return troubleshootingCodes[code].severity;
}
