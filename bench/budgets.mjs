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
	const row = (type) => results.pageTypes.find((entry) => entry.type === type);

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
	line(
		'our JS on the playground',
		row('playground')?.ours?.gzip,
		25 * KB,
		'bytes gz',
		(value) => value <= 25 * KB,
	);
	line(
		'our JS on a guide without islands',
		row('guide without islands')?.ours?.gzip,
		0,
		'bytes gz',
		(value) => value === 0,
	);
	line(
		'JS fetched after the heaviest interaction (playground)',
		results.interaction?.gzip,
		25 * KB,
		'bytes gz',
		(value) => value <= 25 * KB,
	);
	line(
		'keystroke-to-update p95 (playground)',
		results.keystroke?.p95,
		4,
		'ms',
		(value) => value <= 4,
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
		'core (auth + snippets)',
		results.core?.gzip,
		6 * KB,
		'bytes gz',
		(value) => value <= 6 * KB,
	);
	return lines;
}

/** Whether one per-page figure breaks its budget, for marking the page table. */
export function isOverOnPage(type, column, value) {
	if (value === undefined) return false;
	if (lighthouseCategories.includes(column)) return value < 100;
	if (column === 'ours' && type === 'playground') return value > 25 * KB;
	if (column === 'ours' && type === 'guide without islands') return value > 0;
	return false;
}
