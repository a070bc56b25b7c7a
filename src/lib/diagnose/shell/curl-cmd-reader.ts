/**
 * cURL as written for Windows cmd.exe: Chrome's "Copy as cURL (cmd)" (`^` continuations, `^"`
 * quoting) and commands that read `%API_KEY%`. A bash command never ends a line with `^` nor
 * quotes with `^"`, so those mark the shape; `%VAR%` alone does only without bash's `\` or `'`.
 */
import type { Reader } from '../reading.ts';
import { curlStart } from './curl-args.ts';
import { checkCurl } from './curl-command.ts';
import { cmdWords } from './cmd-words.ts';

export const curlCmdReader: Reader = {
	shape: 'curl-cmd',
	label: 'cURL for Windows cmd',
	kind: 'curl',
	recognises: (paste) =>
		curlStart.test(paste) &&
		(/\^\r?\n|\^"/.test(paste) || (/%[A-Za-z_]\w*%/.test(paste) && !/\\\r?\n|'/.test(paste))),
	read: (into, paste) => checkCurl(into, cmdWords(paste)),
};
