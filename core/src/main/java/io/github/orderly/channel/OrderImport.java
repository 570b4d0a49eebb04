package io.github.orderly.channel;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a marketplace order enters the host's own order workflow (R28). Pure: the same order,
 * catalogue answers and settings give the same decision, so retrying a blocked order at the next sync is
 * calling this again.
 *
 * <p>Stateless and thread-safe: it has static methods only.
 */
public final class OrderImport {
  private OrderImport() {}

  /**
   * Decides what to do with an order at this sync. In order of precedence: import disabled → view-only;
   * placed before the integration started → never imported; any line whose SKU is missing, disabled or
   * short of stock → blocked with one blocker per such line; otherwise → create.
   *
   * @param order the marketplace order
   * @param catalogue the host's catalogue
   * @param settings the import settings
   * @return the decision
   */
  public static ImportDecision decide(Order order, Catalogue catalogue, ImportSettings settings) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(settings, "settings");
    if (!settings.enabled()) {
      return new ImportDecision(ImportDecision.Outcome.VIEW_ONLY, List.of());
    }
    if (order.purchasedAt().isBefore(settings.startedAt())) {
      return new ImportDecision(ImportDecision.Outcome.BEFORE_INTEGRATION, List.of());
    }
    List<ImportBlocker> blockers = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      Optional<CatalogueItem> item = catalogue.find(line.sku());
      ImportBlocker.Reason reason = item.isEmpty() ? ImportBlocker.Reason.NOT_IN_CATALOGUE
          : !item.get().enabled() ? ImportBlocker.Reason.DISABLED
          : item.get().onHand() < line.quantityUnshipped() ? ImportBlocker.Reason.OUT_OF_STOCK
          : null;
      if (reason != null) {
        blockers.add(new ImportBlocker(line.id(), line.sku(), reason));
      }
    }
    return blockers.isEmpty()
        ? new ImportDecision(ImportDecision.Outcome.CREATE, List.of())
        : new ImportDecision(ImportDecision.Outcome.BLOCKED, blockers);
  }
}
