SELECT id FROM orders WHERE status = 'open' AND status = 'late';                           -- expect: contradictory-condition@49
-- message: 'status = 'late'' contradicts 'status = 'open'': no row satisfies both
-- span: status = 'late'
-- fix: If either value should match, use status IN (...) or OR
SELECT id FROM orders WHERE amount > 100 AND region = 'EU' AND amount < 50;                -- expect: contradictory-condition@64
-- message: 'amount < 50' contradicts 'amount > 100': no row satisfies both
-- span: amount < 50
-- fix: Check the bounds: as written the range is empty
SELECT id FROM orders WHERE (qty = 3 AND price > 0) AND qty >= 5;                          -- expect: contradictory-condition@57
-- message: 'qty >= 5' contradicts 'qty = 3': no row satisfies both
-- span: qty >= 5
-- fix: Check the bounds: as written the range is empty
SELECT id FROM orders WHERE d >= DATE '2024-06-01' AND d < '2024-01-01';                   -- expect: contradictory-condition@56
-- message: 'd < '2024-01-01'' contradicts 'd >= DATE '2024-06-01'': no row satisfies both
-- span: d < '2024-01-01'
-- fix: Check the bounds: as written the range is empty
SELECT id FROM orders WHERE qty BETWEEN 1 AND 5 AND qty = 9;                               -- expect: contradictory-condition@53
-- message: 'qty = 9' contradicts 'qty BETWEEN 1 AND 5': no row satisfies both
-- span: qty = 9
-- fix: Check the bounds: as written the range is empty
-- negatives: OR, a real range, equal duplicates, different columns, half-open touching bounds, WHERE 1 = 0
SELECT id FROM orders WHERE status = 'open' OR status = 'late';
SELECT id FROM orders WHERE amount > 10 AND amount < 50;
SELECT id FROM orders WHERE amount >= 10 AND amount <= 10;
SELECT id FROM orders WHERE qty = 1 AND qty = 1.0;
SELECT id FROM orders o JOIN refunds r ON o.id = r.order_id WHERE o.status = 'open' AND r.status = 'closed';
SELECT * FROM orders WHERE 1 = 0;
SELECT id FROM orders WHERE amount BETWEEN 100 AND 10;
SELECT id FROM events WHERE ts > '2024-01-01T10:00:00' AND ts < '2024-01-01 11:00:00';
