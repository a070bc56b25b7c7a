// Measurements other modules own, called when their file exists. Contract, kept loose so each
// owner can shape its module: a default export or a named function export, called with
// `{ root, dist, baseURL, launchOptions }`, returning an object of figures:
//   core-size.mjs           → a gzip size in bytes under a key containing "gz" (e.g. `gzip`)
//   keystroke-latency.mjs   → `p50` and `p95` in milliseconds (keys containing "p50"/"p95")
// The whole object is kept in results.json as returned.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Runs `bench/<name>.mjs` if present: its result object, `undefined` if absent, `{ error }` if it threw. */
export async function optionalMeasure(name, context) {
	const file = join(import.meta.dirname, `${name}.mjs`);
	if (!existsSync(file)) return undefined;
	try {
		const module = await import(pathToFileURL(file).href);
		const measure = typeof module.default === 'function' ? module.default : Object.values(module).find((value) => typeof value === 'function');
		if (!measure) return { error: `${name}.mjs exports no function` };
		const result = await measure(context);
		return typeof result === 'number' ? { value: result } : result;
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	}
}

/** The first finite number in `result` under a key matching `pattern`: top level first, then one level down. */
export function figure(result, pattern) {
	if (!result || typeof result !== 'object') return undefined;
	const entries = Object.entries(result);
	const nested = entries.flatMap(([, value]) => (value && typeof value === 'object' ? Object.entries(value) : []));
	const found = [...entries, ...nested].find(([key, value]) => pattern.test(key) && typeof value === 'number' && Number.isFinite(value));
	return found?.[1];
}
