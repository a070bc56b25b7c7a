/**
 * The shape of an Authorization value around its credentials: a header name pasted into the
 * value, wrapping quotes, the single space after the scheme (RFC 9110 §11.4: `auth-scheme
 * [ 1*SP token68 ]`; strict servers split on exactly one), a scheme written twice, and two
 * credentials merged into one value by a proxy or library.
 */
import { report, type Collector } from '../findings/collector.ts';
import { slice, spanOf, trimLocated, type Located } from '../findings/located.ts';

const headerName = /^authori[sz]ation[ \t]*:[ \t]*/i;
const wrappingQuotes = /^(["'])([\s\S]*)\1$/;
const schemeAgain = /^(?:bearer|basic)(?=[ :=]|$)[ :=]*/i;
const secondCredentials = /[ \t]*,[ \t]*(?:bearer|basic)\b/i;

/** Removes `Authorization:` pasted at the start of a value. */
export function stripHeaderName(into: Collector, value: Located): Located {
	const match = value.text.match(headerName);
	if (!match) return value;
	report(
		into,
		'duplicated-header-name',
		spanOf(value, 0, match[0].length),
		'The value starts with "Authorization:" again: the header name was pasted into the value.',
	);
	return slice(value, match[0].length);
}

/** Removes quotes wrapping the whole value (or the whole credentials), which would be sent as part of it. */
export function stripQuotes(into: Collector, value: Located, what = 'the value'): Located {
	const match = value.text.match(wrappingQuotes);
	if (!match || value.text.length < 2) return value;
	const quote = match[1] === '"' ? 'Double' : 'Single';
	report(
		into,
		'quoted-value',
		spanOf(value, 0, 1),
		`${quote} quotes surround ${what}, and they are sent with it.`,
	);
	return trimLocated(slice(value, 1, value.text.length - 1));
}

/**
 * Checks what follows the scheme name and returns the credentials, or undefined (after reporting
 * `empty-credentials`) when there are none.
 */
export function checkCredentialsSeparator(
	into: Collector,
	value: Located,
	scheme: string,
): Located | undefined {
	const rest = value.text.slice(scheme.length);
	// A colon or equals sign right after the scheme stands for the missing space; after a space it is data (`Basic :KEY`).
	const gap = rest.match(/^(?: +|[:=][ :=]*)/)?.[0] ?? '';
	if (gap.includes(':') || gap.includes('=') || (gap === '' && rest !== '')) {
		const glued =
			gap === ''
				? 'runs straight into the credentials'
				: `is followed by "${gap.trim()}" instead of a space`;
		report(
			into,
			'missing-space-after-scheme',
			spanOf(value, scheme.length, scheme.length + gap.length),
			`The scheme "${scheme}" ${glued}.`,
		);
	} else if (gap.length > 1) {
		report(
			into,
			'surrounding-whitespace',
			spanOf(value, scheme.length + 1, scheme.length + gap.length),
			`There are ${gap.length} spaces after "${scheme}"; strict servers expect exactly one.`,
		);
	}
	let credentials = slice(value, scheme.length + gap.length);
	const again = credentials.text.match(schemeAgain);
	if (again) {
		report(
			into,
			'duplicated-scheme',
			spanOf(credentials, 0, again[0].length),
			`"${scheme}" is followed by the scheme "${again[0].trim().replace(/[:=]$/, '')}" again.`,
		);
		credentials = slice(credentials, again[0].length);
	}
	const second = credentials.text.match(secondCredentials);
	if (second && second.index !== undefined && second.index > 0) {
		report(
			into,
			'duplicated-credentials',
			spanOf(credentials, second.index, credentials.text.length),
			'The value holds two sets of credentials separated by a comma: two Authorization headers were merged into one.',
		);
		credentials = slice(credentials, 0, second.index);
	}
	credentials = stripQuotes(
		into,
		credentials,
		`the ${scheme === 'Basic' ? 'credentials' : 'token'}`,
	);
	if (credentials.text === '') {
		report(
			into,
			'empty-credentials',
			spanOf(value, 0, value.text.length),
			`The value is the scheme "${scheme}" with no credentials after it.`,
		);
		return undefined;
	}
	return credentials;
}
