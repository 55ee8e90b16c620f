-- Template text as the hosts build it: each concatenated part of "..." + x + "..." is a hole __1, __2, ...
SELECT id FROM users WHERE name = '__1';                                  -- expect: sql-injection-risk@35
SELECT id FROM users WHERE id = __1;                                      -- expect: sql-injection-risk@28
SELECT id FROM users WHERE name LIKE '%__1%' AND tenant = 7;              -- expect: sql-injection-risk@38
SELECT id FROM users WHERE id IN (__1, __2);                              -- expect: sql-injection-risk@28
SELECT id FROM users WHERE lower(email) = lower(__1);                     -- expect: sql-injection-risk@28
UPDATE users SET name = __1 WHERE id = 5;                                 -- expect: sql-injection-risk@18
INSERT INTO users (id, name) VALUES (1, __1);                             -- expect: sql-injection-risk@37
-- negatives: bind parameters, holes as identifiers (table / column chosen in code), ordinary names with underscores
SELECT id FROM users WHERE name = ?;
SELECT id FROM __1 WHERE id = ?;
SELECT __1 FROM users WHERE id = ?;
SELECT id FROM users ORDER BY __1;
SELECT id FROM users WHERE __tmp_flag = 1 AND note = 'a__b';
