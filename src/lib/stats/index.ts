// The public surface of stats/: pure computations over review, card and attempt facts, with the
// clock passed in. `computeOverview` and `computeHistory` are what the page uses; the parts are exported for tests and reuse.
export type { AttemptFact, CardFact, ReviewFact, StatsClock } from './types';
export { calendarWeeks, heatmapFrom, HEATMAP_WEEKS, type Heatmap, type HeatmapDay } from './heatmap';
export { dueForecast, FORECAST_DAYS, type Forecast, type ForecastDay } from './forecast';
export { retentionFrom, trueRetention, MATURE_DAYS, RETENTION_WEEKS, type Retention, type RetentionCounts, type RetentionWeek } from './retention';
export { activityFrom, dailyActivity, ACTIVITY_DAYS, type Activity, type DailyActivity } from './daily';
export { deckProgress, type DeckProgress } from './deck-progress';
export { drillSuccessByTopic, type TopicSuccess } from './drill-topics';
export { weakestItems, type RetrievabilityOf, type WeakItem } from './weakest';
export { retrievabilityUnder } from './retrievability';
export { shortDate, weekdayOf, type StudyDay } from './days';
export { bucketList, tallyLog, tallyReview, BUCKET_MS, type BucketTally, type ReviewBucket, type ReviewBucketCache } from './buckets';
export { computeHistory, computeOverview, type OverviewInput, type StatsHistory, type StatsOverview } from './report';
