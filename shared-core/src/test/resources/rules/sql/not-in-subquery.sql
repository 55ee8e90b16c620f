-- NOT IN over a subquery that may return NULL: the whole filter silently becomes empty
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders);                        -- expect: not-in-subquery@32
SELECT c.id FROM customers c WHERE NOT (c.id IN (SELECT o.customer_id FROM orders o));           -- expect: not-in-subquery@36
SELECT id FROM customers WHERE region = 'EU' AND id NOT IN (SELECT customer_id FROM orders WHERE status = 'open' OR status IS NULL);  -- expect: not-in-subquery@50
SELECT id FROM products WHERE category NOT IN ('toys', NULL);                                    -- expect: not-in-subquery@31
-- negatives: IN (not negated), NOT EXISTS, NULL filtered in the subquery, literals / COUNT selected, plain lists
SELECT id FROM customers WHERE id IN (SELECT customer_id FROM orders);
SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id);
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id IS NOT NULL);
SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id > 0 AND status = 'open');
SELECT id FROM products WHERE category NOT IN ('toys', 'games');
SELECT id FROM products WHERE 0 NOT IN (SELECT count(*) FROM orders);
SELECT id FROM customers WHERE id NOT IN (SELECT coalesce(customer_id, -1) FROM orders);
