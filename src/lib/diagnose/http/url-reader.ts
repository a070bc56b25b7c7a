/** A lone URL: credentials in its userinfo or query, OAuth parameters. */
import type { Reader } from '../reading.ts';
import { locate } from '../findings/located.ts';
import { checkUrl, valueForUserinfo } from './url.ts';

export const urlReader: Reader = {
	shape: 'url',
	label: 'a URL',
	kind: 'url',
	recognises: (paste) => /^https?:\/\/\S+$/i.test(paste.trim()),
	read: (into, paste) => {
		const start = paste.length - paste.trimStart().length;
		const { userinfo } = checkUrl(into, locate(paste.trim(), start));
		return { corrected: userinfo === undefined ? undefined : valueForUserinfo(into, userinfo) };
	},
};
