package io.github.orderly.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * A role in the merchant console and the permissions it holds (R44). The table below is the only
 * place that says which role may do what.
 *
 * <table>
 *   <caption>Permissions by role</caption>
 *   <tr><th>Role</th><th>Permissions</th></tr>
 *   <tr><td>OWNER</td><td>all</td></tr>
 *   <tr><td>ADMIN</td><td>all</td></tr>
 *   <tr><td>STAFF</td><td>view, fulfil, cancel, refund, returns; no download</td></tr>
 *   <tr><td>VIEWER</td><td>view only</td></tr>
 *   <tr><td>MARKETPLACE</td><td>view, fulfil, cancel, refund, returns: the marketplace's own automatic
 *       actions (R8, R9, R12, R18); no download</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public enum Role {
  /** The account owner: every permission. */
  OWNER(EnumSet.allOf(Permission.class)),
  /** An administrator: every permission. */
  ADMIN(EnumSet.allOf(Permission.class)),
  /** Day-to-day order handling, without downloading order data. */
  STAFF(EnumSet.of(Permission.VIEW_ORDERS, Permission.FULFIL_ORDERS, Permission.CANCEL_ORDERS,
      Permission.REFUND_ORDERS, Permission.MANAGE_RETURNS)),
  /** Read-only access to orders. */
  VIEWER(EnumSet.of(Permission.VIEW_ORDERS)),
  /** The marketplace or the host's automation acting on its behalf; no download. */
  MARKETPLACE(EnumSet.of(Permission.VIEW_ORDERS, Permission.FULFIL_ORDERS, Permission.CANCEL_ORDERS,
      Permission.REFUND_ORDERS, Permission.MANAGE_RETURNS));

  private final Set<Permission> permissions;
  private final long mask;

  Role(EnumSet<Permission> permissions) {
    this.permissions = java.util.Collections.unmodifiableSet(permissions);
    long bits = 0;
    for (Permission p : permissions) {
      bits |= 1L << p.ordinal();
    }
    this.mask = bits;
  }

  /** Returns the permissions this role holds. */
  public Set<Permission> permissions() {
    return permissions;
  }

  /**
   * Returns whether this role holds the permission.
   *
   * @param permission the permission
   * @return true if allowed
   */
  public boolean can(Permission permission) {
    return (mask & (1L << permission.ordinal())) != 0;
  }
}
