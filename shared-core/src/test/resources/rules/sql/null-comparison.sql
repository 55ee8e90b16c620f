SELECT id FROM users WHERE deleted_at = NULL;            -- expect: null-comparison@28
-- message: 'deleted_at = NULL' is never true; use IS NULL
-- span: deleted_at = NULL
-- fix: Replace with 'deleted_at IS NULL'
-- fixed: SELECT id FROM users WHERE deleted_at IS NULL;
SELECT id FROM users WHERE NULL <> deleted_at;           -- expect: null-comparison@28
-- message: 'NULL <> deleted_at' is never true; use IS NOT NULL
-- span: NULL <> deleted_at
-- fix: Replace with 'deleted_at IS NOT NULL'
-- fixed: SELECT id FROM users WHERE deleted_at IS NOT NULL;
SELECT id FROM users WHERE deleted_at IS NULL;
UPDATE users SET deleted_at = NULL WHERE id = 1;
