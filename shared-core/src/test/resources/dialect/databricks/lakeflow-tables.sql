-- Lakeflow Declarative Pipelines (DLT) and Databricks SQL: CREATE OR REFRESH STREAMING TABLE / MATERIALIZED VIEW.
-- The defining query is analysed at its own offsets.
-- source: https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-ddl-create-streaming-table
-- source: https://docs.databricks.com/aws/en/sql/language-manual/sql-ref-syntax-ddl-create-materialized-view
CREATE OR REFRESH STREAMING TABLE raw_events
AS SELECT event_id, event_type, ts FROM STREAM read_files('/Volumes/main/landing/events', format => 'json');
CREATE OR REFRESH STREAMING TABLE clean_events (
  CONSTRAINT valid_id EXPECT (event_id IS NOT NULL) ON VIOLATION DROP ROW
)
AS SELECT event_id, event_type, ts FROM STREAM(raw_events) WHERE event_type <> 'test';
CREATE OR REFRESH MATERIALIZED VIEW daily_events
COMMENT 'events per day and type'
AS SELECT date_trunc('DAY', ts) AS day, event_type, count(*) AS events FROM clean_events GROUP BY ALL;
CREATE MATERIALIZED VIEW events_by_type
AS SELECT event_type, ts, count(*) AS events FROM clean_events GROUP BY event_type;   -- expect: column-not-in-group-by@23
CREATE OR REFRESH MATERIALIZED VIEW all_events AS SELECT * FROM clean_events;   -- expect: select-star@58
