package io.github.orderly.testkit.core.query;

import static io.github.orderly.testkit.core.json.HostMappers.assertHostsWriteAndReadAsOrderly;

import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.Page;
import io.github.orderly.testkit.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R47: a query a UI sends reads and writes the same through a host's mapper with OrderlyModule. */
class OrderQueryHostMapperTest {
  @Test
  @DisplayName("R47: a host's mapper with OrderlyModule writes every random query, cursor included, byte for byte"
      + " as OrderlyJson does and reads it back equal")
  void hostMappersWriteEveryQueryAsOrderlyJsonDoes() {
    Property.named("a host's mapper with OrderlyModule writes every random query as OrderlyJson does and reads"
            + " it back equal")
        .check(random -> {
          QueryCases.Case c = QueryCases.CASES.next(random);
          Page page = c.query().select(c.orders());
          return page.nextCursor().map(c.query()::withCursor).orElse(c.query());
        }, query -> assertHostsWriteAndReadAsOrderly(query, OrderQuery.class));
  }
}
