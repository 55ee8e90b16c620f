-- config: dialect=postgres
SELECT id FROM customers WHERE email LIKE '%@example.com';                -- expect: leading-wildcard-like@43
-- message: LIKE pattern '%@example.com' on email starts with a wildcard: every row is scanned, no index or file skipping
-- span: '%@example.com'
-- fix: Use a prefix pattern if possible; otherwise a trigram index (CREATE EXTENSION pg_trgm; CREATE INDEX ... USING gin (col gin_trgm_ops)) or full-text search serves substring matches
SELECT id FROM customers WHERE name ILIKE '%smith';                       -- expect: leading-wildcard-like@43
-- message: ILIKE pattern '%smith' on name starts with a wildcard: every row is scanned, no index or file skipping
-- span: '%smith'
-- fix: Use a prefix pattern if possible; otherwise a trigram index (CREATE EXTENSION pg_trgm; CREATE INDEX ... USING gin (col gin_trgm_ops)) or full-text search serves substring matches
SELECT id FROM customers WHERE name ILIKE 'smith%';
SELECT id FROM customers WHERE name LIKE '';
SELECT id FROM customers WHERE name LIKE '__1%';
