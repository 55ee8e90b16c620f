SELECT * FROM events ORDER BY rand() LIMIT 1000;                                             -- expect: order-by-rand@31
SELECT id FROM users ORDER BY RANDOM() LIMIT 10;                                             -- expect: order-by-rand@31
SELECT id, row_number() OVER (ORDER BY rand()) AS rn FROM users;                             -- expect: order-by-rand@40
-- Negative: random sampling without sorting
SELECT * FROM events WHERE rand() < 0.01;
-- Negative: an ordinary ORDER BY, and rand() in the select list
SELECT id, rand() AS r FROM users ORDER BY id LIMIT 10;
