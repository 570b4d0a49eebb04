package io.github.orderly.order;

import java.util.List;

/**
 * Finds a line of an order by its id in constant time: an open-addressing table of line positions,
 * built once per order check. Only large orders use it; small ones scan their few lines, which
 * allocates nothing.
 */
final class LineIndex {
  private final List<OrderLine> lines;
  private final int[] slots;
  private final int mask;

  private LineIndex(List<OrderLine> lines, int[] slots) {
    this.lines = lines;
    this.slots = slots;
    this.mask = slots.length - 1;
  }

  /**
   * Indexes the lines.
   *
   * @throws InvalidOrderException naming {@code lines[i].id} if two lines share an id
   */
  static LineIndex of(List<OrderLine> lines) {
    int n = lines.size();
    int size = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    LineIndex index = new LineIndex(lines, new int[size]);
    for (int i = 0; i < n; i++) {
      LineId id = lines.get(i).id();
      int slot = index.home(id);
      while (index.slots[slot] != 0) {
        if (lines.get(index.slots[slot] - 1).id().equals(id)) {
          throw new InvalidOrderException("lines[" + i + "].id", id, "appears on two lines");
        }
        slot = (slot + 1) & index.mask;
      }
      index.slots[slot] = i + 1;
    }
    return index;
  }

  /** Returns the position of the line with the id, or -1. */
  int find(LineId id) {
    for (int slot = home(id); slots[slot] != 0; slot = (slot + 1) & mask) {
      int i = slots[slot] - 1;
      if (lines.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private int home(LineId id) {
    int h = id.hashCode();
    return (h ^ (h >>> 16)) * 0x9E3779B1 >>> 7 & mask;
  }
}
