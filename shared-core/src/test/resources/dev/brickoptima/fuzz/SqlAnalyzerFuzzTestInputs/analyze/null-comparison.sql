SELECT id FROM users WHERE deleted_at = NULL;            -- expect: null-comparison@28
SELECT id FROM users WHERE NULL <> deleted_at;           -- expect: null-comparison@28
SELECT id FROM users WHERE deleted_at IS NULL;
UPDATE users SET deleted_at = NULL WHERE id = 1;
