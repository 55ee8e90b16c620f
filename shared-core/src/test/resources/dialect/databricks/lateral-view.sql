-- Hive-style LATERAL VIEW [OUTER] generator: one row per element.
-- source: https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-qry-select-lateral-view
SELECT e.event_id, tag FROM events e LATERAL VIEW explode(e.tags) t AS tag;
SELECT e.event_id, k, v FROM events e LATERAL VIEW OUTER explode(e.attributes) a AS k, v WHERE k <> 'debug';
SELECT e.event_id, pos, tag FROM events e LATERAL VIEW posexplode(e.tags) t AS pos, tag;
SELECT * FROM events e LATERAL VIEW explode(e.tags) t AS tag;   -- expect: select-star@8
SELECT e.event_id, tag FROM events e LATERAL VIEW explode(e.tags) t AS tag WHERE tag = NULL;   -- expect: null-comparison@82
