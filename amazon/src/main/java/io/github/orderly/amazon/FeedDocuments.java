package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import io.github.orderly.channel.Batches;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes order acknowledgement and payment adjustment messages as the marketplace's XML feed documents
 * ({@code AmazonEnvelope}: a header with the document version and the seller's merchant identifier, the
 * message type, then the numbered messages), at most {@value Batches#MARKETPLACE_LIMIT} messages per
 * document (R25): a queue of 31 cancellations becomes three documents of 15, 15 and 1 messages, in queue
 * order, each numbering its messages from 1.
 *
 * <p>The documents are UTF-8 text with an XML declaration, ready to upload as the feed document of the
 * feed types {@value #ORDER_ACKNOWLEDGEMENT_FEED} and {@value #PAYMENT_ADJUSTMENT_FEED}. Text is escaped
 * by the XML writer. Immutable and thread-safe.
 */
public final class FeedDocuments {
  /** The feed type of order acknowledgements. */
  public static final String ORDER_ACKNOWLEDGEMENT_FEED = "POST_ORDER_ACKNOWLEDGEMENT_DATA";
  /** The feed type of payment adjustments. */
  public static final String PAYMENT_ADJUSTMENT_FEED = "POST_PAYMENT_ADJUSTMENT_DATA";
  /** The version of the envelope the documents declare. */
  static final String DOCUMENT_VERSION = "1.01";

  private static final XmlMapper XML = XmlMapper.builder()
      .addModule(new Jdk8Module())
      .disable(MapperFeature.AUTO_DETECT_GETTERS)
      .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
      .disable(MapperFeature.AUTO_DETECT_FIELDS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
          JsonInclude.Include.NON_ABSENT))
      .build();

  private final String merchantIdentifier;

  private FeedDocuments(String merchantIdentifier) {
    this.merchantIdentifier = Check.text("MerchantIdentifier", merchantIdentifier);
  }

  /**
   * Returns the writer for one seller.
   *
   * @param merchantIdentifier the seller's merchant identifier (its Merchant Token)
   * @return the writer
   * @throws AmazonPayloadException if the identifier is blank
   */
  public static FeedDocuments forMerchant(String merchantIdentifier) {
    return new FeedDocuments(merchantIdentifier);
  }

  /**
   * Writes order acknowledgements, at most 15 per document.
   *
   * @param messages the messages, in queue order
   * @return the documents, in queue order; empty for no messages
   */
  public List<String> orderAcknowledgements(List<OrderAcknowledgement> messages) {
    List<String> documents = new ArrayList<>();
    for (List<OrderAcknowledgement> batch : Batches.of(List.copyOf(messages))) {
      List<Message> numbered = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        numbered.add(new Message(i + 1, batch.get(i), null));
      }
      documents.add(write(new Envelope(new Header(DOCUMENT_VERSION, merchantIdentifier), "OrderAcknowledgement",
          numbered)));
    }
    return List.copyOf(documents);
  }

  /**
   * Writes payment adjustments, at most 15 per document.
   *
   * @param messages the messages, in queue order
   * @return the documents, in queue order; empty for no messages
   */
  public List<String> orderAdjustments(List<OrderAdjustment> messages) {
    List<String> documents = new ArrayList<>();
    for (List<OrderAdjustment> batch : Batches.of(List.copyOf(messages))) {
      List<Message> numbered = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        numbered.add(new Message(i + 1, null, batch.get(i)));
      }
      documents.add(write(new Envelope(new Header(DOCUMENT_VERSION, merchantIdentifier), "OrderAdjustment",
          numbered)));
    }
    return List.copyOf(documents);
  }

  private static String write(Envelope envelope) {
    try {
      return XML.writeValueAsString(envelope);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a feed document: " + e.getOriginalMessage(), e);
    }
  }

  /** The document ({@code AmazonEnvelope}). */
  @JacksonXmlRootElement(localName = "AmazonEnvelope")
  @JsonPropertyOrder({"Header", "MessageType", "Message"})
  record Envelope(
      @JsonProperty("Header") Header header,
      @JsonProperty("MessageType") String messageType,
      @JsonProperty("Message") @JacksonXmlElementWrapper(useWrapping = false) List<Message> messages) {
    Envelope {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(messageType, "messageType");
      messages = List.copyOf(messages);
    }

    @JacksonXmlProperty(isAttribute = true, localName = "xmlns:xsi")
    String xsiNamespace() {
      return "http://www.w3.org/2001/XMLSchema-instance";
    }

    @JacksonXmlProperty(isAttribute = true, localName = "xsi:noNamespaceSchemaLocation")
    String schemaLocation() {
      return "amzn-envelope.xsd";
    }
  }

  /** The document's header ({@code Header}). */
  @JsonPropertyOrder({"DocumentVersion", "MerchantIdentifier"})
  record Header(
      @JsonProperty("DocumentVersion") String documentVersion,
      @JsonProperty("MerchantIdentifier") String merchantIdentifier) {}

  /** One numbered message ({@code Message}); exactly one of the two bodies is present. */
  @JsonPropertyOrder({"MessageID", "OrderAcknowledgement", "OrderAdjustment"})
  record Message(
      @JsonProperty("MessageID") int messageId,
      @JsonProperty("OrderAcknowledgement") OrderAcknowledgement orderAcknowledgement,
      @JsonProperty("OrderAdjustment") OrderAdjustment orderAdjustment) {}
}
