import type { SchedulerSettings } from '$lib/model';

/**
 * Just the scheduler fields of a larger settings object, copied: the result can be kept by a session
 * without later edits to the settings changing a session mid-way.
 */
export function schedulerSettingsOf(settings: SchedulerSettings): SchedulerSettings {
	return {
		desiredRetention: settings.desiredRetention,
		maximumInterval: settings.maximumInterval,
		learningSteps: [...settings.learningSteps],
		relearningSteps: [...settings.relearningSteps],
		fuzz: settings.fuzz,
		weights: settings.weights ? [...settings.weights] : null
	};
}
