/**
 * One finding as a list item, cloned from the server-rendered template and filled with
 * `textContent` only: the paste reaches the page as text, never as markup.
 */
import { codeSegments, excerpt, lineAndColumn, type Finding } from '../../lib/diagnose/index.ts';

export interface FindingLabels {
	readonly severity: Readonly<Record<Finding['severity'], string>>;
	readonly where: string;
}

/** A sentence with `backticked` parts as `<code>` nodes, built without parsing any HTML. */
function prose(text: string): Node[] {
	return codeSegments(text).map((segment) => {
		if (!segment.code) return document.createTextNode(segment.text);
		const code = document.createElement('code');
		code.textContent = segment.text;
		return code;
	});
}

function slot(item: Element, name: string): HTMLElement | null {
	return item.querySelector<HTMLElement>(`[data-slot="${name}"]`);
}

function fill(item: Element, name: string, text: string): void {
	const target = slot(item, name);
	if (target) target.textContent = text;
}

/** A filled list item for `finding`, found at its position in `paste`. */
export function renderFinding(
	template: HTMLTemplateElement,
	finding: Finding,
	index: number,
	paste: string,
	labels: FindingLabels,
	textOf: (code: string, part: 'title' | 'fix') => string,
): HTMLElement {
	const item = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
	item.dataset['severity'] = finding.severity;
	item.dataset['index'] = String(index);
	const badge = slot(item, 'severity');
	if (badge) {
		badge.dataset['severity'] = finding.severity;
		badge.textContent = labels.severity[finding.severity];
	}
	const title = slot(item, 'title');
	if (title instanceof HTMLAnchorElement) {
		title.href = `#${finding.code}`;
		title.textContent = textOf(finding.code, 'title');
	}
	fill(item, 'code', finding.code);
	fill(item, 'message', finding.message);
	slot(item, 'fix')?.replaceChildren(...prose(finding.fix ?? textOf(finding.code, 'fix')));
	const { line, column } = lineAndColumn(paste, finding.position);
	fill(
		item,
		'where',
		labels.where.replace('{line}', String(line)).replace('{column}', String(column)),
	);
	const around = excerpt(paste, finding.position, finding.length);
	fill(item, 'before', around.before);
	fill(item, 'marked', around.marked);
	fill(item, 'after', around.after);
	const correctedLine = slot(item, 'corrected-line');
	if (correctedLine && finding.corrected !== undefined) {
		correctedLine.hidden = false;
		fill(item, 'corrected', finding.corrected);
	}
	return item;
}
