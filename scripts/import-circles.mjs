#!/usr/bin/env node
// Fails when src/ has an import circle: two modules that need each other cannot be understood, tested
// or moved one at a time. TypeScript's own scanner and resolver read the graph (the same rules
// `astro check` uses, `.ts` extensions included); the only hand-written part is Tarjan's algorithm,
// a dozen lines, which no dependency would make shorter. `.astro` files are leaves: nothing in src/
// imports a component from TypeScript, so no circle can pass through one.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Every .ts/.mts/.mjs file below `dir`. */
function sourceFiles(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.(ts|mts|mjs)$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The import graph of `files`: each file to the files of the same set it imports. */
export function importGraph(
	files,
	options = {
		allowImportingTsExtensions: true,
		module: ts.ModuleKind.NodeNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
	},
) {
	const known = new Set(files);
	const host = ts.sys;
	return new Map(
		files.map((file) => {
			const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
			const targets = importedFiles
				.map(
					({ fileName }) =>
						ts.resolveModuleName(fileName, file, options, host).resolvedModule?.resolvedFileName,
				)
				.filter((target) => target !== undefined && known.has(target));
			return [file, [...new Set(targets)]];
		}),
	);
}

/** Strongly connected components with more than one file (or a file importing itself). */
export function circles(graph) {
	const index = new Map();
	const low = new Map();
	const stack = [];
	const onStack = new Set();
	const found = [];
	let next = 0;
	const visit = (node) => {
		index.set(node, next);
		low.set(node, next++);
		stack.push(node);
		onStack.add(node);
		for (const target of graph.get(node) ?? []) {
			if (!index.has(target)) {
				visit(target);
				low.set(node, Math.min(low.get(node), low.get(target)));
			} else if (onStack.has(target)) low.set(node, Math.min(low.get(node), index.get(target)));
		}
		if (low.get(node) !== index.get(node)) return;
		const component = [];
		let member;
		do {
			member = stack.pop();
			onStack.delete(member);
			component.push(member);
		} while (member !== node);
		if (component.length > 1 || graph.get(node)?.includes(node)) found.push(component.sort());
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const root = process.argv[2] ?? 'src';
	const found = circles(importGraph(sourceFiles(root)));
	if (found.length > 0) {
		console.error(`${found.length} import circle(s) in ${root}/:`);
		for (const component of found)
			console.error(`  ${component.map((file) => relative('.', file)).join(' <-> ')}`);
		process.exit(1);
	}
	console.log(`No import circle in ${root}/.`);
}
