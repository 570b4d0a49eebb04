package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.access.Permission;
import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.status.OrderStatus;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R44: only a role that may download order data gets an export; others get nothing at all. */
class PermissionR44Test {
  private static final OrderExport EXPORT = OrderExport.builder(CsvLayouts.orderReport())
      .zone(ZoneOffset.UTC).byteOrderMark(true).build();

  @Test
  @DisplayName("R44: a role without DOWNLOAD_ORDER_DATA is refused before a byte is written or an order read")
  void refusedBeforeAnythingIsWritten() {
    List<Role> refused = new ArrayList<>();
    for (Role role : Role.values()) {
      if (role.can(Permission.DOWNLOAD_ORDER_DATA)) {
        continue;
      }
      refused.add(role);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      List<String> reads = new ArrayList<>();
      Iterable<Order> watched = () -> {
        reads.add("iterator");
        Iterator<Order> it = Fixtures.all().iterator();
        return it;
      };
      assertThatThrownBy(() -> EXPORT.writeTo(role, watched, bytes))
          .isInstanceOfSatisfying(ExportRefusedException.class, e -> {
            assertThat(e.role()).isEqualTo(role);
            assertThat(e.permission()).isEqualTo(Permission.DOWNLOAD_ORDER_DATA);
          })
          .hasMessage("role " + role + " may not export 'Order report': it lacks permission DOWNLOAD_ORDER_DATA"
              + " (R44); nothing was written");
      assertThat(bytes.size()).as("bytes written for %s", role).isZero();
      assertThat(reads).isEmpty();

      StringWriter chars = new StringWriter();
      assertThatThrownBy(() -> EXPORT.writeTo(role, watched, chars)).isInstanceOf(ExportRefusedException.class);
      assertThat(chars.getBuffer()).isEmpty();
    }
    assertThat(refused).contains(Role.STAFF, Role.VIEWER, Role.MARKETPLACE);
  }

  @Test
  @DisplayName("R44: Owner and Admin download the report")
  void ownerAndAdminMayDownload() {
    for (Role role : List.of(Role.OWNER, Role.ADMIN)) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      long rows = EXPORT.writeTo(role, Fixtures.all(), bytes);
      long notPending = Fixtures.all().stream().filter(o -> o.status() != OrderStatus.PENDING)
          .mapToLong(o -> o.lines().size()).sum();
      assertThat(rows).isEqualTo(notPending);
      assertThat(bytes.size()).isPositive();
    }
  }
}
