SELECT a.id FROM a JOIN b ON a.email = b.email OR a.phone = b.phone;                   -- expect: or-in-join-condition@48
SELECT a.id FROM a LEFT JOIN b ON (a.x = b.x OR a.y = b.y) AND b.active = 1;            -- expect: or-in-join-condition@46
SELECT a.id FROM a JOIN b ON a.k = b.k OR (a.k IS NULL AND b.k IS NULL);               -- expect: or-in-join-condition@40
-- Negative: an equality ANDed with the OR is the hash key
SELECT a.id FROM a JOIN b ON a.id = b.id AND (a.t = 1 OR b.t = 2);
-- Negative: the same equality in every branch (the optimizer extracts it)
SELECT a.id FROM a JOIN b ON (a.id = b.id AND a.t = 1) OR (b.id = a.id AND a.t = 2);
-- Negative: OR in WHERE is a filter, not a join condition
SELECT a.id FROM a JOIN b ON a.id = b.id WHERE a.x = 1 OR b.y = 2;
-- Negative: TPC-DS q49 style join with a plain AND
SELECT ws.ws_item_sk FROM web_sales ws LEFT OUTER JOIN web_returns wr
  ON (ws.ws_order_number = wr.wr_order_number AND ws.ws_item_sk = wr.wr_item_sk);
