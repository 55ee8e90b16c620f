GRANT SELECT ON customers TO PUBLIC;                            -- expect: grant-to-public@30
GRANT SELECT ON TABLE customers TO `account users`;             -- expect: grant-to-public@36
-- negatives: a named role
GRANT SELECT ON customers TO analysts;
GRANT SELECT ON TABLE customers TO `data-engineers`;
