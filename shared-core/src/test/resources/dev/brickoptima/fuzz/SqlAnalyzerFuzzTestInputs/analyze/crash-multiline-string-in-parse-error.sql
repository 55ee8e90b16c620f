-- SQL an application sends through JDBC (PostgreSQL-style), collected from a DAO.

SELECT * FROM users WHERE deleted_at = NULL;

SELECT u.id, u.name, (SELECT COUNT(*) FROM orders o  an application sends through JDBC (PostgreSQL-style), collected from a DAO.

SELECT * FROM users WHERE deleted_at = NULL;

SELECT u.id, u.name, (SELECT COUNT(*) FROM orders o WHERE o.user_id = u.id) AS order_count
FROM users u
WHERE u.actENDING';

SELECT DISTINCT customer_id, status FROM orders GROUP BY customer_id, status;

SELECT id, created_at FROM events ORDER BY RAND() LIMIT 10;

INSERT INTO audit_log VALUES (1, 'login', CURRENT_TIMESTAMP);

UPDATE accounts SET balance = 0;

SELECT id FROM products WHERE price BETWEEN 100 AND 10;

-- brickoptima:ignore select-star
SELECT * FROM feature_flaunt(*)
FROM storgs;

SELECT id, name FROM users WHERE id = 42;
