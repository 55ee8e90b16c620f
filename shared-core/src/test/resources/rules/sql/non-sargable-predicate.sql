SELECT id FROM orders WHERE year(order_date) = 2024;                              -- expect: non-sargable-predicate@29
-- message: function year() applied to column 'order_date' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: year(order_date)
-- fix: Compare the bare column with a range: order_date >= DATE '2024-01-01' AND order_date < DATE '2025-01-01'
SELECT id FROM orders WHERE CAST(created_at AS DATE) = DATE '2024-03-01';         -- expect: non-sargable-predicate@29
-- message: CAST applied to column 'created_at' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: CAST(created_at AS DATE)
-- fix: Compare the bare column with a one-day range: created_at >= DATE '2024-03-01' AND created_at < DATE '2024-03-01' + INTERVAL 1 DAY
SELECT id FROM products WHERE price * 1.1 > 100;                                  -- expect: non-sargable-predicate@31
-- message: arithmetic applied to column 'price' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: price * 1.1
-- fix: Isolate the column: move the arithmetic to the constant side (e.g. price * 1.1 > 100 becomes price > 100 / 1.1)
SELECT id FROM customers WHERE upper(name) = 'ACME';                              -- expect: non-sargable-predicate@32
-- message: function upper() applied to column 'name' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: upper(name)
-- fix: Store the value normalised (case, spaces) and compare it directly; on PostgreSQL an expression index on upper(name) also works
SELECT id FROM customers c JOIN orders o ON o.cid = c.id AND lower(c.country) IN ('de', 'at');  -- expect: non-sargable-predicate@62
-- message: function lower() applied to column 'c.country' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: lower(c.country)
-- fix: Store the value normalised (case, spaces) and compare it directly; on PostgreSQL an expression index on lower(c.country) also works
SELECT id FROM events WHERE date_add(event_date, 7) BETWEEN DATE '2024-01-01' AND DATE '2024-02-01';  -- expect: non-sargable-predicate@29
-- message: function date_add() applied to column 'event_date' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: date_add(event_date, 7)
-- fix: Compare the bare column with the equivalent range of event_date values (apply the inverse computation to the constant)
SELECT id FROM events WHERE 2024 = extract(YEAR FROM event_date);                 -- expect: non-sargable-predicate@36
-- message: EXTRACT applied to column 'event_date' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: extract(YEAR FROM event_date)
-- fix: Compare the bare column with a range: event_date >= DATE '2024-01-01' AND event_date < DATE '2025-01-01'
DELETE FROM logs WHERE to_date(ts) < DATE '2020-01-01';                           -- expect: non-sargable-predicate@24
-- message: function to_date() applied to column 'ts' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: to_date(ts)
-- fix: Compare the bare column with a range of timestamps instead of converting it to a date
SELECT id FROM accounts WHERE coalesce(balance, 0) > 100;                          -- expect: non-sargable-predicate@31
-- message: function coalesce() applied to column 'balance' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: coalesce(balance, 0)
-- fix: Spell out the NULL case: (balance = value OR balance IS NULL)
SELECT id FROM customers WHERE substr(zip, 1, 3) IN ('941', '945');               -- expect: non-sargable-predicate@32
-- message: function substr() applied to column 'zip' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: substr(zip, 1, 3)
-- fix: Write the prefix test as zip LIKE 'prefix%', which engines turn into a range
-- Negative: no sargable rewrite exists for these computations
SELECT id FROM customers WHERE length(name) > 10;
SELECT id FROM events WHERE get_json_object(payload, '$.type') = 'click';
SELECT id FROM events WHERE id % 10 = 3;
SELECT id FROM events WHERE month(event_date) = 3;
SELECT id FROM customers WHERE substr(zip, 3, 2) = '41';
-- Negative: the function is on the constant side
SELECT id FROM orders WHERE order_date >= date_sub(current_date(), 7);
SELECT d_date FROM date_dim WHERE d_date BETWEEN cast('1999-02-22' AS DATE) AND (cast('1999-02-22' AS DATE) + INTERVAL 30 days);
-- Negative: column against column, or against an expression of another column
SELECT a.id FROM a JOIN b ON upper(a.code) = b.code;
SELECT d1.d_week_seq FROM date_dim d1, date_dim d2 WHERE d1.d_week_seq = d2.d_week_seq - 53;
-- Negative: two columns wrapped together: no sargable rewrite exists
SELECT id FROM order_lines WHERE price * quantity > 1000;
-- Negative: a function of a derived table's column has no statistics to use anyway
SELECT item FROM (SELECT item, sum(sales) AS s, avg(sales) AS a FROM monthly GROUP BY item) x WHERE abs(s - a) / a > 0.1;
-- Negative: in the select list and in HAVING
SELECT upper(name) FROM customers WHERE id = 1;
SELECT region FROM sales GROUP BY region HAVING sum(amount) * 2 > 100;
-- Negative: aggregate or random functions are not column wrappers
SELECT id FROM events WHERE rand() < 0.01;
-- the advice for each kind of wrapping, also when no exact rewrite can be spelled out
SELECT id FROM orders WHERE year(order_date) >= 2020;                             -- expect: non-sargable-predicate
-- message: function year() applied to column 'order_date' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: year(order_date)
-- fix: Compare the bare column with a range of dates (from the first day of the first year to the first day after the last)
SELECT id FROM orders WHERE CAST(code AS INT) = 7;                                -- expect: non-sargable-predicate
-- message: CAST applied to column 'code' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: CAST(code AS INT)
-- fix: Compare code with a constant of its own type instead of casting the column
SELECT id FROM orders WHERE to_date(ts) = DATE '2024-03-01';                      -- expect: non-sargable-predicate
-- message: function to_date() applied to column 'ts' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: to_date(ts)
-- fix: Compare the bare column with a one-day range: ts >= DATE '2024-03-01' AND ts < DATE '2024-03-01' + INTERVAL 1 DAY
SELECT id FROM customers WHERE left(zip, 3) = '941';                              -- expect: non-sargable-predicate
-- message: function left() applied to column 'zip' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: left(zip, 3)
-- fix: Write the prefix test as zip LIKE 'prefix%', which engines turn into a range
SELECT id FROM accounts WHERE -balance < -100;                                    -- expect: non-sargable-predicate
-- message: arithmetic applied to column 'balance' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: -balance
-- fix: Isolate the column: move the arithmetic to the constant side (e.g. price * 1.1 > 100 becomes price > 100 / 1.1)
SELECT id FROM events WHERE date_trunc('month', event_date) = DATE '2024-03-01';  -- expect: non-sargable-predicate
-- message: function date_trunc() applied to column 'event_date' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: date_trunc('month', event_date)
-- fix: Compare the bare column with the equivalent range of event_date values (apply the inverse computation to the constant)
SELECT id FROM accounts WHERE 100 < nvl(balance, 0);                              -- expect: non-sargable-predicate
-- message: function nvl() applied to column 'balance' in a filter: indexes and min/max file skipping on the column cannot be used
-- span: nvl(balance, 0)
-- fix: Spell out the NULL case: (balance = value OR balance IS NULL)
-- a column of a derived table, a CTE or no known source has no index or statistics to lose
SELECT id FROM customers WHERE left(upper(zip), 2) = 'AB';
SELECT id FROM customers WHERE substr(zip, 1) = '9';
SELECT id FROM customers WHERE coalesce(balance, 0, 1) > 100;
SELECT c.id FROM customers c WHERE upper(x.name) = 'A';
WITH n AS (SELECT id, name FROM customers) SELECT id FROM n WHERE upper(name) = 'A';
SELECT id FROM (SELECT id, name FROM customers) d WHERE upper(d.name) = 'A';
SELECT id FROM events WHERE extract(MONTH FROM event_date) = 3;
