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
