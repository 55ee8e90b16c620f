SELECT id FROM current_orders UNION SELECT id FROM archived_orders;                      -- expect: union-instead-of-union-all@31
-- message: UNION removes duplicates with a shuffle and aggregation of the whole result; use UNION ALL if duplicates are impossible or acceptable
-- span: UNION
-- fix: If the branches cannot return the same row, or duplicates do not matter, write UNION ALL
SELECT id FROM a UNION ALL SELECT id FROM b union SELECT id FROM c;                      -- expect: union-instead-of-union-all@45
-- message: UNION removes duplicates with a shuffle and aggregation of the whole result; use UNION ALL if duplicates are impossible or acceptable
-- span: union
-- fix: If the branches cannot return the same row, or duplicates do not matter, write UNION ALL
SELECT x FROM (SELECT id AS x FROM a
               UNION                                                                    -- expect: union-instead-of-union-all@16
-- message: UNION removes duplicates with a shuffle and aggregation of the whole result; use UNION ALL if duplicates are impossible or acceptable
-- span: UNION
-- fix: If the branches cannot return the same row, or duplicates do not matter, write UNION ALL
               SELECT id FROM b) u;
(SELECT id FROM a) UNION (SELECT id FROM b);                                            -- expect: union-instead-of-union-all@20
-- message: UNION removes duplicates with a shuffle and aggregation of the whole result; use UNION ALL if duplicates are impossible or acceptable
-- span: UNION
-- fix: If the branches cannot return the same row, or duplicates do not matter, write UNION ALL
-- Negative: UNION ALL and explicit UNION DISTINCT
SELECT id FROM current_orders UNION ALL SELECT id FROM archived_orders;
SELECT id FROM current_orders UNION DISTINCT SELECT id FROM archived_orders;
-- Negative: INTERSECT and EXCEPT are set operations by nature
SELECT id FROM a INTERSECT SELECT id FROM b;
SELECT id FROM a EXCEPT SELECT id FROM b;
-- Negative: the UNION of a recursive query stops it on cycles
WITH RECURSIVE tree (id, parent_id) AS (SELECT id, parent_id FROM nodes WHERE id = 1 UNION SELECT n.id, n.parent_id FROM nodes n JOIN tree t ON n.parent_id = t.id) SELECT id FROM tree;
-- but a UNION elsewhere in a recursive query is an ordinary one
WITH RECURSIVE tree (id) AS (SELECT id FROM nodes WHERE id = 1 UNION ALL SELECT n.id FROM nodes n JOIN tree t ON n.parent_id = t.id) SELECT id FROM tree UNION SELECT id FROM roots;   -- expect: union-instead-of-union-all@154
-- message: UNION removes duplicates with a shuffle and aggregation of the whole result; use UNION ALL if duplicates are impossible or acceptable
-- span: UNION
-- fix: If the branches cannot return the same row, or duplicates do not matter, write UNION ALL
