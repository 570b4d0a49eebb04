-- Orderly on PostgreSQL, version 1: orders with the columns the orders page and the sweep filter on,
-- and the append-only events of each order.
--
-- Every table and every index starts with the tenant (the seller account a host serves), so that every
-- statement of the store is scoped by one tenant and, on Citus, the tables distribute by tenant.
-- The tables are created in the schema Flyway migrates (its default schema); nothing here names a
-- schema, so a host chooses one.

DO $$
BEGIN
  IF current_setting('server_encoding') <> 'UTF8' THEN
    RAISE EXCEPTION 'Orderly needs a UTF8 database; this one is %', current_setting('server_encoding')
      USING HINT = 'CREATE DATABASE ... ENCODING ''UTF8'' TEMPLATE template0';
  END IF;
END
$$;

-- Trigram indexes for the partial search (pg_trgm) and GIN indexes that lead with the tenant
-- (btree_gin). Both ship with PostgreSQL and are trusted extensions: a database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE TABLE orderly_orders (
  tenant                text        COLLATE "C" NOT NULL,
  order_id              text        COLLATE "C" NOT NULL,
  -- The order's version, as Order.version() has it: the compare-and-set of a save checks it.
  version               bigint      NOT NULL CHECK (version >= 0),
  -- The order itself, as OrderlyJson writes it; loads read it back equal.
  body                  jsonb       NOT NULL,

  -- Everything below is projected from body by the store, on every write, in one place
  -- (io.github.orderly.postgres.internal.OrderProjection). Nothing else writes these columns.

  -- The order id as UTF-16 code units, big-endian: bytes compare as Java compares the id's text, which
  -- is the tie-break of every sort of the orders page.
  order_key             bytea       NOT NULL,
  marketplace           text        COLLATE "C" NOT NULL,
  fulfilment_channel    text        COLLATE "C" NOT NULL,
  -- The derived order status (OrderStatus name).
  status                text        COLLATE "C" NOT NULL,
  -- OrderSubtype names.
  subtypes              text[]      COLLATE "C" NOT NULL,
  -- Instants: timestamptz holds microseconds; the nanoseconds past the microsecond (0 to 999) are kept
  -- beside, so that sorts and ranges compare exactly as Java's Instant does.
  purchased_at          timestamptz NOT NULL,
  purchased_at_ns       smallint    NOT NULL CHECK (purchased_at_ns BETWEEN 0 AND 999),
  first_reported_at     timestamptz NOT NULL,
  first_reported_at_ns  smallint    NOT NULL CHECK (first_reported_at_ns BETWEEN 0 AND 999),
  -- The promised ship-by while the order is not yet fully shipped (the "ship by before" view); null once
  -- it is, or when the marketplace gave none.
  open_ship_by          timestamptz,
  open_ship_by_ns       smallint    CHECK (open_ship_by_ns BETWEEN 0 AND 999),
  -- "Shipment is late" (R7).
  shipment_late         boolean     NOT NULL,
  -- Some line's refund failed and the seller must refund by hand (R19).
  refund_failed         boolean     NOT NULL,
  -- The amount sorts: the ISO 4217 code, then the total.
  currency              text        COLLATE "C" NOT NULL,
  total                 numeric     NOT NULL,
  -- One 'ITEM_STATUS:PAYMENT_STATUS' pair per line, so that "this item status and this payment status on
  -- one and the same line" (R40) is an overlap with the pairs a query selects.
  line_statuses         text[]      COLLATE "C" NOT NULL,
  -- The searchable ids (order id, merchant order id, RMA ids, tracking ids, buyer e-mail), each case-folded
  -- character by character as Java's String.regionMatches(ignoreCase) compares them, one per line.
  search_text           text        COLLATE "C" NOT NULL,
  -- The earliest instant at which the sweep acts on the order (Sweep.nextDueAt), rounded down to the
  -- microsecond; null when no sweep ever will as the order stands.
  next_due_at           timestamptz,

  PRIMARY KEY (tenant, order_id)
);

-- The sorts of the orders page, each ending with order_key, read in index order for keyset paging.
-- Newest first (the default view) reads this index forwards, oldest first backwards; status is carried
-- so that the default view's count (which leaves pending orders out) needs no visit to the table.
CREATE INDEX orderly_orders_by_date ON orderly_orders
  (tenant, purchased_at DESC, purchased_at_ns DESC, order_key) INCLUDE (status);
CREATE INDEX orderly_orders_by_amount ON orderly_orders (tenant, currency, total, order_key);
CREATE INDEX orderly_orders_by_amount_desc ON orderly_orders (tenant, currency, (-total), order_key);
CREATE INDEX orderly_orders_by_id ON orderly_orders (tenant, order_key);
-- Date ranges by the first-reported instant (R24).
CREATE INDEX orderly_orders_by_first_reported ON orderly_orders
  (tenant, first_reported_at, first_reported_at_ns);
-- The attention views: refunds that failed (R19), orders still to ship by a date (R8, R9). Both carry
-- what their counts filter on, so that counting reads the index alone.
CREATE INDEX orderly_orders_refund_failed ON orderly_orders
  (tenant, purchased_at DESC, purchased_at_ns DESC, order_key) INCLUDE (status) WHERE refund_failed;
CREATE INDEX orderly_orders_open_ship_by ON orderly_orders
  (tenant, open_ship_by, open_ship_by_ns) WHERE open_ship_by IS NOT NULL;
-- The sweep: only orders it will act on, by when.
CREATE INDEX orderly_orders_due ON orderly_orders (tenant, next_due_at) WHERE next_due_at IS NOT NULL;
-- Item and payment status on the same line (R40).
CREATE INDEX orderly_orders_line_statuses ON orderly_orders USING gin (tenant, line_statuses);

-- The partial search (R26). gin_trgm_ops lives in the schema pg_trgm was installed in, which need not be
-- this one: name it there.
DO $$
DECLARE
  trgm name := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                WHERE e.extname = 'pg_trgm');
BEGIN
  EXECUTE format('CREATE INDEX orderly_orders_search ON orderly_orders USING gin (tenant, search_text %I.gin_trgm_ops)',
                 trgm);
END
$$;

-- The events of each order, appended by the store's save and never updated or deleted: one per accepted
-- command, numbered by the version of the order it produced.
CREATE TABLE orderly_order_events (
  tenant       text        COLLATE "C" NOT NULL,
  order_id     text        COLLATE "C" NOT NULL,
  version      bigint      NOT NULL CHECK (version > 0),
  -- The command that caused the event: a redelivered command is recognised by its id, even when two
  -- copies arrive at once (the second insert fails on this key).
  command_id   text        COLLATE "C" NOT NULL,
  actor_role   text        COLLATE "C" NOT NULL,
  actor_user   text        COLLATE "C",
  occurred_at  timestamptz NOT NULL,
  event        jsonb       NOT NULL,
  PRIMARY KEY (tenant, order_id, version),
  CONSTRAINT orderly_order_events_command UNIQUE (tenant, command_id),
  CONSTRAINT orderly_order_events_order FOREIGN KEY (tenant, order_id) REFERENCES orderly_orders (tenant, order_id)
);
