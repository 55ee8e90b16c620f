SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.status = 'open';     -- expect: outer-join-filtered-in-where@85
-- message: 'o.status = 'open'' in WHERE removes the unmatched rows of the LEFT JOIN on o, so it acts as an INNER JOIN
-- span: o.status = 'open'
-- fix: Move the condition into the ON clause of the LEFT JOIN on o to keep unmatched rows, or write INNER JOIN if that is intended
SELECT c.id FROM customers c LEFT OUTER JOIN orders o ON o.customer_id = c.id
WHERE c.region = 'EU' AND o.amount > 100;                                                                  -- expect: outer-join-filtered-in-where@27
-- message: 'o.amount > 100' in WHERE removes the unmatched rows of the LEFT JOIN on o, so it acts as an INNER JOIN
-- span: o.amount > 100
-- fix: Move the condition into the ON clause of the LEFT JOIN on o to keep unmatched rows, or write INNER JOIN if that is intended
SELECT c.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE c.segment = o.segment;       -- expect: outer-join-filtered-in-where@79
-- message: 'c.segment = o.segment' in WHERE removes the unmatched rows of the LEFT JOIN on o, so it acts as an INNER JOIN
-- span: c.segment = o.segment
-- fix: Move the condition into the ON clause of the LEFT JOIN on o to keep unmatched rows, or write INNER JOIN if that is intended
-- negatives: anti-join idiom, condition in ON, OR IS NULL, COALESCE, inner join, filter on the preserved side
SELECT c.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.id IS NULL;
SELECT c.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'open';
SELECT c.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.status = 'open' OR o.status IS NULL;
SELECT c.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE coalesce(o.status, 'none') <> 'void';
SELECT c.id FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.status = 'open';
SELECT c.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE c.region = 'EU';
SELECT c.name, o.id FROM orders o RIGHT JOIN customers c ON c.id = o.customer_id WHERE o.state = 'open';   -- expect: outer-join-filtered-in-where@88
-- message: 'o.state = 'open'' in WHERE removes the unmatched rows of the RIGHT JOIN on c, so it acts as an INNER JOIN
-- span: o.state = 'open'
-- fix: Move the condition into the ON clause of the RIGHT JOIN on c to keep unmatched rows, or write INNER JOIN if that is intended
-- negatives: a RIGHT JOIN filtered on its preserved side, or on the optional side with IS NULL
SELECT c.name, o.id FROM orders o RIGHT JOIN customers c ON c.id = o.customer_id WHERE c.region = 'EU';
SELECT c.name FROM orders o RIGHT JOIN customers c ON c.id = o.customer_id WHERE o.id IS NULL;
