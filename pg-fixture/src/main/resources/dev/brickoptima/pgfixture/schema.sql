-- The PostgreSQL test fixture's database: a small shop, large enough that the planner prefers indexes where they
-- exist (50k customers, 300k orders, 900k order items). Loaded once per test run by scripts/pg-fixture.
-- What is indexed and what is not is deliberate: see the comments; workload.sql runs the queries that suffer.
\set ON_ERROR_STOP on
SET client_min_messages = warning;

CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
CREATE EXTENSION IF NOT EXISTS hypopg;

CREATE TABLE customers (
    id          bigint NOT NULL,
    email       text NOT NULL,          -- looked up by email, but not indexed
    name        text NOT NULL,
    city        text NOT NULL,          -- city determines country: correlated columns the planner multiplies
    country     text NOT NULL,
    created_at  timestamptz NOT NULL
);

CREATE TABLE products (
    id        integer NOT NULL,
    sku       text NOT NULL,
    name      text NOT NULL,
    category  text NOT NULL,
    price     numeric(10,2) NOT NULL
);

CREATE TABLE orders (
    id           bigint NOT NULL,
    customer_id  bigint NOT NULL,       -- a foreign key without an index
    status       text NOT NULL,
    created_at   timestamptz NOT NULL,
    shipped_at   timestamptz,
    total        numeric(12,2) NOT NULL
);

CREATE TABLE order_items (
    id          bigint NOT NULL,
    order_id    bigint NOT NULL,        -- a foreign key without an index
    product_id  integer NOT NULL,
    quantity    integer NOT NULL,
    unit_price  numeric(10,2) NOT NULL
);

INSERT INTO customers
SELECT i, 'user' || i || '@example.com', 'Customer ' || i,
       'city_' || (i % 500), 'country_' || ((i % 500) / 25),
       timestamptz '2020-01-01' + (i % 1500) * interval '1 day'
FROM generate_series(1, 50000) AS i;

INSERT INTO products
SELECT i, 'SKU-' || i, 'Product ' || i, 'category_' || (i % 40), 1 + (i % 500) + (i % 7) / 10.0
FROM generate_series(1, 2000) AS i;

-- status: 90% delivered, 6% shipped, 3% cancelled, 1% pending; created_at spread over ~3 years
INSERT INTO orders
SELECT i, 1 + (i::bigint * 7919) % 50000,
       CASE WHEN i % 100 = 0 THEN 'pending' WHEN i % 100 < 4 THEN 'cancelled' WHEN i % 100 < 10 THEN 'shipped' ELSE 'delivered' END,
       timestamptz '2022-01-01' + (i % 1000) * interval '1 day' + (i % 86400) * interval '1 second',
       CASE WHEN i % 100 >= 4 THEN timestamptz '2022-01-03' + (i % 1000) * interval '1 day' END,
       ((i * 37) % 100000) / 100.0
FROM generate_series(1, 300000) AS i;

INSERT INTO order_items
SELECT i, 1 + (i - 1) / 3, 1 + (i * 31) % 2000, 1 + i % 5, 1 + (i % 500)
FROM generate_series(1, 900000) AS i;

-- keys after the load: much faster than maintaining them row by row
ALTER TABLE customers ADD PRIMARY KEY (id);
ALTER TABLE products ADD PRIMARY KEY (id), ADD UNIQUE (sku);
ALTER TABLE orders ADD PRIMARY KEY (id), ADD FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE order_items ADD PRIMARY KEY (id), ADD FOREIGN KEY (order_id) REFERENCES orders (id),
    ADD FOREIGN KEY (product_id) REFERENCES products (id);

CREATE INDEX orders_created_at_idx ON orders (created_at);
CREATE INDEX orders_status_idx ON orders (status);
CREATE INDEX orders_status_copy_idx ON orders (status);          -- a duplicate of orders_status_idx
CREATE INDEX orders_shipped_at_idx ON orders (shipped_at);       -- no query uses it
CREATE INDEX customers_city_idx ON customers (city);
CREATE INDEX order_items_product_id_idx ON order_items (product_id);

ANALYZE;

-- roles: bo_app runs the workload; bo_reader is the read-only monitoring role the docs recommend;
-- bo_noperm may connect but lacks pg_read_all_stats (it cannot see other roles' statements)
CREATE ROLE bo_app LOGIN PASSWORD :'app_password';
CREATE ROLE bo_reader LOGIN PASSWORD :'reader_password';
CREATE ROLE bo_noperm LOGIN PASSWORD :'noperm_password';
GRANT pg_read_all_stats TO bo_reader;
GRANT USAGE ON SCHEMA public TO bo_app, bo_reader, bo_noperm;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO bo_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO bo_reader, bo_noperm;

-- the statistics start with the workload, not with the load
SELECT pg_stat_statements_reset();
SELECT pg_stat_reset();
