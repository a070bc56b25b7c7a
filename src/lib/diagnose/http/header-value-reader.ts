/**
 * A bare Authorization value (`Bearer …`, `Basic …`, a key on its own, `user:pass`). Only text
 * shaped like one is read as one: a scheme word and credentials on one line, Base64 wrapped over
 * several lines, or a single run of characters. Anything longer is prose or a shape the doctor
 * does not know, and gets "not recognised" rather than errors about a header it is not.
 */
import type { Reader } from '../reading.ts';
import { checkAuthorizationValue } from '../credentials/authorization-check.ts';
import { locate } from '../findings/located.ts';

const wrappedLine = /^[A-Za-z0-9+/=_-]+$/;

export const headerValueReader: Reader = {
	shape: 'header-value',
	label: 'an Authorization header value',
	kind: 'header-value',
	recognises: (paste) => {
		const [first = '', ...rest] = paste.trim().split(/\r?\n/);
		const short =
			first.trim().split(/[ \t]+/).length <= 4 || /^["']?(?:basic|bearer)\b/i.test(first);
		return short && rest.every((line) => line.trim() === '' || wrappedLine.test(line.trim()));
	},
	read: (into, paste) => ({ corrected: checkAuthorizationValue(into, locate(paste)) }),
};
