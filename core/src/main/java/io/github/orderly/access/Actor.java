package io.github.orderly.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.order.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sends a command: the {@link Role} it acts in (R44) and, when the host knows it, the person's
 * {@link UserId}. Every event of the workflow carries the actor of the command that caused it, so an order's
 * event list is its audit trail. Immutable and thread-safe.
 *
 * @param role the role, which decides what the actor may do
 * @param user the host's id of the person, if known
 */
public record Actor(
    @JsonProperty(value = "role", required = true) Role role,
    @JsonProperty("user") @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<UserId> user) {

  /** The marketplace acting on its own behalf, with no user. */
  public static final Actor MARKETPLACE = new Actor(Role.MARKETPLACE, Optional.empty());

  /**
   * Creates the value.
   *
   * @param role the role
   * @param user the user, if known
   */
  public Actor {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(user, "user");
  }

  /**
   * Obtains an actor known only by role.
   *
   * @param role the role
   * @return the actor
   */
  public static Actor of(Role role) {
    return role == Role.MARKETPLACE ? MARKETPLACE : new Actor(role, Optional.empty());
  }

  /**
   * Obtains an actor with a role and a user.
   *
   * @param role the role
   * @param user the host's id of the person
   * @return the actor
   */
  public static Actor of(Role role, UserId user) {
    return new Actor(role, Optional.of(Objects.requireNonNull(user, "user")));
  }

  /** Returns the role and, if known, the user, such as {@code STAFF u-1042}. */
  @Override
  public String toString() {
    return user.map(u -> role + " " + u).orElse(role.name());
  }
}
