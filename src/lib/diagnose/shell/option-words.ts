/**
 * Options of a command other than curl, read from its shell words: `--name=value`, `--name value`
 * and `-x value`, each value located in the paste. wget and HTTPie share it.
 */
import { slice } from '../findings/located.ts';
import type { ShellWord } from './shell-words.ts';

export interface OptionWords {
	/** Options by name (without dashes), every value in order. */
	readonly options: ReadonlyMap<string, readonly ShellWord[]>;
	/** Words that are not options, in order. */
	readonly positional: readonly ShellWord[];
}

/** Splits `words` (the command name first) into options and positional words; `withValue` names options that take one. */
export function optionWords(
	words: readonly ShellWord[],
	withValue: ReadonlySet<string>,
): OptionWords {
	const options = new Map<string, ShellWord[]>();
	const positional: ShellWord[] = [];
	const add = (name: string, value: ShellWord): void => {
		options.set(name, [...(options.get(name) ?? []), value]);
	};
	for (let i = 1; i < words.length; i++) {
		const word = words[i]!;
		const match = /^--?([A-Za-z][A-Za-z0-9-]*)(=)?/.exec(word.text);
		if (!match) {
			positional.push(word);
			continue;
		}
		const name = match[1]!;
		if (match[2]) add(name, slice(word, match[0].length));
		else if (withValue.has(name) && words[i + 1]) add(name, words[++i]!);
		else add(name, slice(word, word.text.length));
	}
	return { options, positional };
}
