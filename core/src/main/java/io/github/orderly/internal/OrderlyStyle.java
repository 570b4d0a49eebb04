package io.github.orderly.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Orderly's value types.
 *
 * <p>Generated {@code ImmutableX} classes are package-private; users reach them only through
 * {@code X.builder()} and the nested {@code X.Builder}, whose methods return {@code X.Builder}
 * and whose {@code build()} returns {@code X}. Not part of the API: this package is not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"line:lines", "shipment:shipments", "refund:refunds", "return:returns", "subtype:subtypes",
        "status:statuses", "channel:channels"},
    // Generated code carries no extra annotations (@Generated, @CanIgnoreReturnValue, ...): their
    // jars are compile-time only, and modules compiled against ours would warn that they are missing.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface OrderlyStyle {}
