import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { markOnboarded, ONBOARDING_KEY, onboardingNeeded } from './onboarding';

/** A localStorage of the browser's shape over a Map (the unit tests run in Node). */
function memoryStorage(): Storage {
	const values = new Map<string, string>();
	return {
		get length() {
			return values.size;
		},
		clear: () => values.clear(),
		getItem: (key) => values.get(key) ?? null,
		key: (index) => [...values.keys()][index] ?? null,
		removeItem: (key) => void values.delete(key),
		setItem: (key, value) => void values.set(key, String(value))
	};
}

describe('onboarding', () => {
	beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
	afterEach(() => vi.unstubAllGlobals());

	it('asks on a first run, and never again once chosen, skipped or restored', () => {
		expect(onboardingNeeded(null)).toBe(true);
		markOnboarded('skipped');
		expect(onboardingNeeded(null)).toBe(false);
		expect(localStorage.getItem(ONBOARDING_KEY)).toBe('skipped');
	});

	it('never asks a user who already has reviews (an upgrade from before onboarding)', () => {
		expect(onboardingNeeded(Date.UTC(2026, 0, 5))).toBe(false);
	});

	it('does not nag when the browser blocks storage', () => {
		vi.stubGlobal('localStorage', {
			getItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
		expect(onboardingNeeded(null)).toBe(false);
		expect(() => markOnboarded('chosen')).not.toThrow();
	});
});
