// Lighthouse scores per page: mobile (Lighthouse's default form factor and simulated throttling),
// Debian's Chromium, run offline against `astro preview`. Each page is audited `runs` times and
// each category reports the median, because single runs on a shared machine wobble.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../tests/e2e/support/browser.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The middle value (upper middle for an even count). */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** One Lighthouse run: category scores 0–100 and the failing audits of each category. */
async function audit(url, port) {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: categories });
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
	const scores = {};
	const failing = {};
	for (const id of categories) {
		const category = lhr.categories[id];
		scores[id] = Math.round((category?.score ?? 0) * 100);
		failing[id] = (category?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => ref.id);
	}
	// Lighthouse's own CPU benchmark: low values mean the machine was busy during this run.
	return { scores, failing, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) };
}

/** Medians per category for each `{ path }`, audited `runs` times on `baseURL`. */
export async function lighthouseScores(baseURL, paths, runs = 3) {
	const chrome = await launch({
		chromePath: chromiumLaunchOptions.executablePath,
		chromeFlags: [...chromiumLaunchOptions.args, '--headless=new'],
		logLevel: 'silent',
	});
	try {
		const results = {};
		for (const path of paths) {
			const samples = [];
			for (let run = 0; run < runs; run += 1) samples.push(await audit(new URL(path, baseURL).href, chrome.port));
			const scores = Object.fromEntries(categories.map((id) => [id, median(samples.map((sample) => sample.scores[id]))]));
			const failing = Object.fromEntries(categories.map((id) => [id, [...new Set(samples.flatMap((sample) => sample.failing[id]))]]));
			const runScores = samples.map((sample) => ({ ...sample.scores, benchmarkIndex: sample.benchmarkIndex }));
			results[path] = { scores, runs: runScores, failing };
		}
		return results;
	} finally {
		chrome.kill();
	}
}
