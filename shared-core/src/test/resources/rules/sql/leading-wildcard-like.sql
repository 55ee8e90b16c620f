SELECT id FROM customers WHERE email LIKE '%@example.com';                -- expect: leading-wildcard-like@43
SELECT id FROM customers WHERE name NOT LIKE '_ohn%';                     -- expect: leading-wildcard-like@46
SELECT id FROM customers c JOIN notes n ON n.cid = c.id AND n.body LIKE '%refund%';  -- expect: leading-wildcard-like@73
SELECT id FROM products WHERE sku LIKE 'ABC-%';
SELECT id FROM products WHERE sku LIKE 'A%B';
SELECT CASE WHEN name LIKE '%Ltd' THEN 'company' ELSE 'person' END AS kind FROM customers;
SELECT id FROM products WHERE sku LIKE :pattern;
SELECT count(*) FROM household_demographics WHERE hd_buy_potential LIKE 'Unknown%';
