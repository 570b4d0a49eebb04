package io.github.orderly.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import io.github.orderly.MissingValueException;
import org.immutables.value.Value;

/**
 * The one Immutables style of Orderly's value types.
 *
 * <p>Generated {@code ImmutableX} classes are package-private; users reach them only through
 * {@code X.builder()} and the nested {@code X.Builder}, whose methods return {@code X.Builder}
 * and whose {@code build()} returns {@code X}. Not part of the API: this package is not exported.
 *
 * <p>Source retention: the processor reads the style while Orderly compiles, and the published class
 * files do not name it. Immutables' own annotations have class retention, and a consumer compiling with
 * {@code -Xlint:all -Werror} without the Immutables jar fails on any of them that carries an element
 * value ("Cannot find annotation method"). So element values live here, and the {@code @Value}
 * annotations on the public value types are bare ({@code @Value.Immutable}, never
 * {@code @Value.Immutable(builder = false)}: a type that is built with {@code of} alone simply leaves its
 * package-private builder unused).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // The generated builder is package-private too: the public X.Builder then declares its methods as far as
    // javadoc is concerned, which lists each one on X.Builder's page with its signature and its comment.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    // A required field never set is an InvalidValueException naming it, as every other refused value.
    throwForInvalidImmutableState = MissingValueException.class,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"line:lines", "shipment:shipments", "refund:refunds", "return:returns", "subtype:subtypes",
        "status:statuses", "channel:channels"},
    // Generated code carries no extra annotations (@Generated, @CanIgnoreReturnValue, ...): their
    // jars are compile-time only, and modules compiled against ours would warn that they are missing.
    allowedClasspathAnnotations = {Override.class},
    // JDK collections in the generated code: a null handed to a builder's adder (addLine(null)) is then a
    // NullPointerException naming it ("lines element"), where Guava's builders throw one without a message.
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
public @interface OrderlyStyle {}
