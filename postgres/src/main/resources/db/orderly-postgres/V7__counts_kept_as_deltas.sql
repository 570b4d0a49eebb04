-- Orderly on PostgreSQL, version 7: the orders of each purchase day counted beside the rows, and every kept
-- count written as rows that writers only insert.
--
-- The orders page gives every page its exact total count (Page.totalCount()). The default view (the past
-- 30 days, pending orders left out) and every other query that filters on nothing but the order date
-- counted its matches per page from the index orderly_orders_by_date: every order of those 30 days, which
-- a large seller holds by the ten thousand. Statement triggers keep here, in the transaction of every
-- write, how many orders of a tenant were bought on each day (UTC), pending or not; the page sums the
-- whole days of its range from this table and counts only the orders of the partial days at its ends
-- from the index.
--
-- No writer ever waits for another on a count. A writer only inserts rows of changes (deltas: +1 for an
-- order counted, -1 for one no longer counted), never updates or upserts a shared counter row, so a writer
-- whose transaction stalls holds no lock that another writer needs (R45: the other workers carry on). The
-- count is the sum of the rows of its key, deltas and compacted sums alike; a row may be below zero.
-- orderly_compact_counts(tenant) folds a tenant's committed rows into one row per key: it takes only the
-- rows it can lock at once (FOR UPDATE SKIP LOCKED), deletes them and inserts their sums in the same
-- statement, so it never waits either, and no delta is lost (a row another transaction has not yet
-- committed is not seen, and is folded by a later compaction) or counted twice (a row is deleted by one
-- compaction only; its sum commits with the deletion). PostgresSweep compacts a tenant's counts at the end
-- of each worker's run; a host may call the function at any time.

CREATE TABLE orderly_order_day_counts (
  tenant        text     COLLATE "C" NOT NULL,
  -- The UTC day of purchased_at.
  purchased_on  date     NOT NULL,
  -- status is PENDING or PENDING_AVAILABILITY: the orders the orders page leaves out unless asked (R1, R52).
  pending       boolean  NOT NULL,
  orders        bigint   NOT NULL
);
CREATE INDEX orderly_order_day_counts_by_day ON orderly_order_day_counts (tenant, purchased_on, pending)
  INCLUDE (orders);

-- One function per trigger, each reading its own transition tables.
CREATE FUNCTION orderly_count_days_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO orderly_order_day_counts (tenant, purchased_on, pending, orders)
  SELECT n.tenant, (n.purchased_at AT TIME ZONE 'UTC')::date, n.status IN ('PENDING', 'PENDING_AVAILABILITY'),
         count(*)
  FROM orderly_inserted n GROUP BY 1, 2, 3;
  RETURN NULL;
END
$$;

-- Most updates keep the day and the pending-or-not of every row: their changes sum to zero and write
-- nothing.
CREATE FUNCTION orderly_count_days_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO orderly_order_day_counts (tenant, purchased_on, pending, orders)
  SELECT d.tenant, d.purchased_on, d.pending, sum(d.change)
  FROM (SELECT o.tenant, (o.purchased_at AT TIME ZONE 'UTC')::date AS purchased_on,
               o.status IN ('PENDING', 'PENDING_AVAILABILITY') AS pending, -1 AS change
        FROM orderly_updated_old o
        UNION ALL
        SELECT n.tenant, (n.purchased_at AT TIME ZONE 'UTC')::date, n.status IN ('PENDING', 'PENDING_AVAILABILITY'), 1
        FROM orderly_updated_new n) d
  GROUP BY 1, 2, 3 HAVING sum(d.change) <> 0;
  RETURN NULL;
END
$$;

CREATE FUNCTION orderly_count_days_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO orderly_order_day_counts (tenant, purchased_on, pending, orders)
  SELECT o.tenant, (o.purchased_at AT TIME ZONE 'UTC')::date, o.status IN ('PENDING', 'PENDING_AVAILABILITY'),
         -count(*)
  FROM orderly_deleted o GROUP BY 1, 2, 3;
  RETURN NULL;
END
$$;

CREATE TRIGGER orderly_orders_days_insert AFTER INSERT ON orderly_orders
  REFERENCING NEW TABLE AS orderly_inserted FOR EACH STATEMENT EXECUTE FUNCTION orderly_count_days_inserted();
CREATE TRIGGER orderly_orders_days_update AFTER UPDATE ON orderly_orders
  REFERENCING OLD TABLE AS orderly_updated_old NEW TABLE AS orderly_updated_new
  FOR EACH STATEMENT EXECUTE FUNCTION orderly_count_days_updated();
CREATE TRIGGER orderly_orders_days_delete AFTER DELETE ON orderly_orders
  REFERENCING OLD TABLE AS orderly_deleted FOR EACH STATEMENT EXECUTE FUNCTION orderly_count_days_deleted();

