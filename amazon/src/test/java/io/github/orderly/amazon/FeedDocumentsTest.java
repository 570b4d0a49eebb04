package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Feed documents, read back with the JDK's own XML parser: the envelope, the messages, the batches (R25). */
class FeedDocumentsTest {
  private static final FeedDocuments FEEDS = FeedDocuments.forMerchant("A2EXAMPLEMERCH");

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** The element children's names, in order. */
  private static List<String> children(Element e) {
    List<String> names = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        names.add(child.getTagName());
      }
    }
    return names;
  }

  private static Element child(Element e, String name) {
    return (Element) e.getElementsByTagName(name).item(0);
  }

  private static OrderAdjustment refund(String orderId, String price) {
    return new OrderAdjustment(orderId, Optional.empty(), Optional.of(OrderAdjustment.ActionType.REFUND), List.of(
        new OrderAdjustment.AdjustedItem("51048877342205", Optional.of("rf-1"), AdjustmentReason.CUSTOMER_RETURN, List.of(
            new OrderAdjustment.PriceAdjustment(PriceComponent.PRINCIPAL, Money.of(price, "USD")),
            new OrderAdjustment.PriceAdjustment(PriceComponent.TAX, Money.of("4.50", "USD")),
            new OrderAdjustment.PriceAdjustment(PriceComponent.RESTOCKING_FEE, Money.of("-5.00", "USD"))),
            List.of(new OrderAdjustment.PromotionAdjustment(Optional.of("SPRING10"), Optional.empty(), List.of(
                new OrderAdjustment.PromotionAmount(OrderAdjustment.PromotionComponent.PRINCIPAL, Money.of("-5.00", "USD"))))),
            Optional.empty())));
  }

  @Test
  @DisplayName("an acknowledgement document: header, message type, numbered messages, the XSD's element order")
  void acknowledgement() throws Exception {
    List<String> docs = FEEDS.orderAcknowledgements(List.of(
        new OrderAcknowledgement("112-9834105-2239874", Optional.of("SO-42"), OrderAcknowledgement.Status.SUCCESS,
            List.of(new OrderAcknowledgement.Item("51048877342205", Optional.of("line-1"), Optional.empty()))),
        OrderAcknowledgement.cancelled("114-0092716-6650217", CancelReason.BUYER_CANCELED, List.of("90412208733740"))));
    assertThat(docs).hasSize(1);
    assertThat(docs.get(0)).startsWith("<?xml version='1.0' encoding='UTF-8'?>");
    Element root = parse(docs.get(0)).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("AmazonEnvelope");
    assertThat(root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "noNamespaceSchemaLocation"))
        .isEqualTo("amzn-envelope.xsd");
    assertThat(children(root)).containsExactly("Header", "MessageType", "Message", "Message");
    assertThat(children(child(root, "Header"))).containsExactly("DocumentVersion", "MerchantIdentifier");
    assertThat(child(root, "MerchantIdentifier").getTextContent()).isEqualTo("A2EXAMPLEMERCH");
    assertThat(child(root, "MessageType").getTextContent()).isEqualTo("OrderAcknowledgement");
    Element first = (Element) root.getElementsByTagName("OrderAcknowledgement").item(0);
    assertThat(children(first)).containsExactly("AmazonOrderID", "MerchantOrderID", "StatusCode", "Item");
    assertThat(child(first, "StatusCode").getTextContent()).isEqualTo("Success");
    assertThat(children(child(first, "Item"))).containsExactly("AmazonOrderItemCode", "MerchantOrderItemID");
    Element second = (Element) root.getElementsByTagName("OrderAcknowledgement").item(1);
    assertThat(child(second, "StatusCode").getTextContent()).isEqualTo("Failure");
    assertThat(child(second, "CancelReason").getTextContent()).isEqualTo("BuyerCanceled");
    assertThat(root.getElementsByTagName("MessageID").item(1).getTextContent()).isEqualTo("2");
  }

  @Test
  @DisplayName("a payment adjustment: reason, price components with the currency attribute, promotion, in XSD order")
  void adjustment() throws Exception {
    Element root = parse(FEEDS.orderAdjustments(List.of(refund("112-9834105-2239874", "50.00"))).get(0)).getDocumentElement();
    assertThat(child(root, "MessageType").getTextContent()).isEqualTo("OrderAdjustment");
    Element adjustment = child(root, "OrderAdjustment");
    assertThat(children(adjustment)).containsExactly("AmazonOrderID", "ActionType", "AdjustedItem");
    Element item = child(adjustment, "AdjustedItem");
    assertThat(children(item)).containsExactly("AmazonOrderItemCode", "MerchantAdjustmentItemID", "AdjustmentReason",
        "ItemPriceAdjustments", "PromotionAdjustments");
    assertThat(child(item, "AdjustmentReason").getTextContent()).isEqualTo("CustomerReturn");
    Element prices = child(item, "ItemPriceAdjustments");
    assertThat(children(prices)).containsExactly("Component", "Component", "Component");
    Element principal = (Element) prices.getElementsByTagName("Component").item(0);
    assertThat(child(principal, "Type").getTextContent()).isEqualTo("Principal");
    assertThat(child(principal, "Amount").getTextContent()).isEqualTo("50.00");
    assertThat(child(principal, "Amount").getAttribute("currency")).isEqualTo("USD");
    Element fee = (Element) prices.getElementsByTagName("Component").item(2);
    assertThat(child(fee, "Amount").getTextContent()).isEqualTo("-5.00");
    Element promotion = child(item, "PromotionAdjustments");
    assertThat(children(promotion)).containsExactly("PromotionClaimCode", "Component");
  }

  @Test
  @DisplayName("R25: 31 queued messages become documents of 15, 15 and 1, in queue order, each numbered from 1")
  void batchesOfFifteen() throws Exception {
    List<OrderAcknowledgement> queue = IntStream.rangeClosed(1, 31)
        .mapToObj(i -> OrderAcknowledgement.cancelled(String.format("111-0000000-%07d", i), CancelReason.NO_INVENTORY,
            List.of("item-" + i)))
        .toList();
    List<String> docs = FEEDS.orderAcknowledgements(queue);
    assertThat(docs).hasSize(3);
    List<Integer> sizes = new ArrayList<>();
    List<String> orderIds = new ArrayList<>();
    for (String xml : docs) {
      Element root = parse(xml).getDocumentElement();
      int n = root.getElementsByTagName("Message").getLength();
      sizes.add(n);
      for (int i = 0; i < n; i++) {
        assertThat(root.getElementsByTagName("MessageID").item(i).getTextContent()).isEqualTo(String.valueOf(i + 1));
        orderIds.add(root.getElementsByTagName("AmazonOrderID").item(i).getTextContent());
      }
    }
    assertThat(sizes).containsExactly(15, 15, 1);
    assertThat(orderIds).containsExactlyElementsOf(queue.stream().map(OrderAcknowledgement::amazonOrderId).toList());
    assertThat(FEEDS.orderAdjustments(List.of())).isEmpty();
  }

  @Test
  @DisplayName("text that XML treats specially is escaped and reads back unchanged")
  void escaping() throws Exception {
    String tricky = "A&B <Shop> \"quoted\"";
    Element root = parse(FEEDS.orderAcknowledgements(List.of(new OrderAcknowledgement("1", Optional.of(tricky),
        OrderAcknowledgement.Status.SUCCESS, List.of()))).get(0)).getDocumentElement();
    assertThat(child(root, "MerchantOrderID").getTextContent()).isEqualTo(tricky);
  }

  @Test
  @DisplayName("messages the feeds refuse are refused when built, naming the field")
  void refusals() {
    assertThatThrownBy(() -> new OrderAcknowledgement("1", Optional.empty(), OrderAcknowledgement.Status.SUCCESS,
        List.of(new OrderAcknowledgement.Item("a", Optional.empty(), Optional.of(CancelReason.NO_INVENTORY)))))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("Item[0].CancelReason = 'NoInventory': is only sent with the status Failure");
    assertThatThrownBy(() -> new OrderAcknowledgement("1", Optional.empty(), OrderAcknowledgement.Status.FAILURE,
        List.of(new OrderAcknowledgement.Item("a", Optional.empty(), Optional.empty()))))
        .hasMessage("Item[0].CancelReason = null: is required: a Failure acknowledgement says why each item is cancelled");
    assertThatThrownBy(() -> OrderAcknowledgement.cancelled("1", CancelReason.NO_INVENTORY, List.of()))
        .hasMessageStartingWith("Item = '[]': a Failure acknowledgement names the items it cancels");
    assertThatThrownBy(() -> refund("1", "-1.00"))
        .hasMessage("ItemPriceAdjustments = 'USD -1.50': must add up to a credit to the buyer: the marketplace refuses a "
            + "net charge");
    assertThatThrownBy(() -> new OrderAdjustment.AdjustedItem("a", Optional.empty(), AdjustmentReason.GENERAL_ADJUSTMENT,
        List.of(new OrderAdjustment.PriceAdjustment(PriceComponent.PRINCIPAL, Money.of("1.00", "USD")),
            new OrderAdjustment.PriceAdjustment(PriceComponent.TAX, Money.of("1.00", "EUR"))), List.of(), Optional.empty()))
        .hasMessage("ItemPriceAdjustments[1].Amount = 'EUR 1.00': currency must be USD: one adjustment has one currency");
    assertThatThrownBy(() -> new OrderAdjustment.AdjustedItem("a", Optional.empty(), AdjustmentReason.GENERAL_ADJUSTMENT,
        List.of(new OrderAdjustment.PriceAdjustment(PriceComponent.PRINCIPAL, Money.of("1.00", "USD")),
            new OrderAdjustment.PriceAdjustment(PriceComponent.PRINCIPAL, Money.of("1.00", "USD"))), List.of(), Optional.empty()))
        .hasMessage("ItemPriceAdjustments[1].Type = 'Principal': appears twice for one item");
    assertThatThrownBy(() -> new OrderAdjustment("1", Optional.empty(), Optional.empty(), List.of()))
        .hasMessage("AdjustedItem = '[]': an adjustment names at least one item");
    assertThatThrownBy(() -> FeedDocuments.forMerchant(" ")).hasMessage("MerchantIdentifier = ' ': must not be blank");
  }
}
