/**
 * Thrown once per compile with every problem found, so an author fixes them all in one pass.
 * Each problem names the file and, where there is one, the field:
 * `content/sql/joins-03.md: field "expected" is missing`.
 */
export class ContentError extends Error {
	readonly problems: string[];

	constructor(problems: string[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(`Content has ${count}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ContentError';
		this.problems = problems;
	}
}