-- A TRUNCATE fires no row or transition trigger: it empties the day counts with the rows (the truncate
-- trigger of V3 empties orderly_order_counts).
CREATE FUNCTION orderly_count_days_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM orderly_order_day_counts;
  RETURN NULL;
END
$$;
CREATE TRIGGER orderly_orders_days_truncate AFTER TRUNCATE ON orderly_orders
  FOR EACH STATEMENT EXECUTE FUNCTION orderly_count_days_truncated();

-- The refund-failed view's counts (V3) had the same wait: its row trigger upserted a counter row per tenant
-- and slot (pg_backend_pid() % 16), so a writer stalled after counting an order blocked every later writer
-- of that tenant whose backend fell in the same slot. The table keeps its name and columns but loses the
-- key and the slots: the trigger only inserts deltas, folded by orderly_compact_counts as above.
ALTER TABLE orderly_order_counts DROP CONSTRAINT orderly_order_counts_pkey;
ALTER TABLE orderly_order_counts DROP COLUMN slot;
CREATE INDEX orderly_order_counts_by_tenant ON orderly_order_counts (tenant)
  INCLUDE (refund_failed, refund_failed_pending);

CREATE OR REPLACE FUNCTION orderly_count_refund_failed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.refund_failed THEN
    INSERT INTO orderly_order_counts (tenant, refund_failed, refund_failed_pending)
    VALUES (OLD.tenant,
            CASE WHEN OLD.status IN ('PENDING', 'PENDING_AVAILABILITY') THEN 0 ELSE -1 END,
            CASE WHEN OLD.status IN ('PENDING', 'PENDING_AVAILABILITY') THEN -1 ELSE 0 END);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.refund_failed THEN
    INSERT INTO orderly_order_counts (tenant, refund_failed, refund_failed_pending)
    VALUES (NEW.tenant,
            CASE WHEN NEW.status IN ('PENDING', 'PENDING_AVAILABILITY') THEN 0 ELSE 1 END,
            CASE WHEN NEW.status IN ('PENDING', 'PENDING_AVAILABILITY') THEN 1 ELSE 0 END);
  END IF;
  RETURN NULL;
END
$$;

-- Folds the tenant's committed count rows that no other transaction holds into one row per key; returns
-- how many rows it folded. Never waits for a lock held by a writer or by another compaction.
CREATE FUNCTION orderly_compact_counts(p_tenant text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  folded_days bigint;
  folded_refunds bigint;
BEGIN
  WITH gone AS (
    DELETE FROM orderly_order_day_counts d
    WHERE d.ctid = ANY (ARRAY(SELECT c.ctid FROM orderly_order_day_counts c WHERE c.tenant = p_tenant
                              FOR UPDATE SKIP LOCKED))
    RETURNING d.tenant, d.purchased_on, d.pending, d.orders),
  kept AS (
    INSERT INTO orderly_order_day_counts (tenant, purchased_on, pending, orders)
    SELECT g.tenant, g.purchased_on, g.pending, sum(g.orders) FROM gone g
    GROUP BY 1, 2, 3 HAVING sum(g.orders) <> 0)
  SELECT count(*) INTO folded_days FROM gone;
  WITH gone AS (
    DELETE FROM orderly_order_counts d
    WHERE d.ctid = ANY (ARRAY(SELECT c.ctid FROM orderly_order_counts c WHERE c.tenant = p_tenant
                              FOR UPDATE SKIP LOCKED))
    RETURNING d.tenant, d.refund_failed, d.refund_failed_pending),
  kept AS (
    INSERT INTO orderly_order_counts (tenant, refund_failed, refund_failed_pending)
    SELECT g.tenant, sum(g.refund_failed), sum(g.refund_failed_pending) FROM gone g
    GROUP BY 1 HAVING sum(g.refund_failed) <> 0 OR sum(g.refund_failed_pending) <> 0)
  SELECT count(*) INTO folded_refunds FROM gone;
  RETURN folded_days + folded_refunds;
END
$$;

-- The orders already stored, counted once; the triggers above, created in this same transaction, keep the
-- counts from here on (a write waits for this migration's lock on orderly_orders).
LOCK TABLE orderly_orders IN SHARE MODE;
INSERT INTO orderly_order_day_counts (tenant, purchased_on, pending, orders)
SELECT tenant, (purchased_at AT TIME ZONE 'UTC')::date, status IN ('PENDING', 'PENDING_AVAILABILITY'), count(*)
FROM orderly_orders GROUP BY 1, 2, 3;
-- The refund-failed counts of the 16 slots, folded into one row per tenant.
WITH gone AS (DELETE FROM orderly_order_counts RETURNING tenant, refund_failed, refund_failed_pending)
INSERT INTO orderly_order_counts (tenant, refund_failed, refund_failed_pending)
SELECT tenant, sum(refund_failed), sum(refund_failed_pending) FROM gone GROUP BY tenant
HAVING sum(refund_failed) <> 0 OR sum(refund_failed_pending) <> 0;
