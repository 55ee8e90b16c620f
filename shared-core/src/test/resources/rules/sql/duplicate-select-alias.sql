SELECT o.amount AS total, o.tax AS total FROM orders o;                                    -- expect: duplicate-select-alias@36
-- message: output column name 'total' is used twice in this SELECT (also 'o.amount AS total')
-- span: total
-- fix: Give each output column its own name, e.g. 'o.tax AS total_2'
SELECT id, customer_id AS id FROM orders;                                                  -- expect: duplicate-select-alias@27
-- message: output column name 'id' is used twice in this SELECT (also 'id')
-- span: id
-- fix: Give each output column its own name, e.g. 'customer_id AS id_2'
SELECT x.id FROM (SELECT o.id, c.id FROM orders o JOIN customers c ON o.customer_id = c.id) x;  -- expect: duplicate-select-alias@32
-- message: output column name 'id' is used twice in this SELECT (also 'o.id')
-- span: c.id
-- fix: Give each output column its own name, e.g. 'c.id AS id_2'
CREATE TABLE pairs AS SELECT a.k, b.k FROM a JOIN b ON a.k = b.k;                         -- expect: duplicate-select-alias@35
-- message: output column name 'k' is used twice in this SELECT (also 'a.k')
-- span: b.k
-- fix: Give each output column its own name, e.g. 'b.k AS k_2'
-- negatives: distinct names, implicit duplicates in a top-level result, different columns
SELECT o.amount AS total, o.tax AS tax FROM orders o;
SELECT o.id, c.id FROM orders o JOIN customers c ON o.customer_id = c.id;
SELECT id, customer_id FROM orders;
SELECT t.k FROM (SELECT a.k AS k1, b.k AS k2 FROM a JOIN b ON a.k = b.k) t;
-- implicit duplicates whose names are read: the first branch of a derived UNION, a CTE, a view, a joined derived table
SELECT u.id FROM (SELECT o.id, c.id FROM o JOIN c ON true UNION ALL SELECT 1, 2) u;        -- expect: duplicate-select-alias@32
-- message: output column name 'id' is used twice in this SELECT (also 'o.id')
-- span: c.id
WITH p AS (SELECT o.id, c.id FROM o JOIN c ON true) SELECT * FROM p;                       -- expect: duplicate-select-alias@25
CREATE VIEW v AS SELECT o.id, c.id FROM o JOIN c ON true;                                  -- expect: duplicate-select-alias@31
SELECT * FROM a JOIN (SELECT o.id, c.id FROM o JOIN c ON true) x ON true;                  -- expect: duplicate-select-alias@36
SELECT * FROM a, ((SELECT o.id, c.id FROM o JOIN c ON true)) x;                            -- expect: duplicate-select-alias@33
-- Negative: implicit duplicates whose names nobody reads: a later UNION branch, an IN subquery, a scalar subquery, INSERT
SELECT u.id FROM (SELECT 1 AS id, 2 AS k UNION ALL SELECT o.id, c.id FROM o JOIN c ON true) u;
SELECT id FROM a WHERE (id, id) IN (SELECT o.id, c.id FROM o JOIN c ON true);
SELECT id FROM a WHERE EXISTS (SELECT o.id, c.id FROM o JOIN c ON true);
INSERT INTO pairs SELECT o.id, c.id FROM o JOIN c ON true;
(SELECT o.id, c.id FROM o JOIN c ON true) UNION ALL (SELECT 1, 2);
((SELECT o.id, c.id FROM o JOIN c ON true) UNION ALL (SELECT 1, 2)) ORDER BY 1;
-- but a parenthesised set operation as a derived table names its columns by its first branch
SELECT u.id FROM ((SELECT o.id, c.id FROM o JOIN c ON true) UNION ALL (SELECT 1, 2)) u;    -- expect: duplicate-select-alias@33
