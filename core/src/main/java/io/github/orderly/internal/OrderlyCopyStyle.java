package io.github.orderly.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import io.github.orderly.MissingValueException;
import org.immutables.value.Value;

/**
 * {@link OrderlyStyle} with the generated copy methods ({@code withX}) on: the style of {@code Order} and
 * {@code OrderLine}, whose next versions the workflow makes by copying only what an event changes. With the copy
 * methods the generated classes have an all-field constructor that runs no check, which the order package's
 * drafts call once per event (each copy method would make a whole copy per field and check it). The copy
 * methods are public methods of the package-private {@code ImmutableX} classes, so they are not API. Source
 * retention, like {@link OrderlyStyle}, for the same reason.
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
    // No init shim: the defaults are computed once, in declaration order, from attributes
    // declared before them; the shim (an object and two volatile writes per instance) costs each copy.
    unsafeDefaultAndDerived = true,
    defaults = @Value.Immutable(copy = true))
public @interface OrderlyCopyStyle {}
