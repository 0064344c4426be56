// What an import did and what a file holds, in sentences for the Settings screen.
import type { BackupSummary } from './summary';
import type { ImportReport } from './snapshot';

const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

function day(at: number): string {
	return new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

export function summaryLines(summary: BackupSummary): string[] {
	const lines = [`Made on ${day(summary.exportedAt)}${summary.fileVersion < 2 ? ' by an older Rehearse (it is upgraded as it is read)' : ''}.`];
	lines.push(
		summary.range
			? `${n(summary.reviews, 'review')} of ${n(summary.cardsStudied, 'card')}, from ${day(summary.range.first)} to ${day(summary.range.last)}.`
			: 'No reviews.'
	);
	const extras = [
		summary.ownCards && n(summary.ownCards, 'own card'),
		summary.sets && n(summary.sets, 'saved set'),
		summary.interviews && n(summary.interviews, 'interview date')
	].filter(Boolean);
	if (extras.length) lines.push(`${extras.join(', ')}.`);
	if (summary.otherContent) lines.push('It was made with a different version of the study content; cards this device does not have are left out.');
	return lines;
}

export function reportLines(report: ImportReport): string[] {
	const lines: string[] = [];
	if (report.mode === 'merge') {
		lines.push(
			report.reviewsAdded || report.cardsRecomputed
				? `Added ${n(report.reviewsAdded, 'review')}, recomputed ${n(report.cardsRecomputed, 'card')}.`
				: 'Nothing new: this device already had everything in the file.'
		);
	} else {
		lines.push(`Restored ${n(report.reviewsAdded, 'review')} and the schedule of ${n(report.cardsRecomputed, 'card')}.`);
	}
	if (report.ownCardsAdded || report.ownCardsUpdated)
		lines.push(`Own cards: ${report.ownCardsAdded.toLocaleString('en')} added, ${report.ownCardsUpdated.toLocaleString('en')} updated.`);
	if (report.mode === 'merge' && (report.setsChanged || report.interviewsChanged))
		lines.push(`Saved sets and interview dates added or updated: ${(report.setsChanged + report.interviewsChanged).toLocaleString('en')}.`);
	if (report.leftOut.cards)
		lines.push(
			`Left out ${n(report.leftOut.cards, 'card')} (${n(report.leftOut.reviews, 'review')}) of study content this device does not have yet. Update Rehearse here, then merge the same file again to bring them in.`
		);
	if (report.settingsSkipped.length) lines.push(`Skipped settings this version does not know: ${report.settingsSkipped.join(', ')}.`);
	return lines;
}
