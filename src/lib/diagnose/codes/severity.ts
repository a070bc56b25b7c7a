/**
 * How serious a finding is. Its own file because both the code table (each code's severity) and
 * the result types (each finding's) need it, and neither should import the other for it.
 */
export type Severity = 'error' | 'warning' | 'info';
