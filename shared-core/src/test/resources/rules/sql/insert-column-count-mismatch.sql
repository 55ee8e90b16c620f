INSERT INTO orders (id, status) VALUES (1, 'open', 9.90);                                  -- expect: insert-column-count-mismatch@40
-- message: INSERT names 2 columns but provides 3 values
-- span: (1, 'open', 9.90)
-- fix: Make the column list and the values match one to one
INSERT INTO orders (id, status, amount) VALUES (1, 'open', 9.90), (2, 'late');             -- expect: insert-column-count-mismatch@67
-- message: INSERT names 3 columns but provides 2 values
-- span: (2, 'late')
-- fix: Make the column list and the values match one to one
INSERT INTO orders (id, status) SELECT id, status, amount FROM staged;                     -- expect: insert-column-count-mismatch@40
-- message: INSERT names 2 columns but provides 3 values
-- span: id, status, amount
-- fix: Make the column list and the values match one to one
-- negatives: matching lists, a star, no column list
INSERT INTO orders (id, status, amount) VALUES (1, 'open', 9.90), (2, 'late', 1.00);
INSERT INTO orders (id, status) SELECT id, status FROM staged;
INSERT INTO orders (id, status) SELECT * FROM staged;
INSERT INTO orders VALUES (1, 'open', 9.90);
INSERT INTO sales PARTITION (dt) (id, amount) SELECT id, amount, dt FROM staged;
-- a parenthesised expression is one value of the row, not a row
INSERT INTO counters (id, hits, label) VALUES ((? * 10), ?, ?);
INSERT INTO counters (id, hits) VALUES ((SELECT MAX(id) + 1 FROM counters), 0);
INSERT INTO pairs (a, b) VALUES ((1), (2));
INSERT INTO singles (a) VALUES (1), (2), (3);
