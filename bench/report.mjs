// Formats bench results as Markdown tables, so the terminal output pastes into README as is.
// Figures over budget carry a ✗; sizes are KB of 1,024 bytes. A page whose Lighthouse runs never
// found the machine quiet says so: its performance score then measures the neighbours too.
import { isOverOnPage } from './budgets.mjs';

const kb = (bytes) => (bytes === undefined ? '—' : (bytes / 1024).toFixed(1));

/** One Markdown table from a header row and body rows. */
function table(header, rows) {
	const line = (cells) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** `value` formatted, with ✗ when it breaks the budget of `column` on `page`. */
function cell(page, column, value, format) {
	return `${format(value)}${isOverOnPage(page, column, value) ? ' ✗' : ''}`;
}

const score = (value) => (value === undefined ? '—' : String(value));

/** Every built page: its type, whether it has an island, our JS and all JS at load. */
export function everyPageTable(pages) {
	return table(
		['page', 'type', 'island', 'our JS raw', 'our JS gz', 'total JS raw', 'total JS gz'],
		pages.map((page) => [
			`\`${page.path}\``,
			page.type,
			page.island ? 'yes' : 'no',
			kb(page.ours.raw),
			cell(page, 'ours', page.ours.gzip, kb),
			kb(page.raw),
			kb(page.gzip),
		]),
	);
}

/** The Lighthouse table: the page standing for each page type, its four medians. */
export function pageTable(pageTypes) {
	return table(
		['page type', 'page', 'our JS gz', 'perf', 'a11y', 'best pr.', 'SEO'],
		pageTypes.map((entry) => [
			entry.type,
			entry.path
				? `\`${entry.path}\`${entry.lighthouse?.busy ? ' (busy machine)' : ''}`
				: 'none built',
			cell(entry, 'ours', entry.ours?.gzip, kb),
			...['performance', 'accessibility', 'best-practices', 'seo'].map((id) =>
				cell(entry, id, entry.lighthouse?.scores[id], score),
			),
		]),
	);
}

/** A budget figure in its unit: KB for byte budgets, as is otherwise. */
function formatFigure(value, unit) {
	if (value === undefined) return '—';
	if (unit === 'bytes gz') return `${kb(value)} KB gz`;
	if (unit === 'score') return String(value);
	return `${Number(value.toFixed(2))} ${unit}`;
}

/** The budget table: one line per budget, over-budget lines marked. */
export function budgetTable(lines) {
	const mark = { ok: 'ok', over: '✗ over', 'not measured': 'not measured' };
	return table(
		['budget', 'measured', 'limit', ''],
		lines.map(({ name, value, limit, unit, status }) => [
			name,
			formatFigure(value, unit),
			formatFigure(limit, unit),
			mark[status],
		]),
	);
}

/** The scale table: each copy's size and build, the growth from the smallest to the largest, and linearity. */
export function scaleTable(scale) {
	const { builds, growth } = scale;
	const first = builds[0];
	const last = builds.at(-1);
	const rows = builds.map((build) => [
		`${build.profiles} APIs`,
		String(build.pages),
		`${build.cpuSeconds.toFixed(1)} s (${build.seconds.toFixed(1)} s wall)`,
		`${(build.bytes / 1024 / 1024).toFixed(2)} MB`,
	]);
	rows.push(
		[
			`growth ${first.profiles} → ${last.profiles} (×${growth.profiles.toFixed(1)})`,
			`×${(last.pages / first.pages).toFixed(2)}`,
			`×${growth.cpuSeconds.toFixed(2)}`,
			`×${growth.bytes.toFixed(2)}`,
		],
		// What each API adds between one copy and the next: constant when the site grows linearly.
		...builds.slice(1).map((build, index) => {
			const from = builds[index];
			const added = build.profiles - from.profiles;
			return [
				`each added API, ${from.profiles} → ${build.profiles}`,
				`${((build.pages - from.pages) / added).toFixed(1)}`,
				`${(((build.cpuSeconds - from.cpuSeconds) / added) * 1000).toFixed(0)} ms`,
				`${kb((build.bytes - from.bytes) / added)} KB`,
			];
		}),
		[
			'added API, 2nd half ÷ 1st half (1 = linear)',
			'',
			`×${growth.cpuSecondsLinearity.toFixed(2)}`,
			`×${growth.bytesLinearity.toFixed(2)}`,
		],
	);
	return table(['site', 'pages', 'build (CPU)', 'dist size'], rows);
}
