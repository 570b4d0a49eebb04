-- Orderly on PostgreSQL, version 3: the refund-failed view's exact count, kept beside the rows.
--
-- The orders page gives every page its exact total count (Page.totalCount()). For the refund-failed view
-- (refund_failed and nothing else narrowing it) that count is every refund-failed order of the tenant,
-- which a large seller may hold by the hundred thousand: counting them per page read the whole partial
-- index orderly_orders_refund_failed. Row triggers keep the count here instead, in the transaction of
-- every write, so the page reads a few rows of this table.
--
-- A tenant's count is spread over up to 16 slots (the writing backend's process id modulo 16), summed
-- when read: two writers of one tenant at once update different rows of this table, so neither waits for
-- the other's commit on a shared counter. A slot may go below zero (an order counted in one slot, deleted
-- through another backend); the sum is the count.

CREATE TABLE orderly_order_counts (
  tenant                 text     COLLATE "C" NOT NULL,
  slot                   smallint NOT NULL CHECK (slot BETWEEN 0 AND 15),
  -- Refund-failed orders that are not pending (status neither PENDING nor PENDING_AVAILABILITY): the
  -- refund-failed view's count, which leaves pending orders out unless asked (R1, R52).
  refund_failed          bigint   NOT NULL DEFAULT 0,
  -- Refund-failed orders that are pending: added to the above when the view includes pending orders.
  refund_failed_pending  bigint   NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant, slot)
);

CREATE FUNCTION orderly_count_refund_failed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  my_slot smallint := pg_backend_pid() % 16;
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.refund_failed THEN
    INSERT INTO orderly_order_counts AS c (tenant, slot, refund_failed, refund_failed_pending)
    VALUES (OLD.tenant, my_slot,
            CASE WHEN OLD.status IN ('PENDING', 'PENDING_AVAILABILITY') THEN 0 ELSE -1 END,
            CASE WHEN OLD.status IN ('PENDING', 'PENDING_AVAILABILITY') THEN -1 ELSE 0 END)
    ON CONFLICT (tenant, slot) DO UPDATE
      SET refund_failed = c.refund_failed + EXCLUDED.refund_failed,
          refund_failed_pending = c.refund_failed_pending + EXCLUDED.refund_failed_pending;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.refund_failed THEN
    INSERT INTO orderly_order_counts AS c (tenant, slot, refund_failed, refund_failed_pending)
    VALUES (NEW.tenant, my_slot,
            CASE WHEN NEW.status IN ('PENDING', 'PENDING_AVAILABILITY') THEN 0 ELSE 1 END,
            CASE WHEN NEW.status IN ('PENDING', 'PENDING_AVAILABILITY') THEN 1 ELSE 0 END)
    ON CONFLICT (tenant, slot) DO UPDATE
      SET refund_failed = c.refund_failed + EXCLUDED.refund_failed,
          refund_failed_pending = c.refund_failed_pending + EXCLUDED.refund_failed_pending;
  END IF;
  RETURN NULL;
END
$$;

-- The WHEN clauses leave every write that does not change a count out: most inserts (no failed refund),
-- and every update that keeps the refund flag, the tenant and the pending-or-not of the status.
CREATE TRIGGER orderly_orders_count_insert AFTER INSERT ON orderly_orders
  FOR EACH ROW WHEN (NEW.refund_failed) EXECUTE FUNCTION orderly_count_refund_failed();
CREATE TRIGGER orderly_orders_count_update AFTER UPDATE OF tenant, refund_failed, status ON orderly_orders
  FOR EACH ROW WHEN (OLD.refund_failed IS DISTINCT FROM NEW.refund_failed
    OR (NEW.refund_failed AND (OLD.tenant IS DISTINCT FROM NEW.tenant
      OR (OLD.status IN ('PENDING', 'PENDING_AVAILABILITY'))
         IS DISTINCT FROM (NEW.status IN ('PENDING', 'PENDING_AVAILABILITY')))))
  EXECUTE FUNCTION orderly_count_refund_failed();
CREATE TRIGGER orderly_orders_count_delete AFTER DELETE ON orderly_orders
  FOR EACH ROW WHEN (OLD.refund_failed) EXECUTE FUNCTION orderly_count_refund_failed();

-- A TRUNCATE fires no row trigger: it empties the counts with the rows.
CREATE FUNCTION orderly_count_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM orderly_order_counts;
  RETURN NULL;
END
$$;
CREATE TRIGGER orderly_orders_count_truncate AFTER TRUNCATE ON orderly_orders
  FOR EACH STATEMENT EXECUTE FUNCTION orderly_count_truncated();

-- The orders already stored, counted once; the triggers above, created in this same transaction, keep the
-- counts from here on (a write waits for this migration's lock on orderly_orders).
LOCK TABLE orderly_orders IN SHARE MODE;
INSERT INTO orderly_order_counts (tenant, slot, refund_failed, refund_failed_pending)
SELECT tenant, 0,
       count(*) FILTER (WHERE status NOT IN ('PENDING', 'PENDING_AVAILABILITY')),
       count(*) FILTER (WHERE status IN ('PENDING', 'PENDING_AVAILABILITY'))
FROM orderly_orders WHERE refund_failed GROUP BY tenant;
