package io.github.orderly.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of this package: the same settings as Orderly's own style
 * ({@code io.github.orderly.internal.OrderlyStyle}; keep the two in step), with the plurals of this
 * package's set attributes in the dictionary, so that builders read {@code addItemStatus(..)} rather
 * than {@code addItemStatuse(..)}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"status:statuses", "subtype:subtypes", "channel:channels"},
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
@interface QueryStyle {}
