-- config: dialect=postgres | threshold.large-in-list.max=3
SELECT id FROM orders WHERE customer_id IN (1, 2, 3, 4);                                    -- expect: large-in-list@44
-- message: IN list with 4 values on customer_id (more than 3): large to parse and plan, and not pushed down as a filter
-- span: (1, 2, 3, 4)
-- fix: Put the values in a temporary table (or a VALUES list / = ANY(array parameter)) and join it
SELECT id FROM orders WHERE left(coalesce(customer_name, customer_legacy_name), 8) IN ('a', 'b', 'c', 'd');  -- expect: large-in-list
-- message: IN list with 4 values on left(coalesce(customer_name, customer... (more than 3): large to parse and plan, and not pushed down as a filter
-- span: ('a', 'b', 'c', 'd')
-- fix: Put the values in a temporary table (or a VALUES list / = ANY(array parameter)) and join it
SELECT id FROM orders WHERE customer_id IN (1, 2, 3);
