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
-- every UNION of a chain is its own finding, at its own keyword; a UNION ALL between them is not
SELECT id FROM a UNION SELECT id FROM b UNION SELECT id FROM c;                          -- expect: union-instead-of-union-all@18, union-instead-of-union-all@41
SELECT id FROM a UNION SELECT id FROM b UNION ALL SELECT id FROM c;                      -- expect: union-instead-of-union-all@18
SELECT id FROM a UNION ALL SELECT id FROM b UNION ALL SELECT id FROM c UNION SELECT id FROM d;   -- expect: union-instead-of-union-all@72
(SELECT id FROM a)UNION(SELECT id FROM b);                                               -- expect: union-instead-of-union-all@19
-- message: UNION removes duplicates with a shuffle and aggregation of the whole result; use UNION ALL if duplicates are impossible or acceptable
-- span: UNION
-- a CTE that is not recursive, or whose last branch does not read itself, is an ordinary UNION
WITH t AS (SELECT 1 AS id UNION SELECT 2 AS id) SELECT id FROM t;                        -- expect: union-instead-of-union-all@27
WITH t AS (SELECT 1 AS id UNION SELECT id FROM t) SELECT id FROM t;                      -- expect: union-instead-of-union-all@27
WITH RECURSIVE tree (id) AS (SELECT id FROM tree_roots UNION SELECT id FROM nodes) SELECT id FROM tree;   -- expect: union-instead-of-union-all@56
WITH RECURSIVE tree (id) AS (SELECT id FROM tree UNION SELECT id FROM nodes) SELECT id FROM tree;         -- expect: union-instead-of-union-all@50
WITH RECURSIVE tree (id) AS (SELECT id FROM (SELECT id FROM a UNION SELECT id FROM b) s UNION ALL SELECT n.id FROM nodes n JOIN tree t ON n.parent_id = t.id) SELECT id FROM tree;   -- expect: union-instead-of-union-all@63
-- Negative: the recursive branch may end with the CTE's name
WITH RECURSIVE tree (id) AS (SELECT id FROM nodes UNION SELECT id FROM tree) SELECT id FROM tree;
