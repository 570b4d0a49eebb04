package io.github.orderly.csv;

import io.github.orderly.Rule;
import io.github.orderly.access.Permission;
import io.github.orderly.access.Role;

/**
 * Thrown when the role that asks for an export lacks the permission to download order data (R44).
 * It is thrown before anything is written to the output. Immutable.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class ExportRefusedException extends SecurityException {
  private static final long serialVersionUID = 1L;

  /** The role that asked. */
  private final Role role;
  /** The permission it lacks. */
  private final Permission permission;

  ExportRefusedException(Role role, Permission permission, String report) {
    super("role " + role + " may not export '" + report + "': it lacks permission " + permission
        + " " + Rule.R44.cite() + "; nothing was written");
    this.role = role;
    this.permission = permission;
  }

  /** Returns the role that asked for the export. */
  public Role role() {
    return role;
  }

  /** Returns the permission the role lacks. */
  public Permission permission() {
    return permission;
  }
}
