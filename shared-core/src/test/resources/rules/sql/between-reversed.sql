SELECT id FROM orders WHERE amount BETWEEN 100 AND 10;                                  -- expect: between-reversed@29
-- message: BETWEEN 100 AND 10 matches no row: the lower bound is larger than the upper bound
-- span: amount BETWEEN 100 AND 10
-- fix: Swap the bounds: BETWEEN 10 AND 100
-- fixed: SELECT id FROM orders WHERE amount BETWEEN 10 AND 100;
SELECT id FROM orders WHERE order_date BETWEEN DATE '2024-12-31' AND DATE '2024-01-01'; -- expect: between-reversed@29
-- message: BETWEEN DATE '2024-12-31' AND DATE '2024-01-01' matches no row: the lower bound is larger than the upper bound
-- span: order_date BETWEEN DATE '2024-12-31' AND DATE '2024-01-01'
-- fix: Swap the bounds: BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'
-- fixed: SELECT id FROM orders WHERE order_date BETWEEN DATE '2024-01-01' AND DATE '2024-12-31';
SELECT id FROM orders WHERE order_date NOT BETWEEN '2024-12-31' AND '2024-01-01';       -- expect: between-reversed@29
-- message: BETWEEN '2024-12-31' AND '2024-01-01' keeps every non-NULL row: the lower bound is larger than the upper bound
-- span: order_date NOT BETWEEN '2024-12-31' AND '2024-01-01'
-- fix: Swap the bounds: BETWEEN '2024-01-01' AND '2024-12-31'
-- fixed: SELECT id FROM orders WHERE order_date NOT BETWEEN '2024-01-01' AND '2024-12-31';
SELECT id FROM orders WHERE delta BETWEEN 5 AND -5;                                     -- expect: between-reversed@29
-- message: BETWEEN 5 AND -5 matches no row: the lower bound is larger than the upper bound
-- span: delta BETWEEN 5 AND -5
-- fix: Swap the bounds: BETWEEN -5 AND 5
-- fixed: SELECT id FROM orders WHERE delta BETWEEN -5 AND 5;
-- negatives: ordered bounds, equal bounds, expressions, non-date strings, SYMMETRIC
SELECT id FROM orders WHERE amount BETWEEN 10 AND 100;
SELECT id FROM orders WHERE amount BETWEEN 10 AND 10;
SELECT id FROM orders WHERE delta BETWEEN -5 AND 5;
SELECT id FROM orders WHERE amount BETWEEN 154 AND 154 + 10;
SELECT id FROM orders WHERE name BETWEEN 'b' AND 'a';
SELECT id FROM orders WHERE amount BETWEEN low_limit AND high_limit;
