/** The decoded parameters of an authorization URL as table rows, built as nodes (values echo input). */
import { parameterMeanings } from './oauth-text.ts';

function code(text: string): HTMLElement {
	const element = document.createElement('code');
	element.textContent = text;
	return element;
}

/** One row per parameter: name, decoded value, and what it is for. */
export function parameterRows(
	parameters: readonly (readonly [string, string])[],
	method: 'S256' | 'plain',
): HTMLTableRowElement[] {
	return parameters.map(([name, value]) => {
		const row = document.createElement('tr');
		const head = document.createElement('th');
		head.scope = 'row';
		head.append(code(name));
		const cell = document.createElement('td');
		cell.append(code(value));
		const why = document.createElement('td');
		why.textContent =
			name === 'code_challenge' && method === 'plain'
				? 'The verifier itself (plain): anyone who reads this URL can redeem the code.'
				: (parameterMeanings[name] ?? '');
		row.append(head, cell, why);
		return row;
	});
}
