/**
 * Runs generated snippets with their real runtimes, many per process: bash and zsh read them as
 * typed into an interactive shell (history expansion on, as when pasted), node imports each as
 * its own ES module, python3 runs each file with runpy, and Go builds them all at once. The code
 * each case runs is exactly the emitter's output; only Go's `batch` mode renames `func main` so
 * that many programs share one binary (see `runGo`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Runtime = 'bash' | 'zsh' | 'node' | 'python' | 'go';

/** One snippet to run: `id` is letters and digits; `env` is added to the child's environment. */
export interface SnippetCase {
	readonly id: string;
	readonly code: string;
	readonly env?: Readonly<Record<string, string>>;
}

/** What one snippet printed (stderr is shared by a batch in the shells and Go `batch` mode). */
export interface CaseOutput {
	readonly stdout: string;
	readonly stderr: string;
}

export interface RunOptions {
	/** Go only: `programs` builds each snippet as its own program (slower), `batch` links one binary. */
	readonly goMode?: 'programs' | 'batch';
	readonly timeoutMs?: number;
}

const marker = (id: string) => `@@snippet-case ${id}@@`;
const markerLine = /\n?@@snippet-case (\w+)@@\n/;

/** The child environment: no proxies, UTF-8 locale, no shell history file, plus the cases' variables. */
export function childEnv(cases: readonly SnippetCase[]): Record<string, string> {
	const keep = ['PATH', 'HOME', 'TMPDIR', 'GOCACHE', 'GOPATH', 'GOROOT', 'GOMODCACHE'];
	const env: Record<string, string> = {
		LANG: 'C.UTF-8',
		LC_ALL: 'C.UTF-8',
		HISTFILE: '',
		PYTHONDONTWRITEBYTECODE: '1',
		NO_PROXY: '*',
		no_proxy: '*',
	};
	for (const name of keep) if (process.env[name] !== undefined) env[name] = process.env[name];
	for (const item of cases) Object.assign(env, item.env);
	return env;
}

interface Exec {
	readonly stdout: string;
	readonly stderr: string;
	readonly code: number | null;
}

/** Runs one process to completion, feeding `input` on stdin. */
export function exec(
	command: string,
	args: readonly string[],
	options: { cwd?: string; env: Record<string, string>; input?: string; timeoutMs: number },
): Promise<Exec> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			cwd: options.cwd,
			env: options.env,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		const out: Buffer[] = [];
		const err: Buffer[] = [];
		const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
		child.stdout.on('data', (data: Buffer) => out.push(data));
		child.stderr.on('data', (data: Buffer) => err.push(data));
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({
				stdout: Buffer.concat(out).toString('utf8'),
				stderr: Buffer.concat(err).toString('utf8'),
				code,
			});
		});
		child.stdin.on('error', () => undefined);
		child.stdin.end(options.input ?? '');
	});
}

/** Splits a batch's stdout at the case markers. */
export function splitOutput(stdout: string, stderr: string): Map<string, CaseOutput> {
	const parts = stdout.split(markerLine);
	const outputs = new Map<string, CaseOutput>();
	for (let index = 1; index < parts.length; index += 2)
		outputs.set(parts[index]!, { stdout: parts[index + 1] ?? '', stderr });
	return outputs;
}

function shellScript(cases: readonly SnippetCase[]): string {
	return (
		cases.map((item) => `printf '\\n%s\\n' '${marker(item.id)}'\n${item.code}\n`).join('') +
		'exit\n'
	);
}

// The runners print the same marker as `marker(id)`, built from the id at run time.
const nodeRunner = `import { pathToFileURL } from 'node:url';
for (const [id, file] of JSON.parse(process.argv[2])) {
	console.log('\\n@@snippet-case ' + id + '@@');
	try {
		await import(pathToFileURL(file).href);
	} catch (error) {
		console.error(id, error);
	}
}
`;

const pythonRunner = `import json, runpy, sys, traceback
for case_id, path in json.loads(sys.argv[1]):
    print("\\n@@snippet-case " + case_id + "@@", flush=True)
    try:
        runpy.run_path(path, run_name="__main__")
    except BaseException:
        traceback.print_exc()
    sys.stdout.flush()
`;

async function runFiles(
	runtime: 'node' | 'python',
	dir: string,
	cases: readonly SnippetCase[],
	timeoutMs: number,
): Promise<Map<string, CaseOutput>> {
	const extension = runtime === 'node' ? 'mjs' : 'py';
	const files = cases.map((item) => {
		const file = join(dir, `${item.id}.${extension}`);
		writeFileSync(file, item.code);
		return [item.id, file];
	});
	const runner = join(dir, `runner.${extension}`);
	writeFileSync(runner, runtime === 'node' ? nodeRunner : pythonRunner);
	const command = runtime === 'node' ? process.execPath : 'python3';
	const result = await exec(command, [runner, JSON.stringify(files)], {
		cwd: dir,
		env: childEnv(cases),
		timeoutMs,
	});
	return splitOutput(result.stdout, result.stderr);
}

