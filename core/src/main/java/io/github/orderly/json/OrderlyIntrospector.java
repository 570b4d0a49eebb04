package io.github.orderly.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.introspect.VisibilityChecker;

/**
 * The shape of Orderly's JSON, stated once, for Orderly's own classes only: what {@link OrderlyModule}
 * adds to a mapper. Jackson asks it before its own annotation introspector, so what it answers for an
 * Orderly class counts as that class's defaults; explicit annotations on the class still win where they
 * say something (an explicit {@code @JsonInclude} or {@code @JsonFormat}).
 */
final class OrderlyIntrospector extends NopAnnotationIntrospector {
  private static final long serialVersionUID = 1L;

  private static final String ORDERLY_PACKAGES = "io.github.orderly.";
  private static final JsonInclude.Value LEAVE_OUT_ABSENT =
      JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT);
  private static final JsonFormat.Value AS_TEXT = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);

  private final Version version;

  OrderlyIntrospector(Version version) {
    this.version = version;
  }

  @Override
  public Version version() {
    return version;
  }

  /** Only annotated properties: no getter, is-getter, setter or field is detected by its name. */
  @Override
  public VisibilityChecker<?> findAutoDetectVisibility(AnnotatedClass ac, VisibilityChecker<?> checker) {
    if (!isOrderly(ac.getRawType())) {
      return checker;
    }
    return checker.withGetterVisibility(Visibility.NONE)
        .withIsGetterVisibility(Visibility.NONE)
        .withSetterVisibility(Visibility.NONE)
        .withFieldVisibility(Visibility.NONE);
  }

  /** Absent optionals and nulls are left out of an Orderly class's JSON. */
  @Override
  public JsonInclude.Value findPropertyInclusion(Annotated a) {
    if (a instanceof AnnotatedClass ac && isOrderly(ac.getRawType()) && !ac.hasAnnotation(JsonInclude.class)) {
      return LEAVE_OUT_ABSENT;
    }
    return null;
  }

  /** A {@code java.time} value held by an Orderly class is written as ISO-8601 text. */
  @Override
  public JsonFormat.Value findFormat(Annotated a) {
    if (a instanceof AnnotatedMember member && isOrderly(member.getDeclaringClass())
        && !member.hasAnnotation(JsonFormat.class) && holdsJavaTime(member.getType())) {
      return AS_TEXT;
    }
    return null;
  }

  private static boolean isOrderly(Class<?> type) {
    return type != null && type.getName().startsWith(ORDERLY_PACKAGES);
  }

  /** The type is a {@code java.time} type, or a collection, array, map or optional of one. */
  private static boolean holdsJavaTime(JavaType type) {
    if (type == null) {
      return false;
    }
    if (type.getRawClass().getPackageName().equals("java.time")) {
      return true;
    }
    return holdsJavaTime(type.getContentType()) || holdsJavaTime(type.getReferencedType());
  }
}
