// `npm run bench`: drives the built app in headless Chromium and prints each figure beside its
// budget from DESIGN.md. Run `npm run build` first. `npm run bench -- review search` runs only
// those parts (first-screen, review, stats, runners, scoring, search, sync, lighthouse).
import { cspViolations, installApp, ORIGIN, phoneContext, startBench } from './bench/browser.ts';
import { measureFirstScreen } from './bench/first-screen.ts';
import { kb, ms, printFigures, type Figure } from './bench/report.ts';
import { timeAnswers, timeFirstCard } from './bench/review.ts';
import { seedLargeHistory } from './bench/seed.ts';
import { timeAppPyodideLoads, timeBarePglite, timeBarePyodide, timePostgres, timePython, timeSql } from './bench/runners.ts';
import { postgresAssets } from './bench/pg-assets.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { timeScoring } from './bench/scoring.ts';
import { median, percentile } from './bench/stats.ts';
import { timeBankSearch } from './bench/search.ts';
import { PHONE_THROTTLE, withCpuThrottle } from './bench/throttle.ts';
import { chartLibraryOnFirstScreen, timeStatsPage } from './bench/stats-page.ts';
import { timeSync, type LongTasks } from './bench/sync.ts';

const tasksOver50 = (tasks: LongTasks) =>
	tasks.count === 0 ? 'no task over 50 ms' : `${tasks.count} ${tasks.count === 1 ? 'task' : 'tasks'} over 50 ms, longest ${ms(tasks.longestMs)}`;

const LARGE = { cards: 10_000, reviewsPerCard: 10, dueToday: 800 };
const figures: Figure[] = [];
const parts = process.argv.slice(2);
const want = (part: string) => parts.length === 0 || parts.includes(part);
const bench = await startBench();

