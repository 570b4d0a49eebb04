package io.github.orderly.testkit;

import io.github.orderly.Limits;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.Buyer;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.DeliveryWindow;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceFlag;
import io.github.orderly.order.MarketplaceFlags;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.MarketplaceOrderType;
import io.github.orderly.order.MerchantOrderId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.Party;
import io.github.orderly.order.Payment;
import io.github.orderly.order.PaymentMethod;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.ReturnState;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Makes valid random orders in every order status, item status, payment status, subtype, fulfilment
 * channel and currency (USD, JPY, EUR, GBP, BHD), with one to many lines, Unicode names, addresses and
 * titles (quotes, commas, line breaks, leading formula characters, scripts beyond Latin), and optional
 * fields present and absent, and a third of the lines itemising their charge ({@link OrderLine#components()}).
 * A host shapes it with the {@code with…} methods: the markets (and so the
 * currencies), the statuses, the channels, the number of lines and the purchase window. {@link
 * Shrink#order()} shrinks its orders to smaller valid ones. Immutable and thread-safe.
 *
 * <p>Every order it makes passes the build-time checks of {@link Order}: it is built, not assembled
 * around them, and every status is one the workflow's events reach from the order's own shipments,
 * refunds, returns and cancellation (a Refunded line has refunds covering its charge, or is a cancelled
 * line of a marketplace-fulfilled order, R18; a Returned line has a received return; ...). The same
 * source of randomness in the same state gives an equal order.
 *
 * <p>{@link #withEdgeCaseInstants()} makes a third of the orders start at instants that break careless
 * date code: the first and last instants of {@link Limits}, a leap day, daylight-saving changes of the
 * presets' zones, nanosecond precision at the end of a year. Every later instant of such an order is
 * clamped to {@link Limits#LATEST_INSTANT}.
 *
 * <pre>{@code
 * OrderGenerator orders = OrderGenerator.standard();
 * Order order = orders.next(new SplittableRandom(42));
 * Order shipped = orders.next(random, OrderStatus.SHIPPED);
 * OrderGenerator japan = orders.withMarketplaces(MarketplaceId.of("amazon.co.jp")).withLines(1, 2)
 *     .withStatuses(OrderStatus.UNSHIPPED, OrderStatus.PENDING).withChannels(FulfilmentChannel.SELLER);
 * }</pre>
 */
public final class OrderGenerator implements Generator<Order> {
  private static final Instant DEFAULT_FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration DEFAULT_SPAN = Duration.ofDays(365);

  private static final List<Market> MARKETS = List.of(
      new Market(MarketplaceId.of("amazon.com"), Currency.getInstance("USD"), "US", "Seattle", "WA", "98109"),
      new Market(MarketplaceId.of("amazon.co.jp"), Currency.getInstance("JPY"), "JP", "東京都渋谷区", "東京都",
          "150-0002"),
      new Market(MarketplaceId.of("amazon.de"), Currency.getInstance("EUR"), "DE", "München", "Bayern", "80331"),
      new Market(MarketplaceId.of("amazon.co.uk"), Currency.getInstance("GBP"), "GB", "London", "Greater London",
          "SW1A 1AA"),
      new Market(MarketplaceId.of("amazon.sa"), Currency.getInstance("BHD"), "BH", "Manama", "Capital", "317"));
  private static final String[] NAMES = {
    "Jane Doe", "山田 太郎", "Jürgen Müller", "Zoë O'Brien", "José \"Pepe\" García", "Đặng Thị Hương",
    "Ålesund, Inc.", "محمد علي", "=HYPERLINK(\"x\")", "+44 buyer", "-minus", "@handle", "Ωmega 😀",
  };
  private static final String[] WORDS = {
    "Widget", "ガジェット", "Kaffeebecher", "Tea, green", "12\" ruler", "Line\nbreak", "quote \"q\"",
    "Crème brûlée torch", "🚀 rocket lamp", "=SUM(A1:A2)", "-10% off", "+plus", "@at", "tab\there",
    "naïve café", "中文标题", "Ελληνικά", "CR\rinside",
  };
  /** The believable mode's texts: no formula prefixes, no line breaks, no random code points. */
  private static final String[] PLAIN_NAMES = {
    "Jane Doe", "山田 太郎", "Jürgen Müller", "Zoë O'Brien", "Emma Wilson", "Carlos García", "Aiko Tanaka",
    "Oliver Smith", "Fatima Al-Sayed", "Đặng Thị Hương",
  };
  private static final String[] PLAIN_TITLES = {
    "Ceramic mug, 350 ml", "Green tea, 100 g", "LED desk lamp", "Notebook A5, dotted", "Wireless mouse",
    "Kaffeebecher", "Travel adapter", "Crème brûlée torch", "Steel water bottle", "Phone case, blue",
  };
  private static final String[] PLAIN_STREETS = {
    "1 Main St", "Leopoldstraße 12", "神南1-2-3", "221B Baker Street", "Road 1701", "48 Harbour Rd",
  };
  private static final String[] STREETS = {
    "1 Main St", "Apt 4, Block \"B\"", "Leopoldstraße 12", "神南1-2-3", "10 Downing St", "Road 1701",
  };
  /** Purchase instants at the edges: the limits, a leap day, daylight-saving changes, nanoseconds. */
  private static final Instant[] EDGE_INSTANTS = {
    Limits.EARLIEST_INSTANT,
    Limits.LATEST_INSTANT,
    Limits.LATEST_INSTANT.minusSeconds(86_400),
    Instant.parse("2024-02-29T23:59:59Z"),
    Instant.parse("2026-03-08T10:00:00Z"), // America/Los_Angeles springs forward
    Instant.parse("2026-11-01T09:30:00Z"), // America/Los_Angeles, 01:30 for the second time
    Instant.parse("2026-03-29T01:00:00Z"), // Europe springs forward
    Instant.parse("2026-12-31T23:59:59.999999999Z"),
    Instant.parse("1999-12-31T15:00:00Z"), // midnight in Tokyo
  };
  private static final ItemStatus[] AFTER_SHIPMENT = {
    ItemStatus.SHIPPED, ItemStatus.IN_TRANSIT, ItemStatus.OUT_FOR_DELIVERY, ItemStatus.DELIVERED,
    ItemStatus.UNABLE_TO_DELIVER, ItemStatus.RETURN_STARTED, ItemStatus.RETURNING, ItemStatus.RETURNED,
    ItemStatus.RETURN_FAILED,
  };

  private final Instant from;
  private final Duration span;
  private final int minLines;
  private final int maxLines;
  private final List<Market> markets;
  private final List<OrderStatus> statuses;
  private final List<FulfilmentChannel> channels;
  private final boolean edgeCaseInstants;
  private final boolean believable;

  private OrderGenerator(Instant from, Duration span, int minLines, int maxLines, List<Market> markets,
      List<OrderStatus> statuses, List<FulfilmentChannel> channels, boolean edgeCaseInstants, boolean believable) {
    this.from = from;
    this.span = span;
    this.minLines = minLines;
    this.maxLines = maxLines;
    this.markets = markets;
    this.statuses = statuses;
    this.channels = channels;
    this.edgeCaseInstants = edgeCaseInstants;
    this.believable = believable;
  }

  /**
   * Returns a generator of orders purchased in 2026 with one to six lines, in every {@link #markets()
   * standard market}, status and fulfilment channel.
   */
  public static OrderGenerator standard() {
    return new OrderGenerator(DEFAULT_FROM, DEFAULT_SPAN, 1, 6, MARKETS, List.of(OrderStatus.values()),
        List.of(FulfilmentChannel.values()), false, false);
  }

  /**
   * Returns the markets {@link #standard()} draws from: amazon.com (USD), amazon.co.jp (JPY), amazon.de
   * (EUR), amazon.co.uk (GBP) and amazon.sa (BHD, a currency of three decimals), each with an address of its
   * country.
   *
   * @return the markets
   */
  public static List<Market> markets() {
    return MARKETS;
  }

  /**
   * A marketplace the generator sells on: its id, the currency of its orders and where its buyers live.
   * Immutable and thread-safe.
   *
   * @param marketplace the marketplace
   * @param currency the currency of every amount of its orders
   * @param countryCode the ISO 3166 code of the delivery addresses, such as {@code JP}
   * @param city the addresses' city
   * @param region the addresses' region, when they have one
   * @param postalCode the addresses' postal code, when they have one
   */
  public record Market(MarketplaceId marketplace, Currency currency, String countryCode, String city,
      String region, String postalCode) {
    /** Checks the components: none is missing, the country is two capital letters and the city not blank. */
    public Market {
      Objects.requireNonNull(marketplace, "marketplace");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(region, "region");
      Objects.requireNonNull(postalCode, "postalCode");
      if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException("countryCode = '" + countryCode + "': must be two capital letters");
      }
      if (city == null || city.isBlank()) {
        throw new IllegalArgumentException("city = '" + city + "': must not be blank");
      }
    }
  }

  /**
   * Returns a copy that sells on these markets only, with their currencies and addresses.
   *
   * @param markets the markets, at least one
   * @return the generator
   */
  public OrderGenerator withMarkets(List<Market> markets) {
    List<Market> copy = List.copyOf(markets);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("markets = '[]': must hold at least one market");
    }
    return new OrderGenerator(from, span, minLines, maxLines, copy, statuses, channels, edgeCaseInstants, believable);
  }

  /**
   * Returns a copy that sells on these of its markets only.
   *
   * @param marketplaces the marketplaces, each one of the generator's markets
   * @return the generator
   * @throws IllegalArgumentException if a marketplace is not one of the markets ({@link #withMarkets} adds
   *     others)
   */
  public OrderGenerator withMarketplaces(MarketplaceId... marketplaces) {
    List<Market> kept = new ArrayList<>();
    for (MarketplaceId id : marketplaces) {
      Market market = markets.stream().filter(m -> m.marketplace().equals(id)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("marketplace = '" + id + "': not one of "
              + markets.stream().map(m -> m.marketplace().value()).toList() + "; add it with withMarkets"));
      kept.add(market);
    }
    return withMarkets(kept);
  }

  /**
   * Returns a copy that sells only in these currencies, on those of its markets that use them.
   *
   * @param currencies the currencies, each used by at least one of the markets
   * @return the generator
   * @throws IllegalArgumentException if a currency is used by no market
   */
  public OrderGenerator withCurrencies(Currency... currencies) {
    List<Market> kept = new ArrayList<>();
    for (Currency currency : currencies) {
      List<Market> using = markets.stream().filter(m -> m.currency().equals(currency)).toList();
      if (using.isEmpty()) {
        throw new IllegalArgumentException("currency = '" + currency + "': no market uses it; add one with"
            + " withMarkets");
      }
      kept.addAll(using);
    }
    return withMarkets(kept);
  }

  /**
   * Returns a copy whose {@link #next(RandomGenerator)} makes orders in these statuses only, each as likely.
   *
   * @param statuses the statuses, at least one
   * @return the generator
   */
  public OrderGenerator withStatuses(OrderStatus... statuses) {
    if (statuses.length == 0) {
      throw new IllegalArgumentException("statuses = '[]': must hold at least one status");
    }
    return new OrderGenerator(from, span, minLines, maxLines, markets, List.of(statuses), channels,
        edgeCaseInstants, believable);
  }

  /**
   * Returns a copy whose orders are fulfilled through these channels only.
   *
   * @param channels the channels, at least one
   * @return the generator
   */
  public OrderGenerator withChannels(FulfilmentChannel... channels) {
    if (channels.length == 0) {
      throw new IllegalArgumentException("channels = '[]': must hold at least one channel");
    }
    return new OrderGenerator(from, span, minLines, maxLines, markets, statuses,
        List.copyOf(EnumSet.copyOf(List.of(channels))), edgeCaseInstants, believable);
  }

  /**
   * Returns a copy whose orders have {@code min} to {@code max} lines (a partially shipped order has at least
   * two).
   *
   * @param min the fewest lines, at least 1
   * @param max the most lines, at least {@code min}
   * @return the generator
   */
  public OrderGenerator withLines(int min, int max) {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("lines = '" + min + ".." + max + "': need 1 <= min <= max");
    }
    return new OrderGenerator(from, span, min, max, markets, statuses, channels, edgeCaseInstants, believable);
  }

  /**
   * Returns a copy of which a third of the orders are purchased at an edge-case instant (see the class
   * description) instead of inside the purchase window.
   *
   * @return the generator
   */
  public OrderGenerator withEdgeCaseInstants() {
    return new OrderGenerator(from, span, minLines, maxLines, markets, statuses, channels, true, believable);
  }

  /**
   * Returns a copy whose names, addresses and titles are believable ones, as a demo or a screenshot wants:
   * no formula prefixes, quotes, line breaks or random code points (they stay in the standard generator, for
   * tests). Everything else (statuses, amounts, instants) is drawn as before.
   *
   * @return the generator
   */
  public OrderGenerator believable() {
    return new OrderGenerator(from, span, minLines, maxLines, markets, statuses, channels, edgeCaseInstants, true);
  }

  /**
   * Returns a copy whose orders are purchased in {@code [from, from + span)}.
   *
   * @param from the earliest purchase instant
   * @param span the length of the window, positive; the window lies in the range of {@link Limits}
   * @return the generator
   */
  public OrderGenerator purchasedWithin(Instant from, Duration span) {
    Objects.requireNonNull(from, "from");
    if (span.isNegative() || span.isZero()) {
      throw new IllegalArgumentException("span = '" + span + "': must be positive");
    }
    if (!Limits.isInRange(from) || Limits.LATEST_INSTANT.getEpochSecond() - from.getEpochSecond() < span.getSeconds()) {
      throw new IllegalArgumentException("from = '" + from + "': the window of " + span
          + " must lie between " + Limits.EARLIEST_INSTANT + " and " + Limits.LATEST_INSTANT);
    }
    return new OrderGenerator(from, span, minLines, maxLines, markets, statuses, channels, edgeCaseInstants, believable);
  }

  /**
   * Returns a copy whose orders have one to {@code maxLines} lines.
   *
   * @param maxLines the most lines, at least 1
   * @return the generator
   */
  public OrderGenerator withMaxLines(int maxLines) {
    if (maxLines < 1) {
      throw new IllegalArgumentException("maxLines = '" + maxLines + "': must be at least 1");
    }
    return withLines(1, maxLines);
  }

  /** Makes an order in a random one of its statuses. */
  @Override
  public Order next(RandomGenerator random) {
    return next(random, statuses.get(random.nextInt(statuses.size())));
  }

  /**
   * Makes an order whose derived status is the given one.
   *
   * @param random the source of randomness
   * @param status the status the order must have
   * @return the order
   */
  public Order next(RandomGenerator random, OrderStatus status) {
    Market market = markets.get(random.nextInt(markets.size()));
    Currency currency = market.currency();
    Instant purchasedAt = edgeCaseInstants && random.nextInt(3) == 0
        ? pick(random, EDGE_INSTANTS)
        : from.plusSeconds(random.nextLong(Math.max(1, span.getSeconds())));
    int lineCount = minLines + random.nextInt(maxLines - minLines + 1);
    if (status == OrderStatus.PARTIALLY_SHIPPED && lineCount == 1) {
      lineCount = 2;
    }
    FulfilmentChannel channel = channels.size() == 1 ? channels.get(0)
        : random.nextInt(4) == 0 ? FulfilmentChannel.MARKETPLACE : FulfilmentChannel.SELLER;
    Order.Builder order = Order.builder()
        .id(OrderId.of(digits(random, 3) + "-" + digits(random, 7) + "-" + digits(random, 7)))
        .marketplace(market.marketplace())
        .purchasedAt(purchasedAt)
        .firstReportedAt(clamp(purchasedAt, random.nextInt(4) == 0 ? random.nextInt(3 * 86_400) : 0))
        .buyer(buyer(random, believable))
        .deliveryAddress(address(random, market, believable))
        .fulfilmentChannel(channel);
    PaymentMethod paymentMethod = pick(random, PaymentMethod.values());
    order.paymentMethod(paymentMethod).version(random.nextInt(5));
    if (random.nextBoolean()) {
      order.merchantOrderId(MerchantOrderId.of("M-" + digits(random, 8)));
    }
    if (random.nextInt(3) > 0) {
      order.shipBy(clamp(purchasedAt, 86_400L * (1 + random.nextInt(5))));
    }
    EnumSet<OrderSubtype> subtypes = EnumSet.noneOf(OrderSubtype.class);
    for (OrderSubtype subtype : OrderSubtype.values()) {
      if (random.nextInt(4) == 0) {
        subtypes.add(subtype);
      }
    }
    order.subtypes(subtypes);
    if (subtypes.stream().anyMatch(OrderSubtype::isBusiness) && random.nextBoolean()) {
      order.businessPurchaseOrder("PO-" + digits(random, 6));
    }

    List<OrderLine.Builder> lines = new ArrayList<>();
    for (int i = 0; i < lineCount; i++) {
      lines.add(line(random, currency, i, believable, paymentMethod));
    }
    Lifecycle life = new Lifecycle(random, currency, purchasedAt, channel);
    switch (status) {
      case PENDING:
        lines.forEach(l -> l.paymentStatus(PaymentStatus.PAYMENT_PROCESSING));
        break;
      case PENDING_AVAILABILITY:
        // A pre-order (R52): every line awaits its release, its payment not yet authorized.
        lines.forEach(l -> l.itemStatus(ItemStatus.AWAITING_RELEASE).paymentStatus(PaymentStatus.PAYMENT_PROCESSING));
        break;
      case UNSHIPPED:
        lines.forEach(l -> l.itemStatus(random.nextBoolean() ? ItemStatus.ORDER_PLACED : ItemStatus.PREPARING_TO_SHIP));
        if (random.nextInt(3) == 0) {
          int after = random.nextInt(86_400);
          BuyerCancellationRequest.Builder request = BuyerCancellationRequest.builder()
              .requestedAt(clamp(purchasedAt, after))
              .reason(random.nextBoolean() ? "Ordered by mistake" : "見つかりました、ほかの店で");
          // R10 per line: the whole order on even seconds, else the first line only, and on one odd second in
          // two a later second request for the other lines; no extra draw, so a seed gives the orders it gave
          // before requests named their lines.
          BuyerCancellationRequest.Builder later = BuyerCancellationRequest.builder()
              .requestedAt(clamp(purchasedAt, after + 1 + after % 7_200)).reason("Ordered by mistake");
          for (int i = 0; i < lines.size(); i++) {
            if (after % 2 == 0 || i == 0) {
              request.addLine(lines.get(i).build().id());
            } else if (after % 4 == 1) {
              later.addLine(lines.get(i).build().id());
            }
          }
          order.addCancellationRequest(request.build());
          if (after % 4 == 1 && lines.size() > 1) {
            order.addCancellationRequest(later.build());
          }
        }
        break;
      case CANCELLED:
        life.cancelAll(lines, channel, order);
        break;
      case SHIPPED:
      case PARTIALLY_SHIPPED:
        life.ship(lines, status == OrderStatus.SHIPPED, order);
        break;
      case INVOICE_UNCONFIRMED:
        // Shipped in full, the marketplace waiting for the seller's invoice confirmation (R53).
        life.ship(lines, true, order);
        order.invoice(InvoiceConfirmation.requiredUnconfirmed());
        break;
      default:
        throw new AssertionError(status);
    }
    lines.forEach(l -> order.addLine(l.build()));
    order.shipments(life.shipments).refunds(life.refunds).returns(life.returns);
    windows(order.build(), order);
    scheduledDeliveries(order.build(), order);
    payments(order.build(), order);
    Order built = order.build();
    if (built.status() != status) {
      throw new AssertionError("generator made a " + built.status() + " order for " + status);
    }
    return built;
  }

  /**
   * Sometimes gives the order an earliest ship instant, a delivery window and marketplace flags. Drawn from a random derived from
   * the order already drawn, never from the caller's: the orders every seed gave before these fields existed
   * stay the same.
   */
  private static void windows(Order drawn, Order.Builder order) {
    RandomGenerator random = new SplittableRandom(
        drawn.id().hashCode() * 31L + drawn.purchasedAt().getEpochSecond());
    Instant purchasedAt = drawn.purchasedAt();
    Instant shipBy = drawn.shipBy().orElse(null);
    if (random.nextInt(3) > 0) {
      Instant earliest = clamp(purchasedAt, random.nextInt(86_400));
      order.earliestShipAt(shipBy != null && earliest.isAfter(shipBy) ? shipBy : earliest);
    }
    if (random.nextInt(3) > 0) {
      Instant from = clamp(shipBy != null ? shipBy : purchasedAt, 86_400L * random.nextInt(4));
      // Mostly both ends; one in eight windows has only its earliest end, one in eight only its latest.
      int span = random.nextInt(8);
      Instant by = clamp(from, 86_400L * (span % 6));
      order.deliveryWindow(span == 6 ? DeliveryWindow.from(from) : span == 7 ? DeliveryWindow.by(by)
          : DeliveryWindow.of(from, by));
    }
    if (random.nextInt(3) == 0) {
      MarketplaceFlags.Builder flags = MarketplaceFlags.builder();
      if (random.nextBoolean()) {
        flags.orderType(pick(random, MarketplaceOrderType.values()));
      }
      for (MarketplaceFlag flag : MarketplaceFlag.values()) {
        if (random.nextInt(4) == 0) {
          flags.addFlags(flag);
        }
      }
      if (random.nextBoolean()) {
        flags.addFlags(MarketplaceFlag.REPLACEMENT).replacedOrderId(OrderId.of(digits(random, 3) + "-"
            + digits(random, 7) + "-" + digits(random, 7)));
      }
      if (random.nextInt(4) == 0) {
        flags.addFlags(MarketplaceFlag.EXCHANGE).exchangedOrderId(OrderId.of(digits(random, 3) + "-"
            + digits(random, 7) + "-" + digits(random, 7)));
      }
      MarketplaceFlags built = flags.build();
      if (!built.replacedOrderId().equals(Optional.of(drawn.id()))
          && !built.exchangedOrderId().equals(Optional.of(drawn.id()))) {
        order.marketplaceFlags(built);
      }
    }
  }

  /**
   * Sometimes gives a line a scheduled delivery window (both ends, or one), about one line in six. Drawn from a
   * random derived from the order already drawn, as {@link #windows} draws, so the orders every seed gave before
   * stay the same apart from these windows.
   */
  private static void scheduledDeliveries(Order drawn, Order.Builder order) {
    RandomGenerator random = new SplittableRandom(
        drawn.id().hashCode() * 41L + drawn.purchasedAt().getEpochSecond());
    List<OrderLine> lines = new ArrayList<>(drawn.lines());
    boolean any = false;
    for (int i = 0; i < lines.size(); i++) {
      if (random.nextInt(6) == 0) {
        Instant from = clamp(drawn.purchasedAt(), 86_400L * (1 + random.nextInt(7)));
        Instant by = clamp(from, 3_600L * (1 + random.nextInt(12)));
        int ends = random.nextInt(6);
        lines.set(i, OrderLine.builder().from(lines.get(i)).scheduledDelivery(ends == 0 ? DeliveryWindow.from(from)
            : ends == 1 ? DeliveryWindow.by(by) : DeliveryWindow.of(from, by)).build());
        any = true;
      }
    }
    if (any) {
      order.lines(lines);
    }
  }

  /**
   * Sometimes lists the order's payments: its primary method, and on most of those orders a second method paying
   * half the total (rounded down) or an amount not given. Drawn from a random derived from the order already
   * drawn, as {@link #windows} draws, so the orders every seed gave before payments existed stay the same apart
   * from their payments.
   */
  private static void payments(Order drawn, Order.Builder order) {
    RandomGenerator random = new SplittableRandom(
        drawn.id().hashCode() * 37L - drawn.purchasedAt().getEpochSecond());
    if (random.nextInt(3) > 0) {
      return;
    }
    PaymentMethod primary = drawn.paymentMethod();
    order.addPayments(Payment.of(primary));
    PaymentMethod other = pick(random, PaymentMethod.values());
    if (other == primary) {
      return;
    }
    Money total = drawn.total();
    BigDecimal half = total.amount().divide(BigDecimal.valueOf(2), total.amount().scale(), RoundingMode.DOWN);
    order.addPayments(half.signum() > 0 && random.nextBoolean()
        ? Payment.of(other, Money.of(half, total.currency())) : Payment.of(other));
  }

  /** Draws the events of an order's life after purchase, keeping every amount and quantity consistent. */
  private static final class Lifecycle {
    final RandomGenerator random;
    final Currency currency;
    final FulfilmentChannel channel;
    Instant clock;
    final List<Shipment> shipments = new ArrayList<>();
    final List<Refund> refunds = new ArrayList<>();
    final List<ReturnAuthorization> returns = new ArrayList<>();

    Lifecycle(RandomGenerator random, Currency currency, Instant purchasedAt, FulfilmentChannel channel) {
      this.random = random;
      this.currency = currency;
      this.channel = channel;
      this.clock = purchasedAt;
    }

    Instant later() {
      clock = clamp(clock, 600 + random.nextInt(2 * 86_400));
      return clock;
    }

    /**
     * Cancels every line before shipment. The buyer was never charged (R6): a seller-fulfilled line is
     * Not charged; a marketplace-fulfilled one shows Refunded without a refund record (R18), or Not charged
     * when its payment never completed.
     */
    void cancelAll(List<OrderLine.Builder> lines, FulfilmentChannel channel, Order.Builder order) {
      boolean marketplace = channel == FulfilmentChannel.MARKETPLACE && random.nextBoolean();
      boolean refunded = channel == FulfilmentChannel.MARKETPLACE && random.nextInt(4) > 0;
      for (OrderLine.Builder line : lines) {
        line.itemStatus(marketplace ? ItemStatus.UNABLE_TO_FULFILL : ItemStatus.UNFULFILLED);
        line.paymentStatus(refunded ? PaymentStatus.REFUNDED : PaymentStatus.NOT_CHARGED);
      }
      CancellationReason reason = marketplace
          ? CancellationReason.CANNOT_FULFIL
          : pick(random, CancellationReason.known().toArray(new CancellationReason[0]));
      order.cancellation(Cancellation.of(reason, marketplace ? Party.MARKETPLACE : Party.SELLER, later()));
    }

    void ship(List<OrderLine.Builder> lines, boolean all, Order.Builder order) {
      int unshipped = all ? -1 : random.nextInt(lines.size() - 1) + 1;
      for (int i = 0; i < lines.size(); i++) {
        OrderLine.Builder line = lines.get(i);
        OrderLine draft = line.build();
        if (i == unshipped || (!all && i > 0 && i != unshipped && random.nextInt(3) == 0 && i > unshipped)) {
          // Not shipped: still to ship, or refunded instead (R16); the order was charged in full (R7).
          line.itemStatus(random.nextBoolean() ? ItemStatus.ORDER_PLACED : ItemStatus.PREPARING_TO_SHIP);
          line.paymentStatus(random.nextBoolean()
              ? PaymentStatus.PAID
              : refund(draft, draft.charge(), RefundReason.COULD_NOT_SHIP));
          continue;
        }
        if (!all && random.nextInt(5) == 0 && i != 0) {
          // Cancelled on its own before shipment, never charged.
          line.itemStatus(ItemStatus.UNFULFILLED).paymentStatus(PaymentStatus.NOT_CHARGED);
          continue;
        }
        int quantity = draft.quantityOrdered();
        int first = quantity > 1 && random.nextBoolean() ? 1 + random.nextInt(quantity - 1) : quantity;
        shipments.add(shipment(draft.id(), first));
        if (first < quantity) {
          shipments.add(shipment(draft.id(), quantity - first));
        }
        ItemStatus status = pick(random, AFTER_SHIPMENT);
        line.quantityShipped(quantity).itemStatus(status);
        PaymentStatus payment = PaymentStatus.PAID;
        if (status == ItemStatus.RETURN_STARTED || status == ItemStatus.RETURNING
            || status == ItemStatus.RETURNED || status == ItemStatus.RETURN_FAILED) {
          // A return of the line, in the state its status needs (R20); an undeliverable parcel comes back
          // this way too (R14).
          ReturnReason reason = pick(random, ReturnReason.values());
          ReturnState state = status == ItemStatus.RETURNED ? ReturnState.RECEIVED
              : status == ItemStatus.RETURN_FAILED ? ReturnState.FAILED : ReturnState.AUTHORIZED;
          returns.add(ReturnAuthorization.builder()
              .rmaId(RmaId.of("RMA-" + digits(random, 9)))
              .reason(reason)
              .authorizedAt(later())
              .addLine(ReturnLine.of(draft.id(), 1 + random.nextInt(quantity)))
              .state(state)
              .build());
          if (status == ItemStatus.RETURNED) {
            payment = refund(draft, draft.charge(), RefundReason.CUSTOMER_RETURN);
          }
        } else if (random.nextInt(4) == 0) {
          // A partial goodwill refund on a delivered or travelling line; the payment status follows it.
          Money part = Money.of(draft.charge().amount().divide(BigDecimal.valueOf(2),
              currency.getDefaultFractionDigits(), java.math.RoundingMode.DOWN), currency);
          if (part.isPositive()) {
            payment = refund(draft, part, RefundReason.GENERAL_ADJUSTMENT);
          }
        }
        line.paymentStatus(payment);
      }
    }

    Shipment shipment(LineId line, int quantity) {
      Shipment.Builder s = Shipment.builder();
      if (channel == FulfilmentChannel.MARKETPLACE && random.nextInt(3) == 0) {
        // The marketplace's order data reports shipped units of its own parcels without tracking or carrier.
        s.reportedByMarketplace(true);
      } else {
        s.trackingId(TrackingId.of("1Z" + digits(random, 16)))
            .carrier(Carrier.of(pick(random, new String[] {"UPS", "USPS", "Yamato", "DHL", "Royal Mail"})));
      }
      s.shippedAt(later())
          .addLine(ShipmentLine.of(line, quantity));
      if (random.nextBoolean()) {
        s.actualShippingCost(Money.ofMinor(100 + random.nextInt(900), currency));
      }
      return s.build();
    }

    /**
     * Records a refund of {@code amount} in a random state, returning the line's payment status; a line
     * charged nothing has nothing to refund and stays Paid.
     */
    PaymentStatus refund(OrderLine line, Money amount, RefundReason reason) {
      if (!amount.isPositive()) {
        return PaymentStatus.PAID;
      }
      RefundState state = pick(random, RefundState.values());
      refunds.add(Refund.builder()
          .id(RefundId.of("R-" + digits(random, 10)))
          .reason(reason)
          .issuedAt(later())
          .addLine(RefundLine.of(line.id(), amount))
          .state(state)
          .build());
      switch (state) {
        case PROCESSING:
          return PaymentStatus.REFUND_PROCESSING;
        case SUCCEEDED:
          return amount.equals(line.charge()) ? PaymentStatus.REFUNDED : PaymentStatus.PAID;
        case FAILED:
          return PaymentStatus.REFUND_FAILED;
        default:
          throw new AssertionError(state);
      }
    }
  }

  private static OrderLine.Builder line(RandomGenerator random, Currency currency, int index, boolean believable,
      PaymentMethod paymentMethod) {
    int scale = currency.getDefaultFractionDigits();
    long unit = (long) Math.pow(10, scale);
    Money price = Money.ofMinor(unit + random.nextLong(500 * unit), currency);
    OrderLine.Builder line = OrderLine.builder()
        .id(LineId.of(digits(random, 14) + "-" + index))
        .sku(Sku.of("SKU-" + digits(random, 5)))
        .listingId(ListingId.of("B0" + digits(random, 8)))
        .title(believable ? pick(random, PLAIN_TITLES) : text(random))
        .quantityOrdered(1 + random.nextInt(random.nextInt(4) == 0 ? 20 : 3))
        .unitPrice(price);
    Money zero = Money.zero(currency);
    Money shipping = random.nextBoolean() ? Money.ofMinor(random.nextLong(20 * unit), currency) : zero;
    Money tax = random.nextBoolean() ? Money.ofMinor(random.nextLong(30 * unit), currency) : zero;
    Money discount = random.nextInt(4) == 0
        ? Money.ofMinor(random.nextLong(price.amount().movePointRight(scale).longValueExact()), currency)
        : zero;
    if (random.nextInt(5) == 0) {
      line.customization("Engrave: " + (believable ? pick(random, PLAIN_NAMES) : text(random)));
    }
    OrderLine draft = line.build();
    // A third of the lines itemise their charge, drawn from a random derived from the line already drawn,
    // never from the caller's: every seed gives the lines it gave before lines had components, itemised or not.
    RandomGenerator parts = new SplittableRandom(draft.id().hashCode() * 31L + draft.sku().hashCode());
    if (parts.nextInt(3) == 0) {
      line.putAllComponents(components(parts, draft.itemSubtotal(), shipping, tax, discount, paymentMethod));
    } else {
      if (!shipping.isZero()) {
        line.shippingCharge(shipping);
      }
      if (!tax.isZero()) {
        line.tax(tax);
      }
      if (!discount.isZero()) {
        line.discount(discount);
      }
    }
    return line;
  }

  /**
   * Splits a line's drawn shipping, tax and discount into the components a marketplace itemises: the item
   * price is the subtotal; the tax falls on the item, on shipping and on gift wrap; the discount on the item
   * and on shipping, each never above what it discounts; gift wrap on some lines, a cash-on-delivery fee (and
   * sometimes a discount of it) on cash-on-delivery orders. Every component is of the currency's scale and
   * non-negative, and the line's charge stays positive: the item price is, and no discount exceeds its part.
   */
  private static Map<ChargeComponent, Money> components(RandomGenerator parts, Money itemPrice, Money shipping,
      Money tax, Money discount, PaymentMethod paymentMethod) {
    Currency currency = itemPrice.currency();
    int scale = currency.getDefaultFractionDigits();
    long unit = (long) Math.pow(10, scale);
    Map<ChargeComponent, Money> c = new EnumMap<>(ChargeComponent.class);
    c.put(ChargeComponent.ITEM_PRICE, itemPrice);
    Money shippingTax = shipping.isPositive() ? share(parts, tax) : Money.zero(currency);
    Money giftWrap = parts.nextInt(4) == 0 ? Money.ofMinor(unit + parts.nextLong(5 * unit), currency) : null;
    Money giftWrapTax = giftWrap != null ? share(parts, tax.minus(shippingTax)) : Money.zero(currency);
    Money itemTax = tax.minus(shippingTax).minus(giftWrapTax);
    if (shipping.isPositive() || parts.nextBoolean()) {
      c.put(ChargeComponent.SHIPPING, shipping);
    }
    if (itemTax.isPositive() || parts.nextBoolean()) {
      c.put(ChargeComponent.ITEM_TAX, itemTax);
    }
    if (shippingTax.isPositive()) {
      c.put(ChargeComponent.SHIPPING_TAX, shippingTax);
    }
    if (giftWrap != null) {
      c.put(ChargeComponent.GIFT_WRAP, giftWrap);
      c.put(ChargeComponent.GIFT_WRAP_TAX, giftWrapTax);
    }
    // The drawn discount is below the unit price, so below the item price: split it between shipping (never
    // above the shipping) and the item, and take a share of each part's tax off with it.
    Money shippingDiscount = share(parts, discount).min(shipping);
    Money promotion = discount.minus(shippingDiscount);
    if (promotion.isPositive()) {
      c.put(ChargeComponent.PROMOTION_DISCOUNT, promotion);
      if (parts.nextBoolean()) {
        c.put(ChargeComponent.PROMOTION_DISCOUNT_TAX, share(parts, itemTax));
      }
    }
    if (shippingDiscount.isPositive()) {
      c.put(ChargeComponent.SHIPPING_DISCOUNT, shippingDiscount);
      if (parts.nextBoolean()) {
        c.put(ChargeComponent.SHIPPING_DISCOUNT_TAX, share(parts, shippingTax));
      }
    }
    if (paymentMethod == PaymentMethod.CASH_ON_DELIVERY) {
      Money fee = Money.ofMinor(unit + parts.nextLong(3 * unit), currency);
      c.put(ChargeComponent.COD_FEE, fee);
      if (parts.nextInt(4) == 0) {
        c.put(ChargeComponent.COD_FEE_DISCOUNT, share(parts, fee));
      }
    }
    return c;
  }

  /** A random amount from zero to {@code amount}, of the currency's scale. */
  private static Money share(RandomGenerator parts, Money amount) {
    long minor = amount.amount().movePointRight(amount.currency().getDefaultFractionDigits()).longValueExact();
    return Money.ofMinor(minor <= 0 ? 0 : parts.nextLong(minor + 1), amount.currency());
  }


  private static Buyer buyer(RandomGenerator random, boolean believable) {
    Buyer.Builder b = Buyer.builder();
    if (random.nextInt(5) > 0) {
      b.name(pick(random, believable ? PLAIN_NAMES : NAMES));
    }
    if (random.nextInt(5) > 0) {
      b.email(digits(random, 10) + "@marketplace.amazon.com");
    }
    if (random.nextBoolean()) {
      b.phone("+1 555-" + digits(random, 3) + "-" + digits(random, 4));
    }
    return b.build();
  }

  private static Address address(RandomGenerator random, Market market, boolean believable) {
    String[] names = believable ? PLAIN_NAMES : NAMES;
    Address.Builder a = Address.builder()
        .recipient(pick(random, names))
        .addStreetLine(pick(random, believable ? PLAIN_STREETS : STREETS))
        .city(market.city())
        .countryCode(market.countryCode());
    if (random.nextBoolean()) {
      a.addStreetLine("c/o " + pick(random, names));
    }
    if (random.nextBoolean()) {
      a.region(market.region());
    }
    if (random.nextInt(4) > 0) {
      a.postalCode(market.postalCode());
    }
    return a.build();
  }

  /** Unicode text of one to three words: scripts, emoji, quotes, commas, line breaks, formula prefixes. */
  private static String text(RandomGenerator random) {
    StringBuilder sb = new StringBuilder(pick(random, WORDS));
    for (int n = random.nextInt(3); n > 0; n--) {
      sb.append(' ').append(random.nextInt(3) == 0 ? randomCodePoints(random) : pick(random, WORDS));
    }
    return sb.toString().strip();
  }

  private static String randomCodePoints(RandomGenerator random) {
    StringBuilder sb = new StringBuilder();
    for (int n = 1 + random.nextInt(6); n > 0; n--) {
      int cp;
      do {
        cp = random.nextInt(4) == 0 ? 0x1F300 + random.nextInt(0x300) : 0x21 + random.nextInt(0x3000);
      } while (!Character.isDefined(cp) || Character.isISOControl(cp) || Character.isWhitespace(cp)
          || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.FORMAT);
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  /** The instant {@code seconds} after {@code instant}, but never after {@link Limits#LATEST_INSTANT}. */
  private static Instant clamp(Instant instant, long seconds) {
    // Epoch seconds, not Duration.between: a Duration of thousands of years overflows its nanoseconds
    // and costs a caught exception.
    return Limits.LATEST_INSTANT.getEpochSecond() - instant.getEpochSecond() <= seconds
        ? Limits.LATEST_INSTANT : instant.plusSeconds(seconds);
  }

  private static String digits(RandomGenerator random, int count) {
    char[] c = new char[count];
    for (int i = 0; i < count; i++) {
      c[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(c);
  }

  private static <T> T pick(RandomGenerator random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
