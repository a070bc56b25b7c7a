// The budgets we hold the site to, in one table. A budget with nothing measured yet (a module
// not written, a page type not built) is reported as not measured, never as met.
const KB = 1024;

/** Lighthouse categories, each held to 100 on every page type. */
const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** `{ name, value, limit, unit, status }` per budget line; status is 'ok', 'over' or 'not measured'. */
export function evaluateBudgets(results) {
	const lines = [];
	const line = (name, value, limit, unit, fits) =>
		lines.push({
			name,
			value,
			limit,
			unit,
			status: value === undefined ? 'not measured' : fits(value) ? 'ok' : 'over',
		});

	// One line per category: the lowest median over the page types, named, so a miss is findable.
	for (const id of lighthouseCategories) {
		const measured = results.pageTypes.filter(
			(entry) => entry.lighthouse?.scores[id] !== undefined,
		);
		const lowest = measured.reduce(
			(low, entry) =>
				low === undefined || entry.lighthouse.scores[id] < low.lighthouse.scores[id] ? entry : low,
			undefined,
		);
		const where = lowest && lowest.lighthouse.scores[id] < 100 ? ` (lowest: ${lowest.type})` : '';
		line(
			`Lighthouse ${id}, every page type${where}`,
			lowest?.lighthouse.scores[id],
			100,
			'score',
			(value) => value >= 100,
		);
	}
	// Issue 16: our JS at load on every page, the largest of each kind named so a miss is findable.
	const pages = results.pages ?? [];
	const largest = (island) =>
		pages
			.filter((page) => page.island === island)
			.reduce(
				(big, page) => (big === undefined || page.ours.gzip > big.ours.gzip ? page : big),
				undefined,
			);
	const withIsland = largest(true);
	line(
		`our JS at load, every page with an island (largest: ${withIsland?.path ?? 'none'})`,
		withIsland?.ours.gzip,
		15 * KB,
		'bytes gz',
		(value) => value <= 15 * KB,
	);
	const without = largest(false);
	line(
		`our JS at load, every page without an island (largest: ${without?.path ?? 'none'})`,
		without?.ours.gzip,
		0,
		'bytes gz',
		(value) => value === 0,
	);
	// What the figure above cannot see: a script an untouched page fetches beyond its HTML's imports.
	const untouched = results.untouchedLoad;
	line(
		'island pages fetching scripts untouched beyond their imports (untouched-load.mjs)',
		untouched?.beyond.length,
		0,
		'pages',
		(value) => value === 0,
	);
	const after = (path) => results.afterInteraction?.[path]?.gzip;
	line(
		'all JS fetched after load, /playground/ used fully',
		after('/playground/'),
		25 * KB,
		'bytes gz',
		(value) => value <= 25 * KB,
	);
	line(
		'all JS fetched after load, /troubleshooting/ after a paste',
		after('/troubleshooting/'),
		10 * KB,
		'bytes gz',
		(value) => value <= 10 * KB,
	);
	line(
		'keystroke-to-update p95 (playground)',
		results.keystroke?.p95,
		2,
		'ms',
		(value) => value <= 2,
	);
	const cpu = results.build?.cpuSeconds;
	line(
		`full build, wall time${cpu === undefined ? '' : ` (${cpu.toFixed(1)} s of CPU)`}`,
		results.build?.seconds,
		20,
		's',
		(value) => value <= 20,
	);
	// Issue 17: with 200 APIs each one still adds the same size, and the build fits in a minute.
	const scaled = results.scale?.builds.at(-1);
	line(
		'dist size added per API, 2nd half ÷ 1st half (scale)',
		results.scale?.growth.bytesLinearity,
		1.1,
		'×',
		(value) => value <= 1.1,
	);
	line(
		`build with ${scaled?.profiles ?? 'the most'} APIs, CPU time (scale)`,
		scaled?.cpuSeconds,
		60,
		's',
		(value) => value <= 60,
	);
	line(
		'core as a page ships it (header + four snippets)',
		results.core?.page?.gzip,
		6 * KB,
		'bytes gz',
		(value) => value <= 6 * KB,
	);
	return lines;
}

/** Whether one per-page figure breaks its budget, for marking the page tables. */
export function isOverOnPage(page, column, value) {
	if (value === undefined) return false;
	if (lighthouseCategories.includes(column)) return value < 100;
	if (column === 'ours') return value > (page.island ? 15 * KB : 0);
	return false;
}
