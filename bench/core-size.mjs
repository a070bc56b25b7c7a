#!/usr/bin/env node
// The auth core and the snippet emitters as the browser receives them (bundled and minified by
// esbuild, then gzip -9), and the time to build an Authorization header plus the four snippets
// (median of many runs, per scenario). A hook of `npm run bench` (see bench/hooks.mjs); alone:
// `npx node bench/core-size.mjs` (Node 24 reads the TypeScript sources). Picks up src/lib/auth
// when it exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const parts = [
	['auth', 'src/lib/auth/index.ts'],
	['snippets', 'src/lib/snippets/index.ts'],
].filter(([, file]) => existsSync(join(root, file)));

/** `{ raw, gzip }` bytes of an entry module, bundled and minified for browsers as Vite would ship it. */
async function entrySize(contents) {
	const result = await build({
		stdin: { contents, resolveDir: root, loader: 'ts' },
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		write: false,
		logLevel: 'silent',
	});
	const code = result.outputFiles[0].contents;
	return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

async function load(file) {
	return import(pathToFileURL(join(root, file)).href);
}

function profile(parseProfile, id) {
	return parseProfile(
		parse(readFileSync(join(root, 'src/content/profiles', `${id}.yaml`), 'utf8')),
		`${id}.yaml`,
	);
}

/** Requests to build, with the auth core when present, else by hand as the header view would get them. */
async function scenarios() {
	if (!parts.some(([name]) => name === 'auth')) {
		const { encodeBase64, utf8Bytes } = await load('src/lib/auth/base64.ts');
		const recipe = {
			kind: 'basic',
			userId: '',
			password: { kind: 'secret', value: 'lem_6f1c2d9a8b7e4f3a', envVar: 'LEMLIST_API_KEY' },
			formEncode: false,
		};
		const header = () => `Basic ${encodeBase64(utf8Bytes(':lem_6f1c2d9a8b7e4f3a'))}`;
		return [
			[
				'Basic :KEY (by hand)',
				() => ({
					method: 'GET',
					url: 'https://api.lemlist.com/api/team',
					headers: [['Authorization', header()]],
					authorization: recipe,
				}),
			],
		];
	}
	const auth = await load('src/lib/auth/index.ts');
	const { parseProfile } = await load('src/lib/profiles/index.ts');
	const [lemlist, leadterra, example] = ['lemlist', 'leadterra', 'example-api'].map((id) =>
		profile(parseProfile, id),
	);
	const client = {
		clientId: 's6BhdRkqt3',
		clientSecret: '7Fjfp0ZBr1KtDRbnfVdmIw',
		method: 'client_secret_basic',
	};
	return [
		[
			'Basic :KEY (lemlist)',
			() => auth.buildProfileRequest(lemlist, { key: 'lem_6f1c2d9a8b7e4f3a' }).request,
		],
		[
			'Bearer (Leadterra)',
			() => auth.buildProfileRequest(leadterra, { key: 'sk_live_51HqLyjWDarjtT1zdp7dc' }).request,
		],
		[
			'OAuth token, client_secret_basic',
			() =>
				auth.buildTokenRequest(example, client, { type: 'client_credentials', scopes: ['read'] })
					.request,
		],
	];
}

/** Median milliseconds of `run` over `iterations`, after a warm-up. */
function median(run, iterations = 3000) {
	for (let i = 0; i < 300; i++) run();
	const times = [];
	for (let i = 0; i < iterations; i++) {
		const start = process.hrtime.bigint();
		run();
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const everything = (files) =>
	files.map((file) => `export * from ${JSON.stringify(`./${file}`)};`).join('\n');
const pageEntry =
	"export { buildProfileRequest } from './src/lib/auth/index.ts'; export { emitRequestSnippets } from './src/lib/snippets/index.ts';";

/**
 * The bench hook (`bench/hooks.mjs`): `gzip` is the budgeted figure, everything both modules
 * export as one bundle; `page` is what a page that builds a header and shows the four snippets
 * ships (tree-shaken to buildProfileRequest + emitRequestSnippets, what its islands call), the figure issue 16 holds to ≤ 6 KB; `modules` each alone;
 * `buildMs` the median time to build a header and the four snippets, per scenario (target ≤ 0.2).
 */
export async function coreSize() {
	const all = await entrySize(everything(parts.map(([, file]) => file)));
	const modules = {};
	for (const [name, file] of parts) modules[name] = await entrySize(everything([file]));
	const page = parts.length === 2 ? await entrySize(pageEntry) : undefined;
	const { emitSnippets } = await load('src/lib/snippets/index.ts');
	const buildMs = {};
	for (const [name, request] of await scenarios()) {
		const check = emitSnippets(request());
		if (!check.ok) throw new Error(`${name}: ${check.error.code}`);
		buildMs[name] = median(() => emitSnippets(request()));
	}
	return { gzip: all.gzip, raw: all.raw, ...(page ? { page } : {}), modules, buildMs };
}

/** The figures next to their targets, for the bench output. */
export function formatCoreSize({ gzip, raw, page, modules, buildMs }) {
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	const lines = [
		`Core (esbuild --minify, gzip -9): auth + snippets, all exports ${kb(gzip)} gz (${kb(raw)} raw)`,
	];
	if (page)
		lines.push(
			`  a page with a header builder and the four snippets ships ${kb(page.gzip)} gz of it (target ≤ 6 KB gz)`,
		);
	lines.push(
		`  ${Object.entries(modules)
			.map(([name, size]) => `${name} ${kb(size.gzip)} gz`)
			.join(', ')}`,
	);
	lines.push(
		`Header + four snippets, median (target ≤ 0.2 ms): ${Object.entries(buildMs)
			.map(([name, ms]) => `${name} ${ms.toFixed(3)} ms`)
			.join('; ')}`,
	);
	return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url))
	console.log(formatCoreSize(await coreSize()));
