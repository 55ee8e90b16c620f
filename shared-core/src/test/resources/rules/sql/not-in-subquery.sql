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
