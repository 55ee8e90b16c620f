-- config: dialect=postgres
SELECT count(DISTINCT user_id), count(DISTINCT session_id) FROM events;                     -- expect: count-distinct-multiple@33
-- message: 2 DISTINCT aggregates over different columns in one SELECT: each one sorts or hashes the input separately
-- span: count(DISTINCT session_id)
-- fix: Compute each distinct count in its own aggregation (subquery) and join the results, or use an approximate count
SELECT count(DISTINCT user_id, device_id) FROM events;                                     -- expect: count-distinct-multiple@8
-- message: COUNT(DISTINCT user_id, device_id) deduplicates the column combination: every distinct tuple is shuffled
-- span: count(DISTINCT user_id, device_id)
-- fix: Compute each distinct count in its own aggregation (subquery) and join the results, or use an approximate count
SELECT count(DISTINCT user_id), count(*) FROM events;
