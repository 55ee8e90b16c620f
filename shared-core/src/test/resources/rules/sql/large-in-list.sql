-- config: threshold.large-in-list.max=5
SELECT id FROM orders WHERE customer_id IN (1, 2, 3, 4, 5, 6);                              -- expect: large-in-list@44
SELECT id FROM orders WHERE status NOT IN ('a', 'b', 'c', 'd', 'e', 'f', 'g');              -- expect: large-in-list@43
-- Negative: at the threshold, and a subquery
SELECT id FROM orders WHERE customer_id IN (1, 2, 3, 4, 5);
SELECT id FROM orders WHERE customer_id IN (SELECT id FROM vip);
