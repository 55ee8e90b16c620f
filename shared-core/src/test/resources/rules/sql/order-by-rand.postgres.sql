-- config: dialect=postgres
SELECT id FROM users ORDER BY random() LIMIT 10;                                           -- expect: order-by-rand@31
-- message: ORDER BY random() sorts every row to draw a random sample
-- span: random()
-- fix: Use TABLESAMPLE BERNOULLI (p) or SYSTEM (p), or filter with WHERE random() < fraction before LIMIT
SELECT id FROM users ORDER BY id LIMIT 10;
