/** cURL as written for bash and zsh (and what browsers copy as "cURL (bash)"). */
import type { Reader } from '../reading.ts';
import { curlStart } from './curl-args.ts';
import { checkCurl } from './curl-command.ts';
import { shellWords } from './shell-words.ts';

export const curlBashReader: Reader = {
	shape: 'curl-bash',
	label: 'cURL for bash/zsh',
	kind: 'curl',
	recognises: (paste) => curlStart.test(paste),
	read: (into, paste) => checkCurl(into, shellWords(paste)),
};
