/**
 * A Stryker ignorer (see stryker.config.mjs): skips mutants of prose, the sentences written for a
 * reader, and nothing else. A string counts as prose only where the code puts a sentence: as the
 * value of a property named in `proseKeys`, or as the `detail` (last) argument of a call named in
 * `proseCalls`. Whatever computes or chooses the sentence (conditions, the values inside a
 * template's `${…}`) is still mutated: only the literal text is skipped.
 */
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const proseKeys = new Set(['message', 'fix', 'title', 'detail', 'description', 'explanation']);
const proseCalls = new Set(['refuse', 'simulatorResponse']);
// src/lib/auth's issue builders take the detail sentence before an optional severity, so it is
// not always the last argument: the index of the detail in each (see src/lib/auth/issue.ts,
// authorization.ts, oauth-validate.ts; `fail` is base64.ts's refusal, its message third).
const proseArgument = new Map([
	['inputIssue', 4],
	['oauthIssue', 4],
	['authIssue', 4],
	['headerIssue', 3],
	['makeIssue', 4],
	['fail', 2],
]);

function isText(node) {
	return (
		node.type === 'StringLiteral' ||
		(node.type === 'TemplateLiteral' && node.expressions.length === 0)
	);
}

function keyName(node) {
	if (node.type === 'ObjectProperty' && !node.computed)
		return node.key.type === 'Identifier'
			? node.key.name
			: node.key.type === 'StringLiteral'
				? node.key.value
				: undefined;
	return undefined;
}

function calleeName(node) {
	if (node.type !== 'CallExpression') return undefined;
	return node.callee.type === 'Identifier'
		? node.callee.name
		: node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier'
			? node.callee.property.name
			: undefined;
}

export const strykerPlugins = [
	declareValuePlugin(PluginKind.Ignore, 'prose', {
		shouldIgnore(path) {
			if (!isText(path.node)) return undefined;
			const parent = path.parent;
			if (parent && proseKeys.has(keyName(parent) ?? '') && parent.value === path.node)
				return 'prose: a sentence for the reader';
			if (
				parent &&
				proseCalls.has(calleeName(parent) ?? '') &&
				parent.arguments.at(-1) === path.node &&
				parent.arguments.length > 1
			)
				return 'prose: the detail sentence of a refusal';
			if (parent && parent.arguments?.[proseArgument.get(calleeName(parent) ?? '')] === path.node)
				return 'prose: the detail sentence of an issue';
			return undefined;
		},
	}),
];
