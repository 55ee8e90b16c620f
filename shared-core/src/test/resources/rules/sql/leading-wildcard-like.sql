SELECT id FROM customers WHERE email LIKE '%@example.com';                -- expect: leading-wildcard-like@43
-- message: LIKE pattern '%@example.com' on email starts with a wildcard: every row is scanned, no index or file skipping
-- span: '%@example.com'
-- fix: Use a prefix pattern ('abc%') if possible, or store the searched part in its own column (e.g. the e-mail domain, a reversed string for suffix search) and compare it with =
SELECT id FROM customers WHERE name NOT LIKE '_ohn%';                     -- expect: leading-wildcard-like@46
-- message: LIKE pattern '_ohn%' on name starts with a wildcard: every row is scanned, no index or file skipping
-- span: '_ohn%'
-- fix: Use a prefix pattern ('abc%') if possible, or store the searched part in its own column (e.g. the e-mail domain, a reversed string for suffix search) and compare it with =
SELECT id FROM customers c JOIN notes n ON n.cid = c.id AND n.body LIKE '%refund%';  -- expect: leading-wildcard-like@73
-- message: LIKE pattern '%refund%' on n.body starts with a wildcard: every row is scanned, no index or file skipping
-- span: '%refund%'
-- fix: Use a prefix pattern ('abc%') if possible, or store the searched part in its own column (e.g. the e-mail domain, a reversed string for suffix search) and compare it with =
SELECT id FROM products WHERE sku LIKE 'ABC-%';
SELECT id FROM products WHERE sku LIKE 'A%B';
SELECT CASE WHEN name LIKE '%Ltd' THEN 'company' ELSE 'person' END AS kind FROM customers;
SELECT id FROM products WHERE sku LIKE :pattern;
SELECT count(*) FROM household_demographics WHERE hd_buy_potential LIKE 'Unknown%';
