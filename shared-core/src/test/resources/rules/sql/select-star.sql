SELECT * FROM sales;                                     -- expect: select-star@8
-- message: SELECT * reads every column; list the columns the query needs
-- span: *
-- fix: Replace the star with the list of columns the query uses
SELECT s.*, c.name FROM sales s JOIN customers c ON s.cid = c.id;  -- expect: select-star@8
-- message: 's.*' reads every column; list the columns the query needs
-- span: s.*
-- fix: Replace the star with the list of columns the query uses
SELECT order_id, amount FROM sales;
SELECT COUNT(*) FROM sales;
SELECT id FROM customers c WHERE EXISTS (SELECT * FROM sales s WHERE s.cid = c.id);
WITH recent AS (SELECT id, amount FROM sales WHERE dt > '2024-01-01') SELECT * FROM recent;
SELECT * FROM (SELECT id, amount FROM sales) s;
SELECT x.* FROM (SELECT id FROM sales) x JOIN customers c ON x.id = c.id;
SELECT c.* FROM (SELECT id FROM sales) x JOIN customers c ON x.id = c.id;   -- expect: select-star@8
-- message: 'c.*' reads every column; list the columns the query needs
-- span: c.*
-- fix: Replace the star with the list of columns the query uses
-- a star over PIVOT / UNPIVOT output prunes nothing: the pivot decides which input columns are read
SELECT * FROM course_sales PIVOT (sum(earnings) FOR course IN ('dotNET', 'Java'));
SELECT * FROM earnings UNPIVOT (amount FOR quarter IN (q1, q2, q3, q4));
-- pipe syntax and scripting blocks: findings point at the star itself
FROM sales |> WHERE amount > 0 |> SELECT *;   -- expect: select-star@42
-- message: SELECT * reads every column; list the columns the query needs
-- span: *
-- fix: Replace the star with the list of columns the query uses
BEGIN
  SELECT * FROM sales;   -- expect: select-star@10
-- message: SELECT * reads every column; list the columns the query needs
-- span: *
-- fix: Replace the star with the list of columns the query uses
END;
