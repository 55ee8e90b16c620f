DELETE FROM orders;                                       -- expect: delete-update-without-where@1
UPDATE orders SET status = 'x';                           -- expect: delete-update-without-where@1
DELETE FROM orders WHERE id = 1;
UPDATE orders SET status = 'x' WHERE id = 2;
