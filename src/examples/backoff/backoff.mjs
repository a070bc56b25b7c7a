// GET a URL with the API key from $API_KEY, retrying 429 and 503 answers: wait at least as long
// as Retry-After asks (RFC 9110 §10.2.3), otherwise back off exponentially with full jitter.
// Run: API_KEY=... node backoff.mjs https://api.example.com/v1/users/me
const MAX_ATTEMPTS = 5;
const BASE_MS = 500; // first backoff ceiling; it doubles after each refusal
const CAP_MS = 30_000; // the ceiling never grows beyond this
const MAX_WAIT_MS = 60_000; // a longer Retry-After means: give up now, try much later

/** Milliseconds until the moment a Retry-After value names, or null if it has none. */
function retryAfterMs(value, now = Date.now()) {
	if (value === null) return null;
	const text = value.trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000; // delta-seconds
	const date = Date.parse(text); // HTTP-date
	return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Full jitter: a random wait between zero and the current ceiling. */
function backoffMs(attempt) {
	return Math.random() * Math.min(CAP_MS, BASE_MS * 2 ** attempt);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchWithBackoff(url, init) {
	for (let attempt = 0; ; attempt++) {
		const response = await fetch(url, init);
		const retryable = response.status === 429 || response.status === 503;
		if (!retryable || attempt + 1 === MAX_ATTEMPTS) return response;
		const hinted = retryAfterMs(response.headers.get('retry-after')) ?? 0;
		const wait = Math.max(hinted, backoffMs(attempt));
		if (wait > MAX_WAIT_MS) return response;
		await response.body?.cancel();
		console.error(`${response.status}: retrying in ${(wait / 1000).toFixed(1)} s`);
		await sleep(wait);
	}
}

const apiKey = process.env.API_KEY;
if (!apiKey) throw new Error('Set API_KEY first.');
const url = process.argv[2] ?? 'https://api.example.com/v1/users/me';
const response = await fetchWithBackoff(url, { headers: { Authorization: `Bearer ${apiKey}` } });
console.log(response.status, await response.text());
process.exitCode = response.ok ? 0 : 1;
