import { describe, expect, it } from 'vitest';
import { suggestFromScore, suggestGrade } from './index';

const base = { passed: true, tries: 1, hintsUsed: 0, durationMs: 60_000, targetMs: 90_000 };

describe('suggestGrade', () => {
	it('suggests Again for a failed attempt', () => {
		expect(suggestGrade({ ...base, passed: false })).toBe(1);
	});
	it('suggests Hard after a hint or a second try', () => {
		expect(suggestGrade({ ...base, hintsUsed: 1 })).toBe(2);
		expect(suggestGrade({ ...base, tries: 2 })).toBe(2);
	});
	it('suggests Good for a clean first-try pass', () => {
		expect(suggestGrade(base)).toBe(3);
	});
	it('suggests Easy for a clean pass in under half the target time', () => {
		expect(suggestGrade({ ...base, durationMs: 44_999 })).toBe(4);
		expect(suggestGrade({ ...base, durationMs: 45_000 })).toBe(3);
	});
	it('never suggests Easy without a target time', () => {
		expect(suggestGrade({ ...base, durationMs: 1, targetMs: null })).toBe(3);
	});
});

describe('suggestFromScore', () => {
	it.each([
		[0.5, 0.95, 1],
		[1, 0.24, 1],
		[1, 0.3, 2],
		[1, 0.95, 4],
		[1, 0.94, 3],
		[1, 0.5, 3],
		[1, 0.49, 2],
		[0.9, 0.99, 2],
		[0.75, 0.8, 2],
		[0.7, 0.8, 2],
		[0.9, 0.5, 2]
	] as const)('coverage %f and similarity %f suggest %i', (coverage, similarity, grade) => {
		expect(suggestFromScore(coverage, similarity)).toBe(grade);
	});
});

describe('suggestFromScore with a key phrase missing', () => {
	it('never suggests Good or Easy below full coverage, however close the wording', () => {
		for (const coverage of [0.67, 0.75, 0.8, 0.99]) expect(suggestFromScore(coverage, 1)).toBeLessThan(3);
	});
});
