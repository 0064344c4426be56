// Answers a user would type for real scripts in content/scripts (see recall-corpus.test.ts).

export type Case = [scriptId: string, attempt: string];

export const PARAPHRASES: Case[] = [
	[
		'modeling-script-declare-grain',
		"first I'd pin down the grain - one row per order line, per order. price and qty go on that row, but the delivery fee lives on the order not on the line item, so it goes in its own order level fact, otherwise summing double counts it. it should be unique on order id + line number, enforced as a constraint and tested in the pipeline"
	],
	[
		'modeling-script-declare-grain',
		"Grain first: each row is one item of one order, so item price and quantity belong here. The delivery fee belongs to the order rather than the item, so I keep it in a separate order-level fact and don't repeat it per item, or any sum double counts it. The table is unique on order id and line number, as a constraint and a test in the pipeline."
	],
	[
		'modeling-script-partition-key',
		"i'd partition by the column nearly every query filters on, here the impression date, since pacing billing and reporting all ask for date ranges. one partition per day keeps each partition a sane size and only a few thousand in total after years. retention gets cheap too: expiring old data means dropping a partition instead of deleting billions of rows. within a partition i'd cluster by advertiser because that's the next most common filter"
	],
	[
		'modeling-script-partition-key',
		"I'd partition on the impression date, because that's the column almost every query filters on. A partition per day stays a manageable size, a few thousand partitions over the years. Retention is cheap: I drop a partition instead of deleting billions of rows. Inside each partition I cluster by advertiser, the next most common filter."
	],
	[
		'modeling-script-why-not-index-everything',
		'indexes cost something: every insert has to update every index, so 10 indexes turn one write into 11, and trips are on the write path for each ride. they also eat memory the hot data needs. so i only index what the main queries filter, join and sort on, check the query stats, and remove the ones nobody uses. if a query is slow i look at the plan first'
	],
	[
		'modeling-script-why-not-index-everything',
		'Because no index is free. Every insert has to update every index, and the trips table sits on the write path of every ride, so ten indexes make one write into eleven. They take memory from the hot data too. I index what the dominant queries filter, join and sort on, watch the query statistics, and drop the ones nobody uses.'
	],
	[
		'sql-script-nulls-out-loud',
		"Quick pause: refund reason can be null, which changes three things. In the where clause, reason != fraud silently drops null rows, because NULL compared to anything is unknown, not true. To keep them I'd write reason is distinct from fraud, or add or reason is null. For the average, AVG skips NULLs, so it averages over the rows with a value. And COUNT of a column only counts non-null values while COUNT star counts rows. Do you want the refunds with no reason kept or excluded?"
	],
	[
		'sql-script-nulls-out-loud',
		"Let me pause, refund reason is nullable and that changes 3 things. reason not equal to fraud drops the null rows, since null compared to anything is unknown, not true; reason is distinct from fraud keeps them. AVG skips nulls, so the average is over rows that have an amount. COUNT of a column counts non-null values only, COUNT star counts rows. So for refunds without a reason, kept or excluded?"
	],
	[
		'sql-script-restate-grain',
		"Before I write anything, let me restate the output so we agree. One row per country per week, with the number of distinct customers who placed at least one paid order that week. Assumptions: weeks start on Monday in UTC, cancelled orders don't count, a customer ordering in two countries counts once in each, and a country with no buyers that week just doesn't show up. Is that the result you have in mind? If so I'll start from the orders table, since that's where the grain lives."
	],
	[
		'sql-script-restate-grain',
		"Before typing, let me restate it: the output is a row per country per week with the count of distinct shoppers who placed at least one paid order in that week. I'm assuming weeks start on Monday, UTC, cancelled orders excluded, someone buying in two countries counted in both, and empty weeks simply missing. Is that the result you have in mind? Then I'd start from orders, that's where the grain lives."
	],
	[
		'behavioural-script-open-star',
		'Short version: I rebuilt our payments reconciliation so finance could close the month in 2 days instead of 8. Context: about 4 million transactions a month over three providers, all matched by hand in spreadsheets every month end. I was responsible for designing the new pipeline and getting finance to trust it. I will walk through the three decisions that mattered most and then the result.'
	],
	[
		'behavioural-script-open-star',
		"The short version is that I rebuilt payments reconciliation, and finance went from closing the month in eight days to two. We processed around four million transactions a month across three providers and someone matched them by hand in spreadsheets at every month-end. I owned designing the new pipeline and getting finance to trust it. I'll walk you through the three decisions that mattered most, then the result."
	],
	[
		'python-script-state-complexity',
		"Say n orders and m distinct products. Counting in a dict is one pass, so linear in n, with extra space for the m counts. For the top k I'd use heapq.nlargest, which is m log k rather than m log m for sorting all products. So overall n plus m log k time and order m space. If k is close to m, just sort, it's as fast and more readable. And if the orders don't fit in memory I'd count in chunks and add the counters up."
	],
	[
		'python-script-state-complexity',
		"With n orders and m distinct products: counting with a dictionary takes one pass, linear in n, plus extra space for the m counts. heapq nlargest gets the top k in m log k rather than m log m for a full sort, so it's n plus m log k time and m space overall. When k is close to m a plain sort is just as fast and easier to read, so I'd switch to that."
	],
	[
		'streaming-script-exactly-once-claim',
		"I'd state it carefully. Inside Flink, state is exactly-once: after a failure the job rolls back to the last checkpoint and replays from the Kafka offsets saved with it. End to end it depends on the sink. Into Kafka I use the transactional sink and downstream consumers must read committed only. Into the ledger table I upsert keyed on the payment event id, so a replay rewrites the same row; that's effectively once. I won't claim exactly-once for side effects like a receipt email, that needs its own idempotency key."
	],
	[
		'streaming-script-exactly-once-claim',
		"Let me state this carefully. Within Flink, state is exactly-once: on failure it rolls back to the last checkpoint and replays from the Kafka offsets stored with it. End to end, it depends on the sink. For Kafka, a transactional sink, and consumers have to read committed data. For the ledger, an upsert keyed on the payment event id, so replays rewrite the same row, which is effectively once. Side effects outside those systems, like a receipt email, need their own idempotency key."
	],
	[
		'platform-script-batch-or-streaming',
		"I'd decide per consumer by asking what breaks if the data is an hour late. Surge pricing breaks, a price from an hour-old demand is just wrong, so that path is streaming. The weekly driver earnings statement doesn't break; it needs complete data and has to be easy to rerun when a trip gets corrected, so it's batch. The city ops dashboard is in between, an incremental batch every 10 minutes is probably enough and much cheaper. So batch by default, streaming only where minutes are worth money."
	],
	[
		'platform-script-batch-or-streaming',
		"Per consumer, I ask what breaks if the data is an hour late. Surge pricing breaks, because pricing off hour-old demand is wrong, so that path is streaming. Weekly driver earnings don't break: they need complete data and must be easy to rerun when a trip is corrected, so they stay batch. The city operations dashboard can live with an incremental batch every ten minutes, far cheaper than another streaming job. So I'm batch by default, streaming only where minutes are worth money."
	],
	[
		'modeling-script-late-arriving-facts',
		"Three things. Partition by event time, not load time, so a late trip lands in the day it belongs to. When attaching the driver dimension, take the version that was valid when the trip happened, comparing event time to the validity range instead of using the current row. And the daily load reprocesses a trailing window of about three days, with a merge keyed on the event id, so reruns and late copies never double count. Anything older goes to a correction job."
	],
	[
		'modeling-script-late-arriving-facts',
		"I partition by event time, not load time, so late trips land in their own day. For the driver dimension I look up the version that was valid when the trip happened, using the validity range, not the current row. The daily load reprocesses a trailing window of say three days, merging keyed on the event id, so reruns never double count; anything older goes to a correction job."
	],
	[
		'behavioural-script-own-failure',
		"I shipped a change to our order dedup that silently dropped about 2% of returns for a week. That was my mistake: I'd tested on a sample with no partial returns. When a finance analyst flagged it, the first thing I did was tell the report's users which numbers were wrong and from when, then I reverted, backfilled the week and checked totals against the source. What I do differently now is add a reconciliation check against the source before any dedup rule change ships."
	],
	[
		'debugging-script-triage-first-minutes',
		"First, scope before fixing: which runs, since when, who's waiting on the table. Then the orchestrator tells me whether the job failed, never started, or succeeded with nothing new, and each points somewhere else. If it failed I read the first error, not the last one, since the last is usually a consequence. Then what changed since the last good run: a deploy, an upstream schema change, a late source, expired credentials. Meanwhile I tell the dashboard owners the data is stale."
	]
];

