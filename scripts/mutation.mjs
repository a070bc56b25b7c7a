#!/usr/bin/env node
// `npm run mutation [-- <folder> …]`: StrykerJS over the core, one src/lib folder at a time (the
// machine is shared; one folder's run is one Stryker process with at most two test workers), each
// with its own incremental file so an unchanged folder is not mutated again. Prints the score of
// each folder and exits 1 when one is under 85%.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const folders = ['share', 'auth', 'snippets', 'mock-api'];
const asked = process.argv.slice(2);
const unknown = asked.filter((folder) => !folders.includes(folder));
if (unknown.length > 0) {
	console.error(`Unknown folder ${unknown.join(', ')}: choose from ${folders.join(', ')}.`);
	process.exit(2);
}
const minimum = 85;
const scores = [];
for (const folder of asked.length > 0 ? asked : folders) {
	console.log(`\n=== Mutation testing src/lib/${folder} ===`);
	const report = `reports/mutation/${folder}.json`;
	// Stryker runs the tests in a sandbox copy under .stryker-tmp/: name the seeds beside this clone.
	const env = {
		SEEDS_DIR: resolve('..', 'shared', 'seeds'),
		...process.env,
		MUTATION_FOLDER: folder,
	};
	const { status } = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit', env });
	if (status !== 0) {
		console.error(`Stryker failed on src/lib/${folder} with exit code ${status}.`);
		process.exit(1);
	}
	const files = Object.values(JSON.parse(readFileSync(report, 'utf8')).files);
	const count = (states) =>
		files.flatMap((file) => file.mutants).filter((mutant) => states.includes(mutant.status)).length;
	const killed = count(['Killed', 'Timeout']);
	const valid = killed + count(['Survived', 'NoCoverage']);
	scores.push({
		folder,
		killed,
		valid,
		ignored: count(['Ignored']),
		score: valid === 0 ? 100 : (100 * killed) / valid,
	});
}
console.log(
	'\n| folder | mutants killed | score | left out (static or prose) |\n| --- | --- | --- | --- |',
);
for (const { folder, killed, valid, ignored, score } of scores)
	console.log(`| src/lib/${folder} | ${killed} of ${valid} | ${score.toFixed(1)}% | ${ignored} |`);
process.exit(scores.every(({ score }) => score >= minimum) ? 0 : 1);
