SELECT e.id, w.name FROM events e JOIN windows w ON e.ts >= w.start_ts AND e.ts < w.end_ts;      -- expect: non-equi-join@53
-- message: join condition of 'windows' has no equality: the join compares every pair of rows (nested loop)
-- span: e.ts >= w.start_ts AND e.ts < w.end_ts
-- fix: Add an equality on a key both sides share (e.g. a day or bucket column) and keep the range as an extra condition
SELECT b.id, count(*) FROM range_f f JOIN buckets b ON f.id BETWEEN b.lo AND b.hi GROUP BY b.id;  -- expect: non-equi-join@56
-- message: join condition of 'buckets' has no equality: the join compares every pair of rows (nested loop)
-- span: f.id BETWEEN b.lo AND b.hi
-- fix: Add an equality on a key both sides share (e.g. a day or bucket column) and keep the range as an extra condition
SELECT a.id FROM a LEFT JOIN b ON a.v < b.v;                                                     -- expect: non-equi-join@35
-- message: join condition of 'b' has no equality: the join compares every pair of rows (nested loop)
-- span: a.v < b.v
-- fix: Add an equality on a key both sides share (e.g. a day or bucket column) and keep the range as an extra condition
-- Positive: the spark-fixture "nested-loop" query, which Spark plans as a BroadcastNestedLoopJoin
SELECT b.id AS bucket, count(*) AS n FROM range(0, 100000, 1, 2) f
JOIN (SELECT id, id * 1000 AS lo, id * 1000 + 1000 AS hi FROM range(0, 100)) b
ON f.id >= b.lo AND f.id < b.hi GROUP BY b.id;                                                   -- expect: non-equi-join@4
-- message: join condition of 'b' has no equality: the join compares every pair of rows (nested loop)
-- span: f.id >= b.lo AND f.id < b.hi
-- fix: Add an equality on a key both sides share (e.g. a day or bucket column) and keep the range as an extra condition
-- Negative: an equality plus a range
SELECT e.id, w.name FROM events e JOIN windows w ON w.day = e.day AND e.ts >= w.start_ts AND e.ts < w.end_ts;
-- Negative: joins without a linking condition or with OR belong to other rules
SELECT o.id FROM orders o JOIN customers c ON c.active = true;
SELECT a.id FROM a JOIN b ON a.x = b.x OR a.y = b.y;
-- Negative: a range against a single-row aggregate is harmless
SELECT t.id FROM t JOIN (SELECT max(ts) AS m FROM u) mx ON t.ts > mx.m;
-- Negative: equality on expressions is still a hash key
SELECT a.id FROM a JOIN b ON floor(a.ts / 3600) = b.hour;
