/**
 * Real-world pastes, as people send them to support, each with the shape the doctor must read it
 * as, the findings it must report and those it must not. Keys are fake; shapes follow what the
 * tools really write (Chrome's and Firefox's copies, Postman's bulk edit, PowerShell's cmdlets).
 */
import type { FindingCode } from '../../../src/lib/diagnose/index.ts';
import type { Shape } from '../../../src/lib/diagnose/reading.ts';

export interface Paste {
	readonly name: string;
	readonly paste: string;
	/** The shape, or `unrecognised`. */
	readonly shape: Shape | 'unrecognised';
	readonly expected: readonly FindingCode[];
	readonly forbidden: readonly FindingCode[];
	readonly profile?: string;
}

const lemlistKey = '0f7c2b9e4d1a8f3b6c5e9a2d7b4f1c8e';
const lemlistBasic = 'OjBmN2MyYjllNGQxYThmM2I2YzVlOWEyZDdiNGYxYzhl';
const live = 'sk_live_4eC7p9Qz2Lm8Rt5Vw';
const example = 'ex_live_7Hq2Lm9Rt4Vw8Zb3';
const url = 'https://api.example.com/v1/users/me';
const noErrors: FindingCode[] = [
	'missing-scheme',
	'shell-expansion',
	'placeholder-not-replaced',
	'missing-line-continuation',
	'unterminated-quote',
	'invalid-token-character',
];

