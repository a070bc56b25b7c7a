// Measurements other modules own, called when their file exists. The contract, which
// `bench/keystroke-latency.mjs` set first:
//   - the measuring function is exported under the file's name in camelCase (`keystrokeLatency`,
//     `coreSize`) or as the default export, and is called as `fn(dist, context)` with
//     `context = { root, dist, baseURL, launchOptions }`; it returns an object of figures;
//   - an optional `format…` export turns that object into one line for the bench output.
// The whole object is kept in results.json as returned; `figure` picks the budgeted numbers.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `keystroke-latency` → `keystrokeLatency`. */
function camelCase(name) {
	return name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
}

/**
 * Runs `bench/<name>.mjs` if present: `{ result, line }` (`line` from its `format…` export, if any),
 * `undefined` if the file is absent, `{ error }` if it failed.
 */
export async function optionalMeasure(name, context) {
	const file = join(import.meta.dirname, `${name}.mjs`);
	if (!existsSync(file)) return undefined;
	try {
		const module = await import(pathToFileURL(file).href);
		const measure = module[camelCase(name)] ?? module.default;
		if (typeof measure !== 'function')
			return { error: `${name}.mjs exports neither ${camelCase(name)} nor a default function` };
		const value = await measure(context.dist, context);
		const result = typeof value === 'number' ? { value } : value;
		const format = Object.entries(module).find(
			([key, exported]) => key.startsWith('format') && typeof exported === 'function',
		)?.[1];
		return { result, line: format ? String(format(result)) : undefined };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	}
}

/** The first finite number in `result` under a key matching `pattern`: top level first, then one level down. */
export function figure(result, pattern) {
	if (!result || typeof result !== 'object') return undefined;
	const entries = Object.entries(result);
	const nested = entries.flatMap(([, value]) =>
		value && typeof value === 'object' ? Object.entries(value) : [],
	);
	const found = [...entries, ...nested].find(
		([key, value]) => pattern.test(key) && typeof value === 'number' && Number.isFinite(value),
	);
	return found?.[1];
}
