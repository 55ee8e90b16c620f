-- config: threshold.large-in-list.max=5
SELECT id FROM orders WHERE customer_id IN (1, 2, 3, 4, 5, 6);                              -- expect: large-in-list@44
-- message: IN list with 6 values on customer_id (more than 5): large to parse and plan, and not pushed down as a filter
-- span: (1, 2, 3, 4, 5, 6)
-- fix: Put the values in a temporary view or a broadcast DataFrame and join (or LEFT SEMI JOIN) it
SELECT id FROM orders WHERE status NOT IN ('a', 'b', 'c', 'd', 'e', 'f', 'g');              -- expect: large-in-list@43
-- message: IN list with 7 values on status (more than 5): large to parse and plan, and not pushed down as a filter
-- span: ('a', 'b', 'c', 'd', 'e', 'f', 'g')
-- fix: Put the values in a temporary view or a broadcast DataFrame and join (or LEFT SEMI JOIN) it
-- Negative: at the threshold, and a subquery
SELECT id FROM orders WHERE customer_id IN (1, 2, 3, 4, 5);
SELECT id FROM orders WHERE customer_id IN (SELECT id FROM vip);
