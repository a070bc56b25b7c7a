/**
 * The keyboard part of the WAI-ARIA tabs pattern (automatic activation): arrow keys move to the
 * previous or next tab and wrap, Home and End go to the ends. Shared by every tablist we render.
 */

/** The index of the tab a key press moves to, or undefined when the key is not a tab key. */
export function tabIndexForKey(key: string, current: number, count: number): number | undefined {
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowUp':
			return (current - 1 + count) % count;
		case 'ArrowRight':
		case 'ArrowDown':
			return (current + 1) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return undefined;
	}
}

/** Marks `selected` as the active tab: only it is in the tab order, only its panel is shown. */
export function selectTab(
	tabs: readonly HTMLElement[],
	panels: readonly HTMLElement[],
	selected: number,
): void {
	tabs.forEach((tab, index) => {
		const active = index === selected;
		tab.setAttribute('aria-selected', String(active));
		tab.tabIndex = active ? 0 : -1;
		const panel = panels[index];
		if (panel) panel.hidden = !active;
	});
}

/**
 * Calls `choose` with the index of the tab a reader picks, by click or by key, and moves the focus
 * to it when a key picked it. The caller selects (it may sync other tablists or a stored choice).
 */
export function listenToTabs(
	tabs: readonly HTMLElement[],
	choose: (index: number) => void,
	signal: AbortSignal,
): void {
	tabs.forEach((tab, index) => {
		tab.addEventListener('click', () => choose(index), { signal });
		tab.addEventListener(
			'keydown',
			(event) => {
				const next = tabIndexForKey(event.key, index, tabs.length);
				if (next === undefined) return;
				event.preventDefault();
				choose(next);
				tabs[next]?.focus();
			},
			{ signal },
		);
	});
}

/**
 * Tablists that move together (the same languages over several steps): choosing the n-th tab in
 * one group, by click or key, chooses it in every group. Each group holds one tablist and its
 * panels, in the same order.
 */
export function linkTabGroups(groups: readonly HTMLElement[], signal: AbortSignal): void {
	const tabsOf = (group: HTMLElement) => [...group.querySelectorAll<HTMLElement>('[role="tab"]')];
	const choose = (index: number) => {
		for (const group of groups)
			selectTab(
				tabsOf(group),
				[...group.querySelectorAll<HTMLElement>('[role="tabpanel"]')],
				index,
			);
	};
	for (const group of groups) listenToTabs(tabsOf(group), choose, signal);
}
