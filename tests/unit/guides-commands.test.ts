/**
 * Shell commands in the guides are real: every sh/bash block parses with `bash -n`, every block
 * followed by an "Output" block is run and must print exactly that output, and Base64 output
 * must equal what the core encoder produces, so a guide and the builders cannot disagree.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { encodeBase64, utf8Bytes } from '../../src/lib/auth/base64.ts';
import { repoRoot } from '../support/own-words.ts';

interface Block {
	readonly lang: string;
	readonly meta: string;
	readonly code: string;
}

/** Fenced code blocks of a Markdown/MDX source, in order. */
function blocks(source: string): Block[] {
	const found: Block[] = [];
	for (const match of source.matchAll(/^(`{3,})(\w*)([^\n]*)\n([\s\S]*?)\n\1[ \t]*$/gm)) {
		found.push({ lang: match[2] ?? '', meta: match[3] ?? '', code: match[4] ?? '' });
	}
	return found;
}

const docsDir = join(repoRoot, 'src', 'content', 'docs');
const pages = readdirSync(docsDir, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
	.map((entry) => join(entry.parentPath, entry.name))
	.sort();

const shellBlocks = pages.flatMap((file) => {
	const all = blocks(readFileSync(file, 'utf8'));
	return all.flatMap((block, i) => {
		if (block.lang !== 'sh' && block.lang !== 'bash') return [];
		const next = all[i + 1];
		const output =
			next && next.lang === 'text' && /title="Output"/.test(next.meta) ? next.code : undefined;
		return [{ page: relative(repoRoot, file), command: block.code, output }];
	});
});
const withOutput = shellBlocks.filter((block) => block.output !== undefined);

/** What the core says a `printf '%s' 'X' | base64` or `echo 'X' | base64` prints. */
function coreBase64(command: string): string | undefined {
	const printf = /^printf '%s' '([^']*)' \| base64$/.exec(command);
	if (printf) return encodeBase64(utf8Bytes(printf[1]!));
	const echo = /^echo '([^']*)' \| base64$/.exec(command);
	if (echo) return encodeBase64(utf8Bytes(`${echo[1]!}\n`));
	return undefined;
}

test('the guides show shell commands with their output', () => {
	expect(withOutput.length).toBeGreaterThanOrEqual(2);
});

describe.each(shellBlocks)('$page: $command', ({ command, output }) => {
	test('parses with bash -n', () => {
		expect(() => execFileSync('bash', ['-n'], { input: command })).not.toThrow();
	});

	if (output !== undefined) {
		test('prints exactly the output shown', () => {
			const stdout = execFileSync('bash', ['-c', command], {
				env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LC_ALL: 'C.UTF-8' },
				timeout: 10_000,
			});
			expect(stdout.toString('utf8').trimEnd()).toBe(output);
		});

		const expected = coreBase64(command);
		if (expected !== undefined) {
			test('agrees with the core Base64 encoder', () => {
				expect(output).toBe(expected);
			});
		}
	}
});
