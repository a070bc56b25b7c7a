/** Code in any language that sets an Authorization-like header: only the header values are read. */
import type { Reader } from '../reading.ts';
import { checkAuthorizationValue } from '../credentials/authorization-check.ts';
import { codeHeaderValues, looksLikeCode } from './code.ts';

export const codeReader: Reader = {
	shape: 'code',
	label: 'code that sets the header',
	kind: 'code',
	recognises: looksLikeCode,
	read: (into, paste) => ({
		corrected: codeHeaderValues(into, paste)
			.map((value) => checkAuthorizationValue(into, value))
			.find((value) => value !== undefined),
	}),
};
