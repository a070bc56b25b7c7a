import { describe, expect, test } from 'vitest';
import { circles } from '../../scripts/import-circles.mjs';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('the import-circle check', () => {
	test.each([
		['a chain', { a: ['b'], b: ['c'], c: [] }, []],
		['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, []],
		['two files that import each other', { a: ['b'], b: ['a'] }, [['a', 'b']]],
		[
			'a circle of three reached from outside',
			{ x: ['a'], a: ['b'], b: ['c'], c: ['a'] },
			[['a', 'b', 'c']],
		],
		['a file that imports itself', { a: ['a'], b: [] }, [['a']]],
		[
			'two separate circles',
			{ a: ['b'], b: ['a'], c: ['d'], d: ['c'] },
			[
				['a', 'b'],
				['c', 'd'],
			],
		],
	])('finds the circles in %s', (_name, edges, expected) => {
		expect(circles(graph(edges))).toEqual(expected);
	});
});
