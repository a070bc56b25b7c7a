/**
 * Names for the variables a snippet declares from environment variables: `API_KEY` becomes
 * `apiKey` in JavaScript and Go, `api_key` in Python. A name that is a keyword, or one the snippet
 * itself uses (`response`, `url`, `req`…), gets a `Value` suffix so the snippet still compiles.
 */

/** Words no env-derived name may take in any of the three languages. */
const taken = new Set(
	(
		// Keywords and literals (JavaScript, Python, Go).
		'break case catch class const continue debugger default delete do else export extends finally for function if import in instanceof new return super switch this throw try typeof var void while with yield let static await async enum implements interface package private protected public null true false undefined NaN Infinity ' +
		'and as assert del elif except from global is lambda nonlocal not or pass raise None True False ' +
		'chan defer fallthrough func go goto map range select struct type nil iota ' +
		// Go predeclared identifiers.
		'any append bool byte cap close complex copy error float32 float64 imag int int8 int16 int32 int64 len make new panic print println real recover rune string uint uint8 uint16 uint32 uint64 uintptr ' +
		// Names the snippets use: packages, globals and locals.
		'base64 fmt io log http os strings url requests process console fetch btoa chr Error Array String TextEncoder URLSearchParams encodeURIComponent ' +
		'response resp req err body bytes form basic userPass user_pass formEncode form_encode value char out main'
	).split(' '),
);

/** `API_KEY` → `apiKey`. */
export function camelName(envVar: string): string {
	const words = envVar.toLowerCase().split('_').filter((word) => word !== '');
	return words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
}

/** `API_KEY` → `api_key`. */
export function snakeName(envVar: string): string {
	return envVar.toLowerCase();
}

/** One distinct identifier per environment variable, in the given style, none of them reserved. */
export function identifiersFor(envVars: readonly string[], style: (envVar: string) => string): ReadonlyMap<string, string> {
	const names = new Map<string, string>();
	const used = new Set<string>();
	for (const envVar of envVars) {
		let name = style(envVar);
		if (taken.has(name)) name += style === snakeName ? '_value' : 'Value';
		for (let n = 2; used.has(name); n++) name = `${style(envVar)}${n}`;
		used.add(name);
		names.set(envVar, name);
	}
	return names;
}
