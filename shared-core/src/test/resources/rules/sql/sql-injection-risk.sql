-- Template text as the hosts build it: each concatenated part of "..." + x + "..." is a hole __1, __2, ...
SELECT id FROM users WHERE name = '__1';                                  -- expect: sql-injection-risk@35
-- message: value concatenated into the string literal '__1'; use a bind parameter (?)
-- span: '__1'
-- fix: Replace the quoted, concatenated value with ? and bind the value as a parameter
SELECT id FROM users WHERE id = __1;                                      -- expect: sql-injection-risk@28
-- message: value concatenated into 'id = __1'; use a bind parameter (?)
-- span: id = __1
-- fix: Replace the concatenated value with ? and bind it as a parameter
SELECT id FROM users WHERE name LIKE '%__1%' AND tenant = 7;              -- expect: sql-injection-risk@38
-- message: value concatenated into the string literal '%__1%'; use a bind parameter (?)
-- span: '%__1%'
-- fix: Replace the quoted, concatenated value with ? and bind the value as a parameter
SELECT id FROM users WHERE id IN (__1, __2);                              -- expect: sql-injection-risk@28
-- message: value concatenated into 'id IN (__1, __2)'; use a bind parameter (?)
-- span: id IN (__1, __2)
-- fix: Replace the concatenated value with ? and bind it as a parameter
SELECT id FROM users WHERE lower(email) = lower(__1);                     -- expect: sql-injection-risk@28
-- message: value concatenated into 'lower(email) = lower(__1)'; use a bind parameter (?)
-- span: lower(email) = lower(__1)
-- fix: Replace the concatenated value with ? and bind it as a parameter
UPDATE users SET name = __1 WHERE id = 5;                                 -- expect: sql-injection-risk@18
-- message: value concatenated into 'name = __1'; use a bind parameter (?)
-- span: name = __1
-- fix: Replace the concatenated value with ? and bind it as a parameter
INSERT INTO users (id, name) VALUES (1, __1);                             -- expect: sql-injection-risk@37
-- message: value concatenated into the VALUES row '(1, __1)'; use bind parameters (?)
-- span: (1, __1)
-- fix: Write VALUES (?, ?, ...) and bind the values as parameters
-- negatives: bind parameters, holes as identifiers (table / column chosen in code), ordinary names with underscores
SELECT id FROM users WHERE name = ?;
SELECT id FROM __1 WHERE id = ?;
SELECT __1 FROM users WHERE id = ?;
SELECT id FROM users ORDER BY __1;
SELECT id FROM users WHERE __tmp_flag = 1 AND note = 'a__b';
-- each VALUES row with a hole is its own finding
INSERT INTO users (id, name) VALUES (1, __1), (2, 'b'), (3, __2);        -- expect: sql-injection-risk@37, sql-injection-risk@57
-- message: value concatenated into the VALUES row '(3, __2)'; use bind parameters (?)
-- span: (3, __2)
-- the value side of LIKE and BETWEEN, a call inside an IN list, a sign, a cast in arithmetic
SELECT id FROM users WHERE name LIKE __1;                                 -- expect: sql-injection-risk@28
-- message: value concatenated into 'name LIKE __1'; use a bind parameter (?)
SELECT id FROM users WHERE id BETWEEN __1 AND 10;                         -- expect: sql-injection-risk@28
-- message: value concatenated into 'id BETWEEN __1 AND 10'; use a bind parameter (?)
SELECT id FROM users WHERE id BETWEEN 1 AND __1 + 1;                      -- expect: sql-injection-risk@28
SELECT id FROM users WHERE id IN (1, abs(__1));                           -- expect: sql-injection-risk@28
-- message: value concatenated into 'id IN (1, abs(__1))'; use a bind parameter (?)
SELECT id FROM users WHERE id = -__1;                                     -- expect: sql-injection-risk@28
-- message: value concatenated into 'id = -__1'; use a bind parameter (?)
SELECT id FROM users WHERE id = CAST(__1 AS INT) * 2;                     -- expect: sql-injection-risk@28
-- message: value concatenated into 'id = CAST(__1 AS INT) * 2'; use a bind parameter (?)
SELECT id FROM users WHERE note = 'id:__1';                               -- expect: sql-injection-risk@35
-- span: 'id:__1'
-- negatives: a hole tested as a column (left of BETWEEN/LIKE), a hole that is a condition, underscores inside a word
SELECT id FROM users WHERE __1 BETWEEN 1 AND 2;
SELECT id FROM users WHERE __1 LIKE 'a%';
SELECT id FROM users WHERE flag = (__1 OR other_flag);
SELECT id FROM users WHERE flag AND __1;
SELECT id FROM users WHERE note = 'x__1' OR note = 'a___1';
INSERT INTO users (id, name) VALUES (1, 'a'), (2, 'b');