try {
	// First-screen JavaScript, in a fresh profile.
	if (want('first-screen')) {
		const context = await phoneContext(bench.browser);
		const { first, repeat, onboarding } = await measureFirstScreen(context);
		figures.push({
			what: "first-screen JS, repeat visit, returning user's Today (gzip)",
			measured: `${kb(repeat.gzipBytes)} in ${repeat.files} files`,
			budget: '≤ 100 KB',
			ok: repeat.gzipBytes <= 100 * 1024
		});
		figures.push({
			what: 'first-screen JS, first visit, first run: onboarding (gzip)',
			measured: `${kb(first.gzipBytes)} in ${first.files} files`,
			budget: '(reference)',
			ok: null
		});
		figures.push({
			what: 'first-screen JS, onboarding on a repeat visit (gzip)',
			measured: `${kb(onboarding.gzipBytes)} in ${onboarding.files} files`,
			budget: '(reference)',
			ok: null
		});
		// BENCH_FILES=1 lists each visit's scripts, to see what a grown figure is made of.
		if (process.env.BENCH_FILES) {
			for (const [visit, weight] of Object.entries({ first, repeat, onboarding })) {
				console.log(`${visit}:`);
				for (const script of weight.scripts) console.log(`  ${kb(script.gzipBytes).padStart(9)}  ${script.path}`);
			}
		}
		await context.close();
	}

	// Review timings and the stats page with 10,000 cards and 100,000 reviews on the device, offline
	// (one seeded device for both parts; seeding takes over a minute).
	if (want('review') || want('stats')) {
		const context = await phoneContext(bench.browser);
		const page = await installApp(context);
		const started = performance.now();
		await seedLargeHistory(page, LARGE);
		console.log(`seeded ${LARGE.cards} cards and ${LARGE.cards * LARGE.reviewsPerCard} reviews in ${ms(performance.now() - started)}`);
		await context.setOffline(true);

		if (want('review')) {
			const firstCard = await timeFirstCard(page, 12);
			// The first visit warms caches the later ones share, like a real repeat visit.
			const repeatVisits = firstCard.slice(2);
			figures.push({
				what: 'offline repeat visit → first due card (median)',
				measured: `${ms(median(repeatVisits))} (p95 ${ms(percentile(repeatVisits, 95))})`,
				budget: '≤ 500 ms',
				ok: median(repeatVisits) <= 500
			});

			// Answer → next card painted, as is and with the CPU slowed to a mid-range phone's.
			const answers = (await timeAnswers(page, 150)).slice(5);
			const slowAnswers = (await withCpuThrottle(page, PHONE_THROTTLE, () => timeAnswers(page, 80))).slice(5);
			figures.push({
				what: 'answer → next card painted, median / p95',
				measured: `${ms(median(answers))} / ${ms(percentile(answers, 95))}`,
				budget: '(reference)',
				ok: null
			});
			figures.push({
				what: `answer → next card painted, CPU ${PHONE_THROTTLE}× slower, median / p95`,
				measured: `${ms(median(slowAnswers))} / ${ms(percentile(slowAnswers, 95))}`,
				budget: '≤ 50 ms / ≤ 100 ms',
				ok: median(slowAnswers) <= 50 && percentile(slowAnswers, 95) <= 100
			});
		}

		if (want('stats')) {
			// The stats page over the same 100,000 reviews, after the answers above when they ran. The
			// first visit tallies the review log's buckets and warms caches; later ones read them.
			const stats = await timeStatsPage(page, 7);
			const reloads = stats.reload.slice(1);
			const overviews = stats.overview.slice(1);
			figures.push({
				what: '/stats reload → forecast and decks drawn (median)',
				measured: `${ms(median(overviews))} (p95 ${ms(percentile(overviews, 95))})`,
				budget: '(no budget; reference)',
				ok: null
			});
			figures.push({
				what: '/stats reload → every chart drawn (median)',
				measured: `${ms(median(reloads))} (p95 ${ms(percentile(reloads, 95))}; figures computed in ${ms(median(stats.compute))}; longest task ${ms(median(stats.longestTask.slice(1)))})`,
				budget: '(no budget; reference)',
				ok: null
			});
			figures.push({
				what: 'tap Stats in the nav → every chart drawn (median)',
				measured: `${ms(median(stats.tap))} (p95 ${ms(percentile(stats.tap, 95))})`,
				budget: '≤ 500 ms',
				ok: median(stats.tap) <= 500
			});
			const slowStats = await withCpuThrottle(page, PHONE_THROTTLE, () => timeStatsPage(page, 3));
			figures.push({
				what: `tap Stats in the nav → every chart drawn, CPU ${PHONE_THROTTLE}× slower (median)`,
				measured: `${ms(median(slowStats.tap))} (longest task ${ms(Math.max(...slowStats.longestTask))})`,
				budget: '(reference)',
				ok: null
			});
			const charts = await chartLibraryOnFirstScreen(context);
			figures.push({
				what: 'chart library (uPlot) in the first screen',
				measured: charts.withChartLibrary.length ? charts.withChartLibrary.join(', ') : `absent from all ${charts.scripts} scripts`,
				budget: 'absent',
				ok: charts.withChartLibrary.length === 0
			});
		}
		await context.close();
	}

	// Drill runners, on a repeat visit of an installed app (runtimes from the service worker's cache).
	if (want('runners')) {
		const SQL_DEADLINE = 3_000;
		const PY_DEADLINE = 5_000;
		const context = await phoneContext(bench.browser);
		const page = await installApp(context);
		const sql = await timeSql(page);
		figures.push({
			what: 'first SQL run, cold (worker + wasm + dataset + query)',
			measured: ms(sql.first),
			budget: '≤ 150 ms',
			ok: sql.first <= 150
		});
		figures.push({
			what: "user's first Run (runtime warmed as the page opened)",
			measured: ms(sql.later[0]),
			budget: '≤ 150 ms',
			ok: sql.later[0] <= 150
		});
		const later = sql.later.slice(1);
		figures.push({ what: 'later SQL runs (median)', measured: ms(median(later)), budget: '≤ 20 ms', ok: median(later) <= 20 });
		const sqlOver = sql.runawayStop - SQL_DEADLINE;
		figures.push({
			what: 'runaway SQL stopped (after its 3 s deadline)',
			measured: `+${ms(sqlOver)} (next run ${ms(sql.afterStop)})`,
			budget: '≤ 3 s',
			ok: sqlOver <= 3_000
		});

		// PostgreSQL (PGlite) on a SQL drill page, against a bare PGlite.create() + the same dataset.
		const assets = await postgresAssets();
		const pg = await timePostgres(page, assets.drillId, 3);
		const bareStarts = await timeBarePglite(bench.browser, assets.datasetScript, 3);
		const appCold = median(pg.coldStarts);
		const bareCold = median(bareStarts);
		figures.push({
			what: `first PostgreSQL call on a drill page, cold from cache (median of ${pg.coldStarts.length})`,
			measured: `${ms(appCold)} (bare PGlite.create() + dataset ${ms(bareCold)}, ×${(appCold / bareCold).toFixed(2)})`,
			budget: '≤ 1.5 s and ≤ 0.5 × bare',
			ok: appCold <= 1_500 && appCold <= 0.5 * bareCold
		});
		figures.push({
			what: "user's first PostgreSQL Run (engine started as the page opened)",
			measured: ms(pg.firstRunAfterPrewarm),
			budget: '≤ 50 ms',
			ok: pg.firstRunAfterPrewarm <= 50
		});
		figures.push({ what: 'later PostgreSQL runs (median)', measured: ms(median(pg.later)), budget: '≤ 20 ms', ok: median(pg.later) <= 20 });
		const pgOver = pg.runawayStop - SQL_DEADLINE;
		figures.push({
			what: 'runaway PostgreSQL query stopped (terminate, after its 3 s deadline)',
			measured: `+${ms(pgOver)}; next run answered ${ms(pg.afterStop)} later`,
			budget: 'stop ≤ 3 s; next run ≤ 2 s',
			ok: pgOver <= 3_000 && pg.afterStop <= 2_000
		});
		figures.push({
			what: 'precache growth for PostgreSQL',
			measured: `${kb(assets.bytes)} (${assets.files.map((f) => `${f.name} ${kb(f.bytes)}`).join(', ')}; gzip ${kb(assets.gzipBytes)})`,
			budget: '(reported)',
			ok: null
		});

		const python = await timePython(page);
		const appLoad = median([python.coldLoad, ...(await timeAppPyodideLoads(page, 2))]);
		const bare = await timeBarePyodide(bench.browser);
		const bareRef = median(bare);
		figures.push({
			what: 'Pyodide cold load from cache (median of 3)',
			measured: `${ms(appLoad)} (bare loadPyodide ${ms(bareRef)}, ×${(appLoad / bareRef).toFixed(2)})`,
			budget: '≤ 1.2 × bare',
			ok: appLoad <= 1.2 * bareRef
		});
		figures.push({
			what: 'first Python run after prewarming',
			measured: ms(python.firstRunAfterPrewarm),
			budget: 'no visible wait (≤ 100 ms)',
			ok: python.firstRunAfterPrewarm <= 100
		});
		const pyOver = python.runawayStop - PY_DEADLINE;
		figures.push({
			what: `runaway Python stopped (${python.interruptible ? 'interrupt' : 'terminate'}, after its 5 s deadline)`,
			measured: `+${ms(pyOver)} (next run ${ms(python.afterStop)})`,
			budget: python.interruptible ? '≤ 100 ms' : '≤ 3 s',
			ok: pyOver <= (python.interruptible ? 100 : 3_000)
		});
		await context.close();
	}

	// Typed-recall scoring (pure TypeScript, timed in Node).
	if (want('scoring')) {
		const scoring = await timeScoring();
		figures.push({
			what: `typed-recall scoring, ${scoring.words}-word script (median)`,
			measured: `${ms(scoring.median)} (p95 ${ms(scoring.p95)})`,
			budget: '< 5 ms',
			ok: scoring.median < 5
		});
	}

	// Question-bank search, per keystroke, in /practice (installed app, offline).
	if (want('search')) {
		const context = await phoneContext(bench.browser);
		for (const run of await timeBankSearch(context, [1_000, 2_000], PHONE_THROTTLE)) {
			const keys = run.keystrokes;
			const slow = run.throttled;
			figures.push({
				what: `bank search, keystroke → results painted, ${run.items} items (median / p95 / max)`,
				measured: `${ms(median(keys))} / ${ms(percentile(keys, 95))} / ${ms(Math.max(...keys))} over ${keys.length} keys (open ${ms(run.open)})`,
				budget: '(reference)',
				ok: null
			});
			figures.push({
				what: `bank search, keystroke → results painted, ${run.items} items, CPU ${PHONE_THROTTLE}× slower (median / p95)`,
				measured: `${ms(median(slow))} / ${ms(percentile(slow, 95))}`,
				budget: run.items <= 1_000 ? 'p95 ≤ 50 ms' : '(reference)',
				ok: run.items <= 1_000 ? percentile(slow, 95) <= 50 : null
			});
		}
		await context.close();
	}
	// Lighthouse mobile on a first visit (empty cache) of the four pages a new user meets first.
	// Sync: a first sync of 100,000 reviews into an empty device, then one answer from elsewhere.
	if (want('sync')) {
		const context = await phoneContext(bench.browser);
		const page = await installApp(context);
		const sync = await timeSync(context, page, 100_000);
		figures.push({
			what: `sync: first sync of ${sync.reviewsStored.toLocaleString('en')} reviews into an empty device`,
			measured: `${(sync.firstSyncMs / 1000).toFixed(1)} s, ${tasksOver50(sync.firstSyncTasks)}`,
			budget: '≤ 30 s, no task > 50 ms',
			ok: sync.firstSyncMs <= 30_000 && sync.firstSyncTasks.count === 0
		});
		figures.push({
			what: 'sync: incremental sync of one answer',
			measured: `${ms(sync.incrementalMs)}, ${tasksOver50(sync.incrementalTasks)}`,
			budget: '≤ 2 s, no task > 50 ms',
			ok: sync.incrementalMs <= 2_000 && sync.incrementalTasks.count === 0
		});
		await context.close();
	}

	if (want('lighthouse')) {
		const drill = (await postgresAssets()).drillId;
		for (const page of await runLighthouse(ORIGIN, ['/', '/review', '/practice', `/practice/${drill}`])) {
			figures.push({
				what: `Lighthouse mobile, first visit, ${page.path}: Performance / LCP / TBT / CLS`,
				measured: `${page.performance} / ${ms(page.lcpMs)} / ${ms(page.tbtMs)} / ${page.cls.toFixed(3)}`,
				budget: '≥ 90 / ≤ 2.5 s / (TBT) / ≤ 0.05',
				ok: page.performance >= 90 && page.lcpMs <= 2_500 && page.cls <= 0.05
			});
		}
	}
	figures.push({
		what: 'Content-Security-Policy violations on the bench pages',
		measured: cspViolations.length ? `${cspViolations.length}: ${[...new Set(cspViolations)].join(' | ')}` : '0',
		budget: '0',
		ok: cspViolations.length === 0
	});
} catch (error) {
	// The figures measured so far are still printed: a late failure must not cost a long run.
	console.error(`\nthe bench stopped early, after ${figures.length} figures:`, error);
	process.exitCode = 1;
} finally {
	await bench.close();
}

console.log('');
printFigures(figures);
