SELECT customer_id, sum(amount) AS total FROM sales GROUP BY customer_id ORDER BY total DESC;  -- expect: order-by-without-limit@74
-- message: ORDER BY without LIMIT sorts the whole result globally (range shuffle and sort of every row)
-- span: ORDER BY
-- fix: Add LIMIT n if only the first rows are used, or let the consumer sort the result
WITH t AS (SELECT id FROM a) SELECT id FROM t ORDER BY id;                                   -- expect: order-by-without-limit@47
-- message: ORDER BY without LIMIT sorts the whole result globally (range shuffle and sort of every row)
-- span: ORDER BY
-- fix: Add LIMIT n if only the first rows are used, or let the consumer sort the result
SELECT id FROM a UNION ALL SELECT id FROM b ORDER BY id;                                      -- expect: order-by-without-limit@45
-- message: ORDER BY without LIMIT sorts the whole result globally (range shuffle and sort of every row)
-- span: ORDER BY
-- fix: Add LIMIT n if only the first rows are used, or let the consumer sort the result
-- Negative: LIMIT turns the sort into a cheap top-n
SELECT customer_id, sum(amount) AS total FROM sales GROUP BY customer_id ORDER BY total DESC LIMIT 100;
-- Negative: ORDER BY in a subquery is another rule's business; the outer query has none
SELECT count(*) FROM (SELECT id FROM a ORDER BY id) x;
-- Negative: sorting before a write is a layout choice
INSERT INTO sorted SELECT id FROM a ORDER BY id;
-- Negative: no ORDER BY at all
SELECT id FROM a;
