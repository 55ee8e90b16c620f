SELECT id, name FROM customers UNION ALL SELECT id FROM prospects;                         -- expect: union-column-count-mismatch@49
SELECT id FROM a UNION SELECT id FROM b EXCEPT SELECT id, ts FROM c;                      -- expect: union-column-count-mismatch@55
-- negatives: same width, stars, a generator yielding several columns
SELECT id, name FROM customers UNION ALL SELECT id, name FROM prospects;
SELECT * FROM customers UNION ALL SELECT id, name FROM prospects;
SELECT id, explode(tags) FROM items UNION ALL SELECT id, tag, pos FROM item_tags;
