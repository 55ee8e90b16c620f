SELECT count(DISTINCT user_id), count(DISTINCT session_id) FROM events;                     -- expect: count-distinct-multiple@33
-- message: 2 DISTINCT aggregates over different columns in one SELECT: Spark expands every input row 2 times before the shuffle
-- span: count(DISTINCT session_id)
-- fix: Use approx_count_distinct(...) if an estimate is enough; otherwise compute each distinct count in its own aggregation and join the results
SELECT day, count(DISTINCT user_id), sum(DISTINCT amount), count(DISTINCT device) FROM events GROUP BY day;  -- expect: count-distinct-multiple@38
-- message: 3 DISTINCT aggregates over different columns in one SELECT: Spark expands every input row 3 times before the shuffle
-- span: sum(DISTINCT amount)
-- fix: Use approx_count_distinct(...) if an estimate is enough; otherwise compute each distinct count in its own aggregation and join the results
SELECT count(DISTINCT user_id, device_id) FROM events;                                     -- expect: count-distinct-multiple@8
-- message: COUNT(DISTINCT user_id, device_id) deduplicates the column combination: every distinct tuple is shuffled
-- span: count(DISTINCT user_id, device_id)
-- fix: Use approx_count_distinct(...) if an estimate is enough; otherwise compute each distinct count in its own aggregation and join the results
-- Negative: one distinct argument set, however often it appears (TPC-DS q16 style)
SELECT count(DISTINCT cs_order_number) AS order_count, sum(cs_ext_ship_cost) FROM catalog_sales
ORDER BY count(DISTINCT cs_order_number);
-- Negative: distinct aggregates in different subqueries (TPC-DS q28 style)
SELECT * FROM (SELECT count(DISTINCT a) FROM t) x, (SELECT count(DISTINCT b) FROM t) y;
-- Negative: approximate counts
SELECT approx_count_distinct(user_id), approx_count_distinct(session_id) FROM events;
