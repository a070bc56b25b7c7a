/** Debian's Chromium, started the way this offline machine needs (no downloads, no phoning home). */
export const chromiumLaunchOptions = {
	executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
	],
};
