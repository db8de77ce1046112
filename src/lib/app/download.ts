/** Offers `text` as a file download (export files, deck files, reports). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `briefing-trainer-progress-2026-11-23.json` style names, in local time. */
export function datedName(prefix: string, now: number, ext: string): string {
	const d = new Date(now);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${prefix}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${ext}`;
}
