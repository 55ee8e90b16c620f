-- NOT IN over a subquery that may return NULL: the whole filter silently becomes empty
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders);                        -- expect: not-in-subquery@32
-- message: 'id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM orders WHERE orders.customer_id = customers.id)
SELECT c.id FROM customers c WHERE NOT (c.id IN (SELECT o.customer_id FROM orders o));           -- expect: not-in-subquery@36
-- message: 'c.id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: NOT (c.id IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)
SELECT id FROM customers WHERE region = 'EU' AND id NOT IN (SELECT customer_id FROM orders WHERE status = 'open' OR status IS NULL);  -- expect: not-in-subquery@50
-- message: 'id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM orders WHERE (status = 'open' OR status IS NULL) AND orders.customer_id = customers.id)
SELECT id FROM products WHERE category NOT IN ('toys', NULL);                                    -- expect: not-in-subquery@31
-- message: 'category NOT IN (...)' lists NULL, so it is never true
-- span: category NOT IN
-- fix: Remove NULL from the list; to exclude NULLs as well add 'category IS NOT NULL'
-- negatives: IN (not negated), NOT EXISTS, NULL filtered in the subquery, literals / COUNT selected, plain lists
SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders);
SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id IS NOT NULL);
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id > 0 AND status = 'open');
SELECT id FROM products WHERE category NOT IN ('toys', 'games');
SELECT id FROM products WHERE 0 NOT IN (SELECT count(*) FROM orders);
SELECT id FROM customers WHERE id NOT IN (SELECT coalesce(customer_id, -1) FROM orders);
-- the subquery's WHERE filters NULLs out with LIKE, IN or BETWEEN, negated or not
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id LIKE 'C%');
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id NOT LIKE 'X%');
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id IN (1, 2));
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id NOT IN (3, 4));
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id BETWEEN 1 AND 9);
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id NOT BETWEEN 1 AND 9);
SELECT id FROM customers WHERE id NOT IN (SELECT 1 FROM orders);
SELECT id FROM customers WHERE id NOT IN (SELECT 'x' FROM orders);
SELECT id FROM customers WHERE id NOT IN (SELECT ifnull(customer_id, 0) FROM orders);
-- a filter on another column, a function that can return NULL, a NULL default: reported
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE status LIKE 'o%');  -- expect: not-in-subquery
-- message: 'id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM orders WHERE status LIKE 'o%' AND orders.customer_id = customers.id)
SELECT id FROM customers WHERE id NOT IN (SELECT max(customer_id) FROM orders);                  -- expect: not-in-subquery
-- message: 'id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM ... WHERE inner_column = outer_column), or filter NULLs in the subquery with 'WHERE column IS NOT NULL'
SELECT id FROM customers WHERE id NOT IN (SELECT nvl(customer_id, legacy_id) FROM orders);       -- expect: not-in-subquery
-- message: 'id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM ... WHERE inner_column = outer_column), or filter NULLs in the subquery with 'WHERE column IS NOT NULL'
-- the hint falls back to the generic shape when the subquery is not one plain column of one table
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders UNION SELECT customer_id FROM returns);  -- expect: not-in-subquery
-- message: 'id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM ... WHERE inner_column = outer_column), or filter NULLs in the subquery with 'WHERE column IS NOT NULL'
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders GROUP BY customer_id);  -- expect: not-in-subquery
-- message: 'id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM ... WHERE inner_column = outer_column), or filter NULLs in the subquery with 'WHERE column IS NOT NULL'
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id + 0 FROM orders);                   -- expect: not-in-subquery
-- message: 'id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM ... WHERE inner_column = outer_column), or filter NULLs in the subquery with 'WHERE column IS NOT NULL'
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders JOIN shops ON shop_id = shops.id);  -- expect: not-in-subquery
-- message: 'id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM ... WHERE inner_column = outer_column), or filter NULLs in the subquery with 'WHERE column IS NOT NULL'
SELECT c.id FROM customers c JOIN regions r ON r.id = c.region_id WHERE id NOT IN (SELECT customer_id FROM orders);  -- expect: not-in-subquery
-- message: 'id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM ... WHERE inner_column = outer_column), or filter NULLs in the subquery with 'WHERE column IS NOT NULL'
SELECT id FROM (SELECT id FROM customers) c WHERE id NOT IN (SELECT customer_id FROM orders);    -- expect: not-in-subquery
-- message: 'id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM ... WHERE inner_column = outer_column), or filter NULLs in the subquery with 'WHERE column IS NOT NULL'
-- qualified columns and joins are kept as written
SELECT c.id FROM customers c WHERE c.id NOT IN (SELECT o.customer_id FROM orders o JOIN shops s ON s.id = o.shop_id);  -- expect: not-in-subquery
-- message: 'c.id NOT IN (subquery)' is never true if the subquery returns a NULL; use NOT EXISTS
-- span: c.id NOT IN
-- fix: Rewrite as NOT EXISTS (SELECT 1 FROM orders o JOIN shops s ON s.id = o.shop_id WHERE o.customer_id = c.id)