/**
 * Go: `programs` writes each snippet unchanged as its own `package main` and builds them all with
 * one `go build -o bin/ ./...`, then runs each binary (about a second of linking per program).
 * `batch` puts every snippet in one package, its `func main()` renamed `func snippetN()`, and a
 * generated main calls them in turn: one compile and one link for hundreds. The rename is the
 * only change, and the emitter declares nothing else at top level, so a snippet that compiles in
 * the batch compiles alone (it can only refer to its own imports; an unused one fails both ways).
 */
async function runGo(
	dir: string,
	cases: readonly SnippetCase[],
	mode: 'programs' | 'batch',
	timeoutMs: number,
): Promise<Map<string, CaseOutput>> {
	writeFileSync(join(dir, 'go.mod'), 'module snippets\n\ngo 1.19\n');
	const env = childEnv(cases);
	if (mode === 'batch') {
		const calls: string[] = [];
		for (const item of cases) {
			const renamed = item.code.replace('\nfunc main() {\n', `\nfunc snippet${item.id}() {\n`);
			if (renamed === item.code || renamed.includes('\nfunc main() {\n'))
				throw new Error(`Snippet ${item.id} does not have exactly one func main.`);
			writeFileSync(join(dir, `case_${item.id}.go`), renamed);
			calls.push(`\tfmt.Println("\\n${marker(item.id)}")\n\tsnippet${item.id}()`);
		}
		writeFileSync(
			join(dir, 'main.go'),
			`package main\n\nimport "fmt"\n\nfunc main() {\n${calls.join('\n')}\n}\n`,
		);
		const build = await exec('go', ['build', '-ldflags=-s -w', '-o', 'batch', '.'], {
			cwd: dir,
			env,
			timeoutMs,
		});
		if (build.code !== 0) throw new Error(`go build failed:\n${build.stderr}`);
		const run = await exec(join(dir, 'batch'), [], { cwd: dir, env, timeoutMs });
		return splitOutput(run.stdout, run.stderr);
	}
	for (const item of cases) {
		mkdirSync(join(dir, 'cmd', item.id), { recursive: true });
		writeFileSync(join(dir, 'cmd', item.id, 'main.go'), item.code);
	}
	const build = await exec('go', ['build', '-ldflags=-s -w', '-o', 'bin/', './...'], {
		cwd: dir,
		env,
		timeoutMs,
	});
	if (build.code !== 0) throw new Error(`go build failed:\n${build.stderr}`);
	const outputs = new Map<string, CaseOutput>();
	for (const item of cases) {
		const run = await exec(join(dir, 'bin', item.id), [], {
			cwd: dir,
			env: childEnv([item]),
			timeoutMs,
		});
		outputs.set(item.id, { stdout: run.stdout, stderr: run.stderr });
	}
	return outputs;
}

/** Runs every case with `runtime` and returns what each printed, by id. */
export async function runSnippets(
	runtime: Runtime,
	cases: readonly SnippetCase[],
	options: RunOptions = {},
): Promise<Map<string, CaseOutput>> {
	const timeoutMs = options.timeoutMs ?? 120_000;
	const dir = mkdtempSync(join(tmpdir(), `snippets-${runtime}-`));
	try {
		if (runtime === 'node' || runtime === 'python')
			return await runFiles(runtime, dir, cases, timeoutMs);
		if (runtime === 'go') return await runGo(dir, cases, options.goMode ?? 'batch', timeoutMs);
		const args = runtime === 'bash' ? ['--norc', '--noprofile', '-i'] : ['-f', '-i'];
		const result = await exec(runtime, args, {
			cwd: dir,
			env: childEnv(cases),
			input: shellScript(cases),
			timeoutMs,
		});
		return splitOutput(result.stdout, result.stderr);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** The status and body a snippet printed: curl prints the body then the status, the others the reverse. */
export function parsePrinted(
	runtime: Runtime,
	stdout: string,
): { readonly status: number; readonly body: string } | undefined {
	const match =
		runtime === 'bash' || runtime === 'zsh'
			? /^([\s\S]*)\n(\d{3})\n$/.exec(stdout)
			: /^(\d{3})\n([\s\S]*)\n$/.exec(stdout);
	if (!match) return undefined;
	const [status, body] =
		runtime === 'bash' || runtime === 'zsh' ? [match[2]!, match[1]!] : [match[1]!, match[2]!];
	return { status: Number(status), body };
}
