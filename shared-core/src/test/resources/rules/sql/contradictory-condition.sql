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
-- the literal on the left: the operator is read from the column's side
SELECT id FROM orders WHERE 5 < qty AND qty < 3;                                            -- expect: contradictory-condition
-- message: 'qty < 3' contradicts '5 < qty': no row satisfies both
-- fix: Check the bounds: as written the range is empty
SELECT id FROM orders WHERE 10 >= qty AND qty > 20;                                         -- expect: contradictory-condition
-- message: 'qty > 20' contradicts '10 >= qty': no row satisfies both
SELECT id FROM orders WHERE 3 > qty AND qty >= 7;                                           -- expect: contradictory-condition
-- message: 'qty >= 7' contradicts '3 > qty': no row satisfies both
SELECT id FROM orders WHERE 3 <= qty AND qty = 1;                                           -- expect: contradictory-condition
-- message: 'qty = 1' contradicts '3 <= qty': no row satisfies both
SELECT id FROM orders WHERE 'open' = status AND status = 'late';                            -- expect: contradictory-condition
-- message: 'status = 'late'' contradicts ''open' = status': no row satisfies both
-- fix: If either value should match, use status IN (...) or OR
SELECT id FROM orders WHERE status = 'open' AND 'late' = status;                            -- expect: contradictory-condition
-- fix: If either value should match, use status IN (...) or OR
SELECT id FROM orders WHERE 5 < qty AND 3 > qty;                                            -- expect: contradictory-condition
SELECT id FROM orders WHERE 5 <= qty AND 3 >= qty;                                          -- expect: contradictory-condition
-- negatives: the flipped operators leave room
SELECT id FROM orders WHERE 5 > qty AND qty > 3;
SELECT id FROM orders WHERE 5 >= qty AND qty >= 5;
SELECT id FROM orders WHERE 3 < qty AND qty < 5;
SELECT id FROM orders WHERE 3 <= qty AND qty <= 3;
SELECT id FROM orders WHERE 3 = qty AND qty = 3;
-- a bound after the equality, and each bound exactly at the value
SELECT id FROM orders WHERE qty > 5 AND qty = 3;                                            -- expect: contradictory-condition
-- message: 'qty = 3' contradicts 'qty > 5': no row satisfies both
SELECT id FROM orders WHERE qty = 5 AND qty > 5;                                            -- expect: contradictory-condition
-- message: 'qty > 5' contradicts 'qty = 5': no row satisfies both
SELECT id FROM orders WHERE qty = 5 AND qty < 5;                                            -- expect: contradictory-condition
SELECT id FROM orders WHERE qty < 5 AND qty = 5;                                            -- expect: contradictory-condition
SELECT id FROM orders WHERE qty >= 6 AND qty = 5;                                           -- expect: contradictory-condition
SELECT id FROM orders WHERE qty <= 4 AND qty = 5;                                           -- expect: contradictory-condition
SELECT id FROM orders WHERE qty = 5 AND qty >= 5;
SELECT id FROM orders WHERE qty = 5 AND qty <= 5;
SELECT id FROM orders WHERE qty >= 5 AND qty = 5;
SELECT id FROM orders WHERE qty <= 5 AND qty = 5;
SELECT id FROM orders WHERE qty > 4 AND qty = 5;
SELECT id FROM orders WHERE qty < 6 AND qty = 5;
SELECT id FROM orders WHERE qty = 'x' AND qty > 5;
-- two bounds: the upper one first, touching bounds with one strict side, two bounds on the same side
SELECT id FROM orders WHERE amount < 5 AND amount > 10;                                     -- expect: contradictory-condition
-- message: 'amount > 10' contradicts 'amount < 5': no row satisfies both
SELECT id FROM orders WHERE amount > 10 AND amount <= 10;                                   -- expect: contradictory-condition
SELECT id FROM orders WHERE amount >= 10 AND amount < 10;                                   -- expect: contradictory-condition
SELECT id FROM orders WHERE amount > 5 AND amount > 10;
SELECT id FROM orders WHERE amount < 5 AND amount <= 1;
SELECT id FROM orders WHERE amount > 'a' AND amount < 5;
SELECT id FROM orders WHERE amount < 10 AND amount > 5;
-- the first conflicting earlier term is named, once per column and chain
SELECT id FROM orders WHERE qty > 1 AND qty = 0 AND qty = 7;                                -- expect: contradictory-condition
-- message: 'qty = 0' contradicts 'qty > 1': no row satisfies both
SELECT id FROM orders WHERE qty = 7 AND qty > 1 AND qty = 0;                                -- expect: contradictory-condition
-- message: 'qty = 0' contradicts 'qty = 7': no row satisfies both
-- a chain inside parentheses is reported once, also under OR
SELECT id FROM orders WHERE (qty = 3 AND qty = 4) AND region = 'EU';                        -- expect: contradictory-condition
SELECT id FROM orders WHERE ((qty = 3 AND qty = 4)) AND region = 'EU';                      -- expect: contradictory-condition
SELECT id FROM orders WHERE (qty = 3 AND qty = 4) OR region = 'EU';                         -- expect: contradictory-condition
-- BETWEEN: a bound that is not a literal still leaves the other; NOT BETWEEN and other operators are not ranges
SELECT id FROM orders WHERE qty BETWEEN lo AND 5 AND qty = 9;                               -- expect: contradictory-condition
-- message: 'qty = 9' contradicts 'qty BETWEEN lo AND 5': no row satisfies both
SELECT id FROM orders WHERE qty BETWEEN 1 AND hi AND qty = 0;                               -- expect: contradictory-condition
-- message: 'qty = 0' contradicts 'qty BETWEEN 1 AND hi': no row satisfies both
SELECT id FROM orders WHERE qty = 9 AND qty BETWEEN 1 AND 5;                                -- expect: contradictory-condition
-- message: 'qty BETWEEN 1 AND 5' contradicts 'qty = 9': no row satisfies both
SELECT id FROM orders WHERE qty NOT BETWEEN 1 AND 5 AND qty = 9;
SELECT id FROM orders WHERE f(qty) BETWEEN 1 AND 5 AND qty = 9;
SELECT id FROM orders WHERE status <> 'open' AND status = 'late';
SELECT id FROM orders WHERE status = 'open' AND status <> 'late' AND status != 'x';
SELECT id FROM orders WHERE qty = 9 AND f(qty) = 1 AND qty + 1 = 3 AND 1 = 2;
-- a chain nested in a chain is one chain: its conflicts are not reported again on their own
SELECT id FROM orders WHERE qty = 1 AND (qty = 3 AND qty = 4);                              -- expect: contradictory-condition@42
-- message: 'qty = 3' contradicts 'qty = 1': no row satisfies both
SELECT id FROM orders WHERE qty = 1 AND ((qty = 3 AND qty = 4));                            -- expect: contradictory-condition@43
-- Negative: <> and != are not bounds
SELECT id FROM orders WHERE qty <> 5 AND qty = 5;
SELECT id FROM orders WHERE qty != 5 AND qty = 5;
SELECT id FROM orders WHERE qty = 5 AND qty <> 5;
