package io.github.orderly.workflow;

/**
 * Thrown by {@link OrderWorkflow#evolve} when an event does not fit the order: a status change that is not
 * a row of {@link StatusTables} (R42), a refund or return it does not know, or a second
 * {@link Event.OrderPlaced}. {@link OrderWorkflow#decide} never lets this escape: it answers with the
 * {@link #rejection()} instead.
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
