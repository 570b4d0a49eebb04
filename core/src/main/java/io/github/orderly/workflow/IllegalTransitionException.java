package io.github.orderly.workflow;

/**
 * Thrown by {@link OrderWorkflow#evolve} and {@link OrderWorkflow#replay} when an event does not fit the
 * order: a status change that is not a row of {@link StatusTables} whose guard holds (R42), a line the order
 * does not have (R40), a refund or return it does not know, a second refund or shipment under one id, a second
 * {@link OrderPlaced}, or any other change that would make an impossible order (R43). The
 * {@link #rejection()} names the rule, the order and the event. {@link OrderWorkflow#decide} only emits events
 * that fit, so it never throws this.
 *
 * <p>Immutable and thread-safe: its message and fields never change.
 */
public final class IllegalTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Rejection rejection;

  IllegalTransitionException(Rejection rejection) {
    super(rejection.message());
    this.rejection = rejection;
  }

  /** Returns the rejection that names the rule, the order, the line and the statuses. */
  public Rejection rejection() {
    return rejection;
  }
}
