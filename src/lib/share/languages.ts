/**
 * The snippet languages, in tab order. Their own module because the snippet tabs read them at
 * page load (a stored choice, the tab order), and the rest of the state schema can wait.
 */
export const languages = ['curl', 'javascript', 'python', 'go'] as const;
export type Language = (typeof languages)[number];
