/**
 * `npm run profile -- --from-openapi <file> --id <id> [--out <dir>] [--force]`: writes
 * src/content/profiles/<id>.yaml (or <dir>/<id>.yaml) from an OpenAPI 3.0/3.1 or Swagger 2.0
 * document. The mapping is pure and tested in src/lib/profiles/openapi/; this file only reads,
 * parses, writes and reports.
 *
 * Parsing, $ref resolution and validation are @readme/openapi-parser's, not ours: it reads JSON
 * and YAML, validates Swagger 2.0, OpenAPI 3.0 and 3.1 against their schemas plus rules the
 * schemas miss (duplicate operationIds, undeclared path parameters), names the JSON pointer of a
 * schema error, and dereferences. It is maintained by ReadMe (a hard fork of swagger-parser, run
 * on thousands of real APIs), its errors are written for people, and the same team publishes the
 * example documents the tests import. @scalar/openapi-parser was the other candidate; its
 * validator reports JSON Schema paths without the document's own messages. Response samples come
 * from openapi-sampler (Redocly's), for documents that give a schema but no example.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { dereference, parse, validate } from '@readme/openapi-parser';
import { sample } from 'openapi-sampler';
import { stringify } from 'yaml';
import { profileFromOpenApi } from '../src/lib/profiles/openapi/from-openapi.ts';
import { findRef, pointerAtLine } from '../src/lib/profiles/openapi/locate.ts';
import { parseProfile, ProfileError } from '../src/lib/profiles/index.ts';

const usage = 'Usage: npm run profile -- --from-openapi <file> --id <id> [--out <dir>] [--force]';

/** Stops with `message` on stderr and exit code 1 (2 for a usage error); nothing is written. */
function fail(message: string, code = 1): never {
	process.stderr.write(`${message}${code === 1 ? ' Nothing was written.' : ''}\n`);
	process.exit(code);
}

/** How the document is named in the profile: package@version/path for a file from an npm package. */
function sourceName(file: string): string {
	const parts = resolve(file).split(`${sep}node_modules${sep}`);
	if (parts.length < 2) return relative(process.cwd(), file);
	const inside = parts.at(-1)!.split(sep);
	const packageName = inside[0]!.startsWith('@') ? inside.slice(0, 2).join('/') : inside[0]!;
	const root = join(
		parts.slice(0, -1).join(`${sep}node_modules${sep}`),
		'node_modules',
		...packageName.split('/'),
	);
	const version = (
		JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }
	).version;
	return `the npm package ${packageName}${version ? `@${version}` : ''}, file ${inside.slice(packageName.split('/').length).join('/')},`;
}

/** The JSON pointer a parser message names, or where a dangling $ref sits in the raw document. */
async function pointerOf(file: string, message: string): Promise<string> {
	const named = /`(\/[^`]*)`/.exec(message)?.[1];
	if (named) return named;
	const missing = /Missing \$ref pointer "([^"]+)"/.exec(message)?.[1];
	if (missing) {
		const raw = await parse(file).catch(() => undefined);
		return (raw && findRef(raw, missing)) ?? '';
	}
	// A schema error quotes the dereferenced document's JSON with a "> 5311 |" marker on its line.
	const line = /^> +(\d+) \|/m.exec(message)?.[1];
	if (line) {
		const doc = await dereference(file).catch(() => undefined);
		return (doc && pointerAtLine(doc, Number(line))) ?? '';
	}
	return '';
}

const { values } = parseArgs({
	options: {
		'from-openapi': { type: 'string' },
		id: { type: 'string' },
		out: { type: 'string' },
		force: { type: 'boolean', default: false },
	},
	strict: true,
});
const file = values['from-openapi'];
const id = values.id;
if (!file || !id) fail(usage, 2);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
	fail(`--id ${id}: use lowercase letters, digits and single hyphens; it becomes /apis/${id}/.`, 2);
if (!existsSync(file)) fail(`${file}: no such file.`);
const target = join(
	values.out ?? join(import.meta.dirname, '..', 'src', 'content', 'profiles'),
	`${id}.yaml`,
);
if (existsSync(target) && !values.force) fail(`${target} exists; pass --force to replace it.`);

/** One line for a parser message: where (the JSON pointer, or line and column of YAML that does not parse) and its first line. */
async function rejection(message: string): Promise<string> {
	const first = message.split('\n')[0]!.replace(/^Error parsing [^:]+: /, '');
	const position = /\((\d+):(\d+)\)$/.exec(first);
	if (/^Error parsing /.test(message) && position)
		return `${file}:${position[1]}:${position[2]}: the document does not parse as YAML or JSON (so there is no JSON pointer yet): ${first}`;
	return `${file}#${await pointerOf(file!, message)}: the OpenAPI parser rejects the document: ${first}`;
}

let doc: Record<string, unknown>;
try {
	const result = await validate(file, { validate: { errors: { colorize: false } } });
	if (!result.valid) {
		const more = result.errors.length - 1 + result.additionalErrors;
		fail(
			`${await rejection(result.errors[0]?.message ?? 'The document is not valid.')}${more > 0 ? ` (and ${more} more)` : ''}`,
		);
	}
	doc = (await dereference(file)) as unknown as Record<string, unknown>;
} catch (error) {
	fail(await rejection(error instanceof Error ? error.message : String(error)));
}

const imported = profileFromOpenApi(doc, {
	id,
	source: sourceName(file),
	sample: (schema) =>
		sample(schema as Parameters<typeof sample>[0], { skipWriteOnly: true, quiet: true }, doc),
});
if (!imported.ok) fail(`${file}#${imported.problem.pointer}: ${imported.problem.message}`);
try {
	parseProfile(imported.profile, `${id}.yaml`);
} catch (error) {
	if (error instanceof ProfileError)
		fail(`${file}: the profile made from it does not validate.\n${error.message}\n`);
	throw error;
}
const header = `# ${imported.profile.name}, made from its OpenAPI document by npm run profile -- --from-openapi.\n# Every guess the importer made is listed under assumptions: check them against the API's docs.\n`;
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, header + stringify(imported.profile, { lineWidth: 0 }), {
	flag: values.force ? 'w' : 'wx',
});
process.stdout.write(
	`Wrote ${relative(process.cwd(), target)} (${imported.profile.auth.scheme}${imported.profile.oauth ? ' and OAuth 2.0' : ''}; ${imported.profile.assumptions?.length ?? 0} assumptions to check).\n`,
);
