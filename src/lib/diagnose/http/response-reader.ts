/** A pasted HTTP response (status line, headers, body), as `curl -i` or a network panel shows it. */
import type { Reader } from '../reading.ts';
import { checkResponse } from './response-check.ts';

export const responseReader: Reader = {
	shape: 'http-response',
	label: 'an HTTP response',
	kind: 'http-response',
	recognises: (paste) => /^(?:< )?HTTP\/\d(?:\.\d)? +\d{3}\b/.test(paste),
	read: (into, paste) => {
		checkResponse(into, paste);
		return {};
	},
};
