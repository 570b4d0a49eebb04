-- Orderly on PostgreSQL, version 2: what the compare-and-set save and the sweep in SQL need.

-- An order's first event (OrderPlaced) is numbered by the version the order was imported with, which may
-- be 0: every later event is numbered by the version it produced.
ALTER TABLE orderly_order_events DROP CONSTRAINT orderly_order_events_version_check;
ALTER TABLE orderly_order_events ADD CONSTRAINT orderly_order_events_version_check CHECK (version >= 0);

-- The next due instant to the nanosecond, as the other instants are kept: next_due_at holds its
-- microsecond, next_due_at_ns the nanoseconds past it, so that "due at t" compares exactly as the
-- in-memory sweep does. Rows written before this version held the instant rounded down to the
-- microsecond: they read as due at that microsecond (0 ns), never later than they are.
ALTER TABLE orderly_orders ADD COLUMN next_due_at_ns smallint CHECK (next_due_at_ns BETWEEN 0 AND 999);
UPDATE orderly_orders SET next_due_at_ns = 0 WHERE next_due_at IS NOT NULL;

-- The instant of the last sweep that decided the order (microsecond and nanoseconds), set by the sweep's
-- workers in the transaction that decides it and cleared by every other write: the workers of one sweep
-- skip the orders that one of them already decided at that instant.
ALTER TABLE orderly_orders ADD COLUMN swept_at timestamptz;
ALTER TABLE orderly_orders ADD COLUMN swept_at_ns smallint CHECK (swept_at_ns BETWEEN 0 AND 999);

-- The sweep's claim: only orders it will act on, by when, then by id.
DROP INDEX orderly_orders_due;
CREATE INDEX orderly_orders_due ON orderly_orders (tenant, next_due_at, next_due_at_ns, order_key)
  WHERE next_due_at IS NOT NULL;