export const pastes: readonly Paste[] = [
	// cURL for bash/zsh
	{
		name: 'bash: Chrome copy with several headers',
		paste: `curl '${url}' \\\n  -H 'accept: application/json' \\\n  -H 'authorization: Bearer ${example}' \\\n  -H 'sec-ch-ua: "Chromium";v="124"' \\\n  --compressed`,
		shape: 'curl-bash',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'bash: Firefox copy',
		paste: `curl '${url}' -H 'User-Agent: Mozilla/5.0' -H 'Accept: */*' -H 'Authorization: Bearer ${example}' -H 'Connection: keep-alive'`,
		shape: 'curl-bash',
		expected: [],
		forbidden: noErrors,
	},
	{
		name: 'bash: unterminated quote keeps the URL out of the key',
		paste: `curl -H "Authorization: Bearer ${live} https://app.leadterra.co/v1/sender-pools`,
		shape: 'curl-bash',
		expected: ['unterminated-quote'],
		forbidden: ['invalid-token-character', 'missing-scheme'],
	},
	{
		name: 'bash: -u with the env variable',
		paste: `curl -u ":$LEMLIST_API_KEY" https://api.lemlist.com/api/team`,
		shape: 'curl-bash',
		expected: [],
		forbidden: noErrors,
	},
	{
		name: 'bash: password that is the word password',
		paste: 'curl -u admin:password https://x.test/v1/me',
		shape: 'curl-bash',
		expected: [],
		forbidden: ['placeholder-not-replaced'],
	},
	{
		name: 'bash: key glued to a dollar in double quotes',
		paste: `curl -H "Authorization: Bearer sk_live_4eC7$p9Qz" https://x.test`,
		shape: 'curl-bash',
		expected: ['shell-expansion'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'bash: Windows variable in bash is sent as text',
		paste: 'curl -H "Authorization: Bearer %API_KEY%" https://x.test/v1 -H \'Accept: */*\'',
		shape: 'curl-bash',
		expected: ['placeholder-not-replaced'],
		forbidden: ['shell-expansion'],
	},
	// cURL for Windows cmd
	{
		name: 'cmd: Chrome copy with Bearer Bearer',
		paste: `curl "${url}" ^\n  -H "Accept: application/json" ^\n  -H "Authorization: Bearer Bearer ${example}"`,
		shape: 'curl-cmd',
		expected: ['duplicated-scheme'],
		forbidden: ['missing-line-continuation', 'missing-scheme'],
	},
	{
		name: 'cmd: new Chrome ^" quoting',
		paste: `curl ^"${url}^" ^\n  -H ^"accept: application/json^" ^\n  -H ^"authorization: Bearer ${example}^" ^\n  -H ^"sec-ch-ua: ^\\^"Chromium^\\^";v=^\\^"124^\\^"^" ^\n  --compressed`,
		shape: 'curl-cmd',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'cmd: %VAR% is the intended variable',
		paste: `curl ^"${url}^" ^\n  -H ^"authorization: Bearer %API_KEY%^"`,
		shape: 'curl-cmd',
		expected: [],
		forbidden: [...noErrors, 'invalid-token-character'],
	},
	{
		name: 'cmd: a line without ^ drops the headers',
		paste: `curl "${url}"\n  -H "Authorization: Bearer ${example}" ^\n  -H "Accept: */*"`,
		shape: 'curl-cmd',
		expected: ['missing-line-continuation'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'cmd: -u with %KEY%',
		paste: 'curl -u :%LEMLIST_API_KEY% ^\n  https://api.lemlist.com/api/team',
		shape: 'curl-cmd',
		expected: [],
		forbidden: noErrors,
	},
	// cURL in PowerShell
	{
		name: 'PowerShell: curl.exe with $env:',
		paste: `curl.exe ${url} \`\n  -H "Authorization: Bearer $env:API_KEY"`,
		shape: 'curl-powershell',
		expected: [],
		forbidden: [...noErrors, 'invalid-token-character'],
	},
	{
		name: 'PowerShell: curl.exe with a literal key',
		paste: `curl.exe -H "Authorization: Bearer ${example}" ${url}`,
		shape: 'curl-powershell',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'PowerShell: backtick continuation with -u',
		paste: `curl.exe -u ":$env:LEMLIST_API_KEY" \`\n  https://api.lemlist.com/api/team`,
		shape: 'curl-powershell',
		expected: [],
		forbidden: noErrors,
	},
	{
		name: 'PowerShell: single quotes are literal',
		paste: `curl.exe -H 'Authorization: Basic ${lemlistBasic}' https://api.lemlist.com/api/team`,
		shape: 'curl-powershell',
		expected: [],
		forbidden: noErrors,
		profile: 'lemlist',
	},
	{
		name: 'PowerShell: space after the backtick',
		paste: `curl.exe ${url} \` \n  -H "Authorization: Bearer ${example}"`,
		shape: 'curl-powershell',
		expected: ['missing-line-continuation'],
		forbidden: ['missing-scheme'],
	},
	// wget
	{
		name: 'wget: --header with Bearer',
		paste: `wget --header="Authorization: Bearer ${example}" ${url}`,
		shape: 'wget',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'wget: --header with a missing scheme',
		paste: `wget -q -O - --header "Authorization: ${lemlistKey}" https://api.lemlist.com/api/team`,
		shape: 'wget',
		expected: ['missing-scheme'],
		forbidden: ['shell-expansion'],
	},
	{
		name: 'wget: --user and --password',
		paste: `wget --user= --password=${lemlistKey} https://api.lemlist.com/api/team`,
		shape: 'wget',
		expected: [],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'wget: placeholder token',
		paste: `wget --header='Authorization: Bearer YOUR_API_KEY' ${url}`,
		shape: 'wget',
		expected: ['placeholder-not-replaced'],
		forbidden: ['missing-scheme'],
	},
	// HTTPie
	{
		name: 'HTTPie: localhost shorthand with a header item',
		paste: `http :8080/v1/users/me Authorization:'Bearer ${example}'`,
		shape: 'httpie',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'HTTPie: -a :KEY',
		paste: `http -a :${lemlistKey} https://api.lemlist.com/api/team`,
		shape: 'httpie',
		expected: [],
		forbidden: ['missing-scheme', 'missing-colon'],
		profile: 'lemlist',
	},
	{
		name: 'HTTPie: bearer auth type',
		paste: `http -A bearer -a ${example} GET api.example.com/v1/users/me`,
		shape: 'httpie',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'HTTPie: Bearer twice',
		paste: `https api.example.com/v1/users/me "Authorization: Bearer Bearer ${example}"`,
		shape: 'httpie',
		expected: ['duplicated-scheme'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'HTTPie: JSON body',
		paste: `http POST :8080/v1/items Authorization:"Bearer ${example}" name=widget count:=3`,
		shape: 'httpie',
		expected: [],
		forbidden: noErrors,
	},
	// PowerShell Invoke-RestMethod / Invoke-WebRequest
	{
		name: 'Invoke-RestMethod with $env: in the hashtable',
		paste: `Invoke-RestMethod -Uri "${url}" -Headers @{Authorization = "Bearer $env:API_KEY"}`,
		shape: 'powershell-web',
		expected: [],
		forbidden: [...noErrors, 'invalid-token-character'],
	},
	{
		name: 'Invoke-RestMethod with a headers variable',
		paste: `$headers = @{\n  "Authorization" = "Bearer ${example}"\n  "Accept" = "application/json"\n}\nInvoke-RestMethod -Uri ${url} -Headers $headers`,
		shape: 'powershell-web',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'Invoke-WebRequest as Chrome copies it',
		paste: `$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n$session.UserAgent = "Mozilla/5.0"\nInvoke-WebRequest -UseBasicParsing -Uri "${url}" \`\n-WebSession $session \`\n-Headers @{\n"authority"="api.example.com"\n  "method"="GET"\n  "accept"="application/json"\n  "authorization"="Bearer ${example}"\n}`,
		shape: 'powershell-web',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'irm with a missing space after Bearer',
		paste: `irm ${url} -Headers @{ Authorization = 'Bearer${example}' }`,
		shape: 'powershell-web',
		expected: ['missing-space-after-scheme'],
		forbidden: ['shell-expansion'],
	},
	{
		name: 'Invoke-RestMethod with Basic',
		paste: `Invoke-RestMethod -Method Get -Uri https://api.lemlist.com/api/team -Headers @{ Authorization = "Basic ${lemlistBasic}" }`,
		shape: 'powershell-web',
		expected: [],
		forbidden: noErrors,
		profile: 'lemlist',
	},
	// base64 pipelines
	{
		name: 'echo without -n',
		paste: 'echo "user:pass" | base64',
		shape: 'base64-pipeline',
		expected: ['trailing-newline'],
		forbidden: ['missing-scheme', 'unencoded-basic'],
	},
	{
		name: 'echo -n is right',
		paste: `echo -n ":${lemlistKey}" | base64`,
		shape: 'base64-pipeline',
		expected: [],
		forbidden: ['trailing-newline', 'missing-scheme'],
	},
	{
		name: "printf '%s' is right",
		paste: `printf '%s' ':${lemlistKey}' | base64`,
		shape: 'base64-pipeline',
		expected: [],
		forbidden: ['trailing-newline'],
	},
	{
		name: 'here-string adds a newline',
		paste: `base64 <<< ":${lemlistKey}"`,
		shape: 'base64-pipeline',
		expected: ['trailing-newline'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'echo of a key without colon',
		paste: `echo -n ${lemlistKey} | base64`,
		shape: 'base64-pipeline',
		expected: ['missing-colon'],
		forbidden: ['trailing-newline'],
	},
	// fetch
	{
		name: 'fetch: Chrome "Copy as fetch"',
		paste: `fetch("${url}", {\n  "headers": {\n    "accept": "application/json",\n    "authorization": "Bearer ${example}",\n    "sec-ch-ua": "\\"Chromium\\";v=\\"124\\""\n  },\n  "referrer": "https://app.example.com/",\n  "referrerPolicy": "strict-origin-when-cross-origin",\n  "body": null,\n  "method": "GET",\n  "mode": "cors",\n  "credentials": "include"\n});`,
		shape: 'fetch',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'fetch: Chrome "Copy as fetch (Node.js)"',
		paste: `fetch("${url}", {\n  "headers": {\n    "accept": "application/json",\n    "authorization": "Bearer Bearer ${example}",\n    "Referer": "https://app.example.com/"\n  },\n  "body": null,\n  "method": "GET"\n});`,
		shape: 'fetch',
		expected: ['duplicated-scheme'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'fetch: Firefox copy',
		paste: `await fetch("${url}", {\n    "credentials": "include",\n    "headers": {\n        "User-Agent": "Mozilla/5.0",\n        "Authorization": "Bearer ${example}"\n    },\n    "method": "GET",\n    "mode": "cors"\n});`,
		shape: 'fetch',
		expected: [],
		forbidden: noErrors,
	},
	{
		name: 'fetch: hand-written with process.env',
		paste: `const res = await fetch('${url}', {\n  headers: { Authorization: \`Bearer \${process.env.API_KEY}\` },\n});`,
		shape: 'fetch',
		expected: [],
		forbidden: [...noErrors, 'invalid-token-character'],
	},
	{
		name: 'fetch: undefined key',
		paste: `fetch('${url}', { headers: { Authorization: 'Bearer undefined' } })`,
		shape: 'fetch',
		expected: ['placeholder-not-replaced'],
		forbidden: ['missing-scheme'],
	},
	// Python requests
	{
		name: 'Python: auth=("", KEY)',
		paste: 'requests.get("https://api.lemlist.com/api/team", auth=("", KEY))',
		shape: 'python-requests',
		expected: [],
		forbidden: noErrors,
	},
	{
		name: 'Python: headers dict with f-string',
		paste: `import os\nimport requests\n\nr = requests.get(\n    "${url}",\n    headers={"Authorization": f"Bearer {os.environ['API_KEY']}"},\n)`,
		shape: 'python-requests',
		expected: [],
		forbidden: noErrors,
	},
	{
		name: 'Python: HTTPBasicAuth with literal values',
		paste: `from requests.auth import HTTPBasicAuth\nrequests.get("https://api.lemlist.com/api/team", auth=HTTPBasicAuth("", "${lemlistKey}"))`,
		shape: 'python-requests',
		expected: [],
		forbidden: noErrors,
		profile: 'lemlist',
	},
	{
		name: 'Python: newline in the header value',
		paste: `requests.get("${url}", headers={"Authorization": "Bearer ${example}\\n"})`,
		shape: 'python-requests',
		expected: ['trailing-newline'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'Python: headers variable and post',
		paste: `headers = {"Authorization": "Token abc123def456", "Content-Type": "application/json"}\nrequests.post("${url}", headers=headers, data='{"a":1}')`,
		shape: 'python-requests',
		expected: ['other-scheme'],
		forbidden: ['missing-scheme'],
	},
	// Go
	{
		name: 'Go: Header.Set with os.Getenv',
		paste: `req, _ := http.NewRequest("GET", "${url}", nil)\nreq.Header.Set("Authorization", "Bearer "+os.Getenv("API_KEY"))`,
		shape: 'go-net-http',
		expected: [],
		forbidden: noErrors,
	},
	{
		name: 'Go: SetBasicAuth',
		paste: `req, _ := http.NewRequest(http.MethodGet, "https://api.lemlist.com/api/team", nil)\nreq.SetBasicAuth("", os.Getenv("LEMLIST_API_KEY"))`,
		shape: 'go-net-http',
		expected: [],
		forbidden: noErrors,
	},
	{
		name: 'Go: missing space after Bearer',
		paste: `req.Header.Set("Authorization", "Bearer"+token)`,
		shape: 'go-net-http',
		expected: ['missing-space-after-scheme'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'Go: literal key with a live prefix',
		paste: `req, err := http.NewRequest("POST", "${url}", strings.NewReader("a=1"))\nreq.Header.Set("Content-Type", "application/x-www-form-urlencoded")\nreq.Header.Set("Authorization", "Bearer ${example}")`,
		shape: 'go-net-http',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	// Postman bulk edit
	{
		name: 'Postman: Bearer with a Postman variable',
		paste:
			'Content-Type:application/json\nAuthorization:Bearer {{api_key}}\nAccept:application/json',
		shape: 'postman-bulk',
		expected: [],
		forbidden: [...noErrors, 'missing-space-after-scheme'],
	},
	{
		name: 'Postman: a correct lemlist header',
		paste: `Content-Type:application/json\nAuthorization:Basic ${lemlistBasic}`,
		shape: 'postman-bulk',
		expected: [],
		forbidden: [...noErrors, 'missing-space-after-scheme'],
		profile: 'lemlist',
	},
	{
		name: 'Postman: disabled line',
		paste: `//X-Debug:1\nAuthorization:Bearer ${example}`,
		shape: 'postman-bulk',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'Postman: Bearer Bearer',
		paste: 'Accept:*/*\nAuthorization:Bearer Bearer {{token}}',
		shape: 'postman-bulk',
		expected: ['duplicated-scheme'],
		forbidden: ['missing-scheme'],
	},
	// raw HTTP requests
	{
		name: 'raw: GET with Host',
		paste: `GET /v1/users/me HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer ${example}\nAccept: application/json`,
		shape: 'raw-request',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'raw: POST with a body',
		paste: `POST /v1/items HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\nAuthorization: Bearer ${example}\n\n{"name":"widget"}`,
		shape: 'raw-request',
		expected: [],
		forbidden: noErrors,
	},
	{
		name: 'raw: Basic with a raw key',
		paste: `GET /api/team HTTP/1.1\nHost: api.lemlist.com\nAuthorization: Basic ${lemlistKey}`,
		shape: 'raw-request',
		expected: ['unencoded-basic'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'raw: misspelled header',
		paste: `GET /v1/users/me HTTP/1.1\nHost: api.example.com\nAuthorisation: Bearer ${example}`,
		shape: 'raw-request',
		expected: ['wrong-header-name'],
		forbidden: ['missing-scheme'],
	},
	// header lines and values
	{
		name: 'header: Basic with bad Base64 length',
		paste: 'Authorization: Basic QWxhZ',
		shape: 'header-lines',
		expected: ['invalid-base64'],
		forbidden: ['unencoded-basic'],
	},
	{
		name: 'header: Digest',
		paste:
			'Authorization: Digest username="api", realm="api", nonce="dcd98b7102dd2f0e", uri="/v1/me", response="6629fae49393a05397450978507c4ef1"',
		shape: 'header-lines',
		expected: ['other-scheme'],
		forbidden: ['missing-scheme', 'invalid-token-character'],
	},
	{
		name: 'header: Token',
		paste: 'Authorization: Token abc123def456',
		shape: 'header-lines',
		expected: ['other-scheme'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'header: AWS SigV4',
		paste:
			'Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
		shape: 'header-lines',
		expected: ['other-scheme'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'header: ApiKey',
		paste: `Authorization: ApiKey ${example}`,
		shape: 'header-lines',
		expected: ['other-scheme'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'header: network panel block',
		paste: `accept: application/json\nauthorization: Bearer ${example}\nuser-agent: Mozilla/5.0`,
		shape: 'header-lines',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'value: Basic with a password that is "password"',
		paste: `Basic ${Buffer.from('admin:password').toString('base64')}`,
		shape: 'header-value',
		expected: [],
		forbidden: ['placeholder-not-replaced'],
	},
	{
		name: 'value: bare key',
		paste: example,
		shape: 'header-value',
		expected: ['missing-scheme'],
		forbidden: [],
	},
	// HAR
	{
		name: 'HAR: whole log',
		paste: JSON.stringify(
			{
				log: {
					version: '1.2',
					entries: [
						{
							request: {
								method: 'GET',
								url,
								httpVersion: 'HTTP/1.1',
								headers: [
									{ name: 'Accept', value: 'application/json' },
									{ name: 'Authorization', value: `Bearer ${example}` },
								],
								queryString: [],
							},
						},
					],
				},
			},
			null,
			2,
		),
		shape: 'har',
		expected: ['live-key'],
		forbidden: noErrors,
	},
	{
		name: 'HAR: one entry with Bearer Bearer',
		paste: JSON.stringify({
			request: {
				method: 'GET',
				url,
				headers: [{ name: 'authorization', value: `Bearer Bearer ${example}` }],
			},
		}),
		shape: 'har',
		expected: ['duplicated-scheme'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'HAR: HTTP/2 pseudo-headers are skipped',
		paste: JSON.stringify(
			{
				request: {
					method: 'GET',
					url,
					headers: [
						{ name: ':authority', value: 'api.example.com' },
						{ name: 'authorization', value: `Bearer ${example}` },
					],
				},
			},
			null,
			1,
		),
		shape: 'har',
		expected: [],
		forbidden: noErrors,
	},
	{
		name: 'HAR: POST with postData',
		paste: JSON.stringify({
			request: {
				method: 'POST',
				url,
				headers: [
					{ name: 'Content-Type', value: 'application/json' },
					{ name: 'Authorization', value: `Basic ${lemlistKey}` },
				],
				postData: { mimeType: 'application/json', text: '{"a":1}' },
			},
		}),
		shape: 'har',
		expected: ['unencoded-basic'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'value: Bearer Bearer',
		paste: `Bearer Bearer ${example}`,
		shape: 'header-value',
		expected: ['duplicated-scheme'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'value: Basic with bad Base64 length',
		paste: 'Basic QWxhZ',
		shape: 'header-value',
		expected: ['invalid-base64'],
		forbidden: ['unencoded-basic'],
	},
	{
		name: 'value: lower-case bearer',
		paste: `bearer ${example}`,
		shape: 'header-value',
		expected: ['lowercase-scheme'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'bash: --oauth2-bearer with a placeholder',
		paste: 'curl --oauth2-bearer "<token>" https://x.test/v1/me',
		shape: 'curl-bash',
		expected: ['placeholder-not-replaced'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'wget: --header with a variable',
		paste: `wget --header="Authorization: Bearer $API_KEY" ${url}`,
		shape: 'wget',
		expected: [],
		forbidden: noErrors,
	},
	{
		name: 'HTTPie: a header item with a JWT',
		paste: `http ${url} 'Authorization:Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMiLCJleHAiOjE3MDAwMDAwMDB9.c2ln'`,
		shape: 'httpie',
		expected: ['expired-jwt'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'raw: Postman-style variable in a raw request is a placeholder',
		paste: `GET /v1/users/me HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer YOUR_API_KEY`,
		shape: 'raw-request',
		expected: ['placeholder-not-replaced'],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'Go: Header map assignment',
		paste: `req.Header["Authorization"] = []string{"Bearer " + os.Getenv("API_KEY")}`,
		shape: 'go-net-http',
		expected: [],
		forbidden: noErrors,
	},
	// not recognised
	{
		name: 'prose',
		paste: 'hello, my API key stopped working yesterday, can you help?',
		shape: 'unrecognised',
		expected: [],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'JSON that is not HAR',
		paste: '{"error": "invalid_api_key", "message": "The key is wrong"}',
		shape: 'unrecognised',
		expected: [],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'a stack trace',
		paste:
			'Traceback (most recent call last):\n  File "main.py", line 3, in <module>\nKeyError: \'API_KEY\'',
		shape: 'unrecognised',
		expected: [],
		forbidden: ['missing-scheme'],
	},
	{
		name: 'an SQL query',
		paste: 'SELECT * FROM api_keys WHERE revoked = false',
		shape: 'unrecognised',
		expected: [],
		forbidden: ['missing-scheme'],
	},
];
