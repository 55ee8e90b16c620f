GRANT SELECT ON customers TO PUBLIC;                            -- expect: grant-to-public@30
-- message: GRANT to PUBLIC gives the privilege to every user
-- span: PUBLIC
-- fix: Grant to a specific role or group instead of PUBLIC
GRANT SELECT ON TABLE customers TO `account users`;             -- expect: grant-to-public@36
-- message: GRANT to `account users` gives the privilege to every user
-- span: `account users`
-- fix: Grant to a specific role or group instead of `account users`
-- negatives: a named role
GRANT SELECT ON customers TO analysts;
GRANT SELECT ON TABLE customers TO `data-engineers`;
