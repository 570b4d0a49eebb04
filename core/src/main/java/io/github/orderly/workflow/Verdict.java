package io.github.orderly.workflow;

/**
 * What a decider says about one command: the one event it causes, a rejection, or that it is a repeat.
 * Package-private: {@link OrderWorkflow#decide} turns it into a {@link Decision}.
 */
final class Verdict {
  static final Verdict REPEAT = new Verdict(null, null);

  final Event event;
  final Rejection rejection;

  private Verdict(Event event, Rejection rejection) {
    this.event = event;
    this.rejection = rejection;
  }

  static Verdict accept(Event event) {
    return new Verdict(event, null);
  }

  static Verdict refuse(Rejection rejection) {
    return new Verdict(null, rejection);
  }
}
