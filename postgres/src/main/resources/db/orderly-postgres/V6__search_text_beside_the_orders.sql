-- Orderly on PostgreSQL, version 6: the partial search's trigram index moves to a table of its own.
--
-- An order's searchable ids (search_text: order id, merchant order id, RMA ids, tracking ids, buyer e-mail)
-- rarely change once it is placed, but most writes of an order change a column that another index holds
-- (its status, its lines' statuses, its due instant), so PostgreSQL writes the row as a new version with an
-- entry in every index of orderly_orders. In the trigram GIN index that is some 90 entries per order: of
-- everything the sweep's batch update wrote per cancelled order, the most (BENCHMARKS.md, issue 10's sixth
-- pass). The search now reads orderly_order_search, one row per order holding its search_text, kept by the
-- triggers below, which write it only when an order is inserted or deleted or its search_text (or key)
-- changes; an update that leaves search_text as it is writes nothing there and no trigram entry.
--
-- orderly_orders.search_text stays, projected by the store on every write as before: it is what the
-- triggers copy.

CREATE TABLE orderly_order_search (
  tenant       text COLLATE "C" NOT NULL,
  order_id     text COLLATE "C" NOT NULL,
  -- orderly_orders.search_text of the same order.
  search_text  text COLLATE "C" NOT NULL,
  PRIMARY KEY (tenant, order_id)
);

-- Inserts: one statement per statement, from its inserted rows (an INSERT ... ON CONFLICT DO UPDATE lists
-- only the rows it inserted here; those it updated fire the update trigger).
CREATE FUNCTION orderly_search_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO orderly_order_search (tenant, order_id, search_text)
  SELECT tenant, order_id, search_text FROM orderly_inserted_orders;
  RETURN NULL;
END
$$;
CREATE TRIGGER orderly_orders_search_insert AFTER INSERT ON orderly_orders
  REFERENCING NEW TABLE AS orderly_inserted_orders
  FOR EACH STATEMENT EXECUTE FUNCTION orderly_search_inserted();

-- Updates: only a row whose search_text or key changes (the WHEN clause leaves every other update out
-- before anything is queued).
CREATE FUNCTION orderly_search_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orderly_order_search
  SET tenant = NEW.tenant, order_id = NEW.order_id, search_text = NEW.search_text
  WHERE tenant = OLD.tenant AND order_id = OLD.order_id;
  RETURN NULL;
END
$$;
CREATE TRIGGER orderly_orders_search_update AFTER UPDATE OF tenant, order_id, search_text ON orderly_orders
  FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text OR OLD.tenant IS DISTINCT FROM NEW.tenant
    OR OLD.order_id IS DISTINCT FROM NEW.order_id)
  EXECUTE FUNCTION orderly_search_updated();

-- Deletes: one statement per statement, from its deleted rows.
CREATE FUNCTION orderly_search_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM orderly_order_search s USING orderly_deleted_orders d
  WHERE s.tenant = d.tenant AND s.order_id = d.order_id;
  RETURN NULL;
END
$$;
CREATE TRIGGER orderly_orders_search_delete AFTER DELETE ON orderly_orders
  REFERENCING OLD TABLE AS orderly_deleted_orders
  FOR EACH STATEMENT EXECUTE FUNCTION orderly_search_deleted();

-- A TRUNCATE fires no row or transition trigger: it empties the search rows with the orders.
CREATE FUNCTION orderly_search_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM orderly_order_search;
  RETURN NULL;
END
$$;
CREATE TRIGGER orderly_orders_search_truncate AFTER TRUNCATE ON orderly_orders
  FOR EACH STATEMENT EXECUTE FUNCTION orderly_search_truncated();

-- The orders already stored, copied once; the triggers above, created in this same transaction, keep the
-- copy from here on (a write waits for this migration's lock on orderly_orders).
LOCK TABLE orderly_orders IN SHARE MODE;
INSERT INTO orderly_order_search (tenant, order_id, search_text)
SELECT tenant, order_id, search_text FROM orderly_orders;

-- The trigram index, under its name of version 1, now over the search rows. gin_trgm_ops lives in the
-- schema pg_trgm was installed in, which need not be this one: name it there.
DROP INDEX orderly_orders_search;
DO $$
DECLARE
  trgm name := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                WHERE e.extname = 'pg_trgm');
BEGIN
  EXECUTE format('CREATE INDEX orderly_orders_search ON orderly_order_search USING gin (tenant, search_text %I.gin_trgm_ops)',
                 trgm);
END
$$;
ANALYZE orderly_order_search;
