package io.github.orderly.query;

import io.github.orderly.order.Order;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the orders page: the rows in sort order, how many orders match the query in all, and
 * where the next page starts.
 *
 * <p>Made by {@link OrderQuery#select(Iterable)}, whose rows are the very order objects of the input,
 * neither copied nor changed (R31), or by a store that evaluates the query itself ({@link #of}). Immutable
 * and safe to share between threads.
 *
 * <p>Immutable and thread-safe.
 */
public final class Page {
  private final List<Order> rows;
  private final long totalCount;
  private final PageCursor nextCursor;

  Page(List<Order> rows, long totalCount, PageCursor nextCursor) {
    this.rows = List.copyOf(rows);
    this.totalCount = totalCount;
    this.nextCursor = nextCursor;
  }

  /**
   * Returns a page that a store evaluated itself, for example in SQL. It must be the page that
   * {@link OrderQuery#select(Iterable)} gives over the same orders: the rows in the query's sort order,
   * the count of every match, and the cursor {@link OrderSort#cursorAt(Order)} makes of the last row when
   * more rows follow.
   *
   * @param rows the rows, in sort order; copied
   * @param totalCount how many orders match on every page together
   * @param nextCursor the cursor of the next page, or empty on the last page
   * @return the page
   * @throws InvalidQueryException if the count is smaller than the number of rows
   */
  public static Page of(List<Order> rows, long totalCount, Optional<PageCursor> nextCursor) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(nextCursor, "nextCursor");
    if (totalCount < rows.size()) {
      throw new InvalidQueryException("totalCount", totalCount, "must not be smaller than the "
          + rows.size() + " rows of the page");
    }
    return new Page(rows, totalCount, nextCursor.orElse(null));
  }

  /** Returns the rows of this page, in the query's sort order; at most the query's page size. */
  public List<Order> rows() {
    return rows;
  }

  /**
   * Returns how many orders match the query's search, filters and views, on every page together (the
   * cursor does not reduce it).
   */
  public long totalCount() {
    return totalCount;
  }

  /**
   * Returns the cursor of the next page, or empty when this page holds the last matching row. Pass it
   * to {@link OrderQuery#withCursor(PageCursor)}.
   */
  public Optional<PageCursor> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  /** Returns whether more rows follow this page. */
  public boolean hasNext() {
    return nextCursor != null;
  }

  /** Two pages are equal when they hold equal rows, counts and cursors. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Page)) {
      return false;
    }
    Page p = (Page) o;
    return rows.equals(p.rows) && totalCount == p.totalCount && Objects.equals(nextCursor, p.nextCursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, totalCount, nextCursor);
  }

  /** Returns a short description: the row ids, the count and the cursor. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Page{rows=[");
    for (int i = 0; i < rows.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(rows.get(i).id());
    }
    return sb.append("], totalCount=").append(totalCount).append(", nextCursor=").append(nextCursor)
        .append('}').toString();
  }
}
