SELECT id, name FROM customers UNION ALL SELECT id FROM prospects;                         -- expect: union-column-count-mismatch@49
-- message: set operation branch 2 selects 1 column, the first branch selects 2
-- span: id
-- fix: Select the same columns, in the same order, in every branch
SELECT id FROM a UNION SELECT id FROM b EXCEPT SELECT id, ts FROM c;                      -- expect: union-column-count-mismatch@55
-- message: set operation branch 3 selects 2 columns, the first branch selects 1
-- span: id, ts
-- fix: Select the same columns, in the same order, in every branch
-- negatives: same width, stars, a generator yielding several columns
SELECT id, name FROM customers UNION ALL SELECT id, name FROM prospects;
SELECT * FROM customers UNION ALL SELECT id, name FROM prospects;
SELECT id, explode(tags) FROM items UNION ALL SELECT id, tag, pos FROM item_tags;
