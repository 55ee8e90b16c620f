SELECT * FROM events ORDER BY rand() LIMIT 1000;                                             -- expect: order-by-rand@31
-- message: ORDER BY rand() sorts every row to draw a random sample
-- span: rand()
-- fix: Use TABLESAMPLE (p PERCENT) or filter with WHERE rand() < fraction (then LIMIT) instead of sorting
SELECT id FROM users ORDER BY RANDOM() LIMIT 10;                                             -- expect: order-by-rand@31
-- message: ORDER BY random() sorts every row to draw a random sample
-- span: RANDOM()
-- fix: Use TABLESAMPLE (p PERCENT) or filter with WHERE rand() < fraction (then LIMIT) instead of sorting
SELECT id, row_number() OVER (ORDER BY rand()) AS rn FROM users;                             -- expect: order-by-rand@40
-- message: ORDER BY rand() sorts every row to draw a random sample
-- span: rand()
-- fix: Use TABLESAMPLE (p PERCENT) or filter with WHERE rand() < fraction (then LIMIT) instead of sorting
-- Negative: random sampling without sorting
SELECT * FROM events WHERE rand() < 0.01;
-- Negative: an ordinary ORDER BY, and rand() in the select list
SELECT id, rand() AS r FROM users ORDER BY id LIMIT 10;
