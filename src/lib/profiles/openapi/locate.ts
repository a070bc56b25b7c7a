/**
 * Turning a parser message into a JSON pointer (RFC 6901), so an error names where in the document
 * it is: the `$ref` that points nowhere, or the value on the line a schema error quotes (the
 * parser quotes lines of the dereferenced document printed as `JSON.stringify(doc, null, 2)`).
 */
import { pointer, record } from './document.ts';

/** The pointer of the first object whose `$ref` is `target`, searched depth first; undefined if none. */
export function findRef(
	doc: unknown,
	target: string,
	path: readonly string[] = [],
): string | undefined {
	if (Array.isArray(doc)) {
		for (const [index, item] of doc.entries()) {
			const found = findRef(item, target, [...path, String(index)]);
			if (found !== undefined) return found;
		}
		return undefined;
	}
	const object = record(doc);
	if (!object) return undefined;
	if (object['$ref'] === target) return pointer(...path);
	for (const [key, value] of Object.entries(object)) {
		const found = findRef(value, target, [...path, key]);
		if (found !== undefined) return found;
	}
	return undefined;
}

/**
 * The pointer of the value that starts on 1-based `line` of `JSON.stringify(doc, null, 2)`, or
 * undefined past the end. Each member and element of a non-empty object or array starts a line.
 */
export function pointerAtLine(doc: unknown, line: number): string | undefined {
	let current = 1;
	const walk = (value: unknown, path: readonly string[]): string | undefined => {
		if (current === line) return pointer(...path);
		const entries: [string, unknown][] = Array.isArray(value)
			? value.map((item, index) => [String(index), item])
			: Object.entries(record(value) ?? {}).filter(([, item]) => item !== undefined);
		if (typeof value !== 'object' || value === null || entries.length === 0) return undefined;
		for (const [key, item] of entries) {
			current++;
			const found = walk(item, [...path, key]);
			if (found !== undefined) return found;
		}
		current++;
		return undefined;
	};
	return line === 1 ? '' : walk(doc, []);
}