export const MISSES: Case[] = [
	['modeling-script-declare-grain', "I'd list the columns first: order id, item id, price, quantity, delivery fee and a created at timestamp, with a primary key on order id."],
	['modeling-script-declare-grain', "one row per order, with the delivery fee and all the item prices on it, and i'd sum them up in the dashboard"],
	['modeling-script-partition-key', "I'd partition by advertiser id so each advertiser's data sits together, and add an index on the date."],
	['modeling-script-partition-key', 'partition by hour and delete the old rows with a nightly job'],
	['modeling-script-why-not-index-everything', "indexes make queries faster, so i'd add one on every column we filter by, plus composite ones for the joins"],
	['modeling-script-why-not-index-everything', "Too many indexes use a lot of disk space, so I'd keep it to the important ones."],
	['sql-script-nulls-out-loud', "i'd use coalesce(reason, 'none') everywhere so nulls don't cause problems, and count(*) for the total"],
	['sql-script-nulls-out-loud', 'NULL just means missing, so the where clause is fine, and AVG treats NULL as zero.'],
	['sql-script-restate-grain', "I'll group the orders by country and date_trunc('week') and count the orders."],
	['sql-script-restate-grain', 'one row per country, counting all the buyers, with weeks starting on sunday'],
	['behavioural-script-open-star', 'I worked on a payments project with finance and it went really well, we saved a lot of time.'],
	['behavioural-script-open-star', 'So basically our team had a reconciliation problem and we fixed it together with a new pipeline'],
	['python-script-state-complexity', "It's O(n log n) because we sort all the orders, and the space is O(n)."],
	['python-script-state-complexity', "i'd use a Counter and most_common(k), that's fast enough"],
	['streaming-script-exactly-once-claim', 'Flink guarantees exactly-once end to end, so we never get duplicates anywhere, including the emails.'],
	['streaming-script-exactly-once-claim', 'we use kafka with at least once delivery and dedupe downstream'],
	['platform-script-batch-or-streaming', "Streaming is more modern, so I'd put everything on Kafka and Flink and retire the batch jobs."],
	['platform-script-batch-or-streaming', 'it depends on data volume: big data goes batch, small data goes streaming'],
	['modeling-script-late-arriving-facts', 'late data just gets loaded into the partition for today and we fix the totals at month end'],
	['modeling-script-late-arriving-facts', "I'd join to the current driver row and partition by load date, so late trips are easy to find."],
	['behavioural-script-own-failure', 'There was a bug in the deduplication job that another team introduced, and I helped them fix it quickly.'],
	['behavioural-script-own-failure', 'We had a data quality issue with returns once, but we caught it and it was fine in the end.'],
	['debugging-script-triage-first-minutes', "I'd rerun the job and see if it works the second time, and if not, look at the last error in the logs."],
	['debugging-script-triage-first-minutes', 'check the logs, fix the bug, rerun'],
];

