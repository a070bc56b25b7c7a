/**
 * Go names for the variables a snippet reads from the environment: `API_KEY` becomes `apiKey`
 * (Go style has no underscores). A name that is a Go keyword or predeclared identifier, or one
 * the snippet itself uses (`url`, `req`, `body`…), gets a `Value` suffix so the program compiles.
 * JavaScript and Python keep the variable's own name (API_KEY), which no keyword can take.
 */
const taken = new Set(
	(
		'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var ' +
		'any append bool byte cap close complex complex64 complex128 copy delete error false float32 float64 imag int int8 int16 int32 int64 iota len make new nil panic print println real recover rune string true uint uint8 uint16 uint32 uint64 uintptr ' +
		'base64 fmt io log http os strings url main req resp err body form basic userPass formEncode query rand sha256 json time random sum challenge interval answer data status'
	).split(' '),
);

/** `API_KEY` → `apiKey`. */
export function camelName(envVar: string): string {
	const words = envVar
		.toLowerCase()
		.split('_')
		.filter((word) => word !== '');
	return words
		.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1)))
		.join('');
}

/** One distinct Go identifier per environment variable, none of them taken. */
export function goNames(envVars: readonly string[]): ReadonlyMap<string, string> {
	const names = new Map<string, string>();
	const used = new Set<string>();
	for (const envVar of envVars) {
		const base = camelName(envVar);
		let name = taken.has(base) ? `${base}Value` : base;
		for (let n = 2; used.has(name); n++) name = `${base}${n}`;
		used.add(name);
		names.set(envVar, name);
	}
	return names;
}
