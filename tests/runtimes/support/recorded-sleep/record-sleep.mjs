// Loaded with `node --import` while a backoff example runs: a timer the example itself sets is
// recorded in $SLEEP_LOG (seconds, one per line) and fires at once; timers of Node's own modules
// (fetch keeps some) are left alone. The test then reads the wait instead of timing it.
import { appendFileSync } from 'node:fs';

const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = (callback, ms, ...args) => {
	if (!/backoff\.mjs/.test(new Error().stack ?? '')) return realSetTimeout(callback, ms, ...args);
	appendFileSync(process.env.SLEEP_LOG, `${(ms ?? 0) / 1000}\n`);
	return realSetTimeout(callback, 0, ...args);
};
