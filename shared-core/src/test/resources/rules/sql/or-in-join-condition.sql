SELECT a.id FROM a JOIN b ON a.email = b.email OR a.phone = b.phone;                   -- expect: or-in-join-condition@48
-- message: OR in the join condition of 'b' leaves no equality common to all branches: the join runs as a nested loop over every pair of rows
-- span: OR
-- fix: Split the join into one join per OR branch combined with UNION ALL (excluding rows matched by earlier branches), or add an equality every branch shares
SELECT a.id FROM a LEFT JOIN b ON (a.x = b.x OR a.y = b.y) AND b.active = 1;            -- expect: or-in-join-condition@46
-- message: OR in the join condition of 'b' leaves no equality common to all branches: the join runs as a nested loop over every pair of rows
-- span: OR
-- fix: Split the join into one join per OR branch combined with UNION ALL (excluding rows matched by earlier branches), or add an equality every branch shares
SELECT a.id FROM a JOIN b ON a.k = b.k OR (a.k IS NULL AND b.k IS NULL);               -- expect: or-in-join-condition@40
-- message: OR in the join condition of 'b' leaves no equality common to all branches: the join runs as a nested loop over every pair of rows
-- span: OR
-- fix: This looks like a null-safe equality: write a.x <=> b.x (Spark) or a.x IS NOT DISTINCT FROM b.x, which joins on a hash key
-- Negative: an equality ANDed with the OR is the hash key
SELECT a.id FROM a JOIN b ON a.id = b.id AND (a.t = 1 OR b.t = 2);
-- Negative: the same equality in every branch (the optimizer extracts it)
SELECT a.id FROM a JOIN b ON (a.id = b.id AND a.t = 1) OR (b.id = a.id AND a.t = 2);
-- Negative: OR in WHERE is a filter, not a join condition
SELECT a.id FROM a JOIN b ON a.id = b.id WHERE a.x = 1 OR b.y = 2;
-- Negative: TPC-DS q49 style join with a plain AND
SELECT ws.ws_item_sk FROM web_sales ws LEFT OUTER JOIN web_returns wr
  ON (ws.ws_order_number = wr.wr_order_number AND ws.ws_item_sk = wr.wr_item_sk);
-- Positive: comma join whose only link is an OR
SELECT a.id FROM a, b WHERE a.email = b.email OR a.phone = b.phone;                      -- expect: or-in-join-condition@47
-- message: OR in the WHERE condition joining 'a', 'b' leaves no equality common to all branches: the join runs as a nested loop over every pair of rows
-- span: OR
-- fix: Split the join into one join per OR branch combined with UNION ALL (excluding rows matched by earlier branches), or add an equality every branch shares
-- Negative: an OR that only filters the joined table (cartesian-join reports it)
SELECT a.id FROM a JOIN b ON b.t = 1 OR b.t = 2;
-- Negative: comma join with an equality besides the OR (TPC-DS q13/q48 style)
SELECT count(*) FROM store_sales, store, customer_address
WHERE s_store_sk = ss_store_sk AND ss_addr_sk = ca_address_sk
  AND ((ca_state IN ('TX', 'OH') AND ss_net_profit BETWEEN 100 AND 200) OR (ca_state IN ('OR', 'NM') AND ss_net_profit BETWEEN 150 AND 300));
-- Negative: an OR filter on one column next to comma joins (TPC-DS q71 style)
SELECT i_brand, t_hour FROM item, (SELECT ss_item_sk AS sold_item_sk, ss_sold_time_sk AS time_sk FROM store_sales) tmp, time_dim
WHERE sold_item_sk = i_item_sk AND time_sk = t_time_sk AND (t_meal_time = 'breakfast' OR t_meal_time = 'dinner');
-- the joined item is named by its alias when it is not a table; the tables an OR in WHERE joins are listed
SELECT a.id FROM a JOIN (SELECT x, y FROM b) s ON a.x = s.x OR a.y = s.y;                  -- expect: or-in-join-condition@61
-- message: OR in the join condition of 's' leaves no equality common to all branches: the join runs as a nested loop over every pair of rows
SELECT a.id FROM a, b, c WHERE a.id = c.id AND (a.email = b.email OR a.phone = b.phone);   -- expect: or-in-join-condition@67
-- message: OR in the WHERE condition joining 'a', 'b' leaves no equality common to all branches: the join runs as a nested loop over every pair of rows
SELECT a.id FROM a, b, c WHERE b.id = c.id AND (a.email = b.email OR a.phone = b.phone);   -- expect: or-in-join-condition@67
-- Negative: an equality between the OR's tables next to it, or in every branch
SELECT a.id FROM a, b WHERE a.id = b.id AND (a.email = b.email OR a.phone = b.phone);
SELECT a.id FROM a, b WHERE b.id = a.id AND (a.email = b.email OR a.phone = b.phone);
SELECT a.id FROM a, b WHERE (a.id = b.id AND a.t = 1) OR (a.id = b.id AND b.t = 2);
SELECT a.id FROM a JOIN b ON (b.id = a.id AND a.t = 1) OR (a.id = b.id AND a.t = 2);
-- Negative: equalities that differ per branch leave no common key only when none is shared
SELECT a.id FROM a JOIN b ON (a.id = b.id AND a.k = b.k) OR (a.k = b.k AND a.t = 2);
