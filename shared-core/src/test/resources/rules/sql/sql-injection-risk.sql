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
