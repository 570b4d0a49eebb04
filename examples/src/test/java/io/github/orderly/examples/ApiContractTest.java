package io.github.orderly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.InvalidValueException;
import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.CurrencyMismatchException;
import io.github.orderly.money.Money;
import io.github.orderly.order.Order;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The API contract of every exported package of every published module, walked by reflection so that a new
 * type cannot forget it: the packages come from the modules' descriptors, the types from the packages.
 *
 * <ul>
 *   <li>a {@code null} argument of a public factory, constructor or builder method is a
 *       {@link NullPointerException} whose message names the parameter;
 *   <li>a refused value (hostile text, a negative or huge number, an instant out of range, a builder's
 *       missing field) is an {@link InvalidValueException} whose message reads {@code field = 'value': problem},
 *       never a bare {@code IllegalArgumentException}, {@code IllegalStateException} or worse;
 *   <li>{@code OrderlyJson.read("null", type)} never returns {@code null};
 *   <li>a {@code Comparable} type compares only with its own type.
 * </ul>
 *
 * <p>Arguments are drawn from samples: fixed values for JDK types, an order from the testkit's generator
 * (seeded, so the run is the same every time) and whatever the public API yields from them, so a new type
 * is covered as soon as a factory or an accessor reaches it. Where the contract deliberately does not
 * apply, {@link #EXEMPT} says why.
 */
@DisplayName("API contract of every exported package")
class ApiContractTest {
  private static final Pattern FORM =
      Pattern.compile("(?s)[^ ]+ = (null|'.*'( \\(\\d+ (characters|elements?)\\))?): .+");
  private static final Instant T0 = Instant.parse("2026-03-01T09:30:00Z");
  private static final List<String> PUBLISHED = List.of("io.github.orderly.core", "io.github.orderly.testkit",
      "io.github.orderly.csv", "io.github.orderly.amazon", "io.github.orderly.postgres");

  /**
   * Where the contract does not apply, by type name prefix, and why.
   */
  private static final Map<String, String> EXEMPT = Map.ofEntries(
      Map.entry("io.github.orderly.amazon.OrdersV0$", "the Selling Partner API's wire records: null is an absent field"),
      Map.entry("io.github.orderly.amazon.Orders2026$", "the Selling Partner API's wire records: null is an absent field"),
      Map.entry("io.github.orderly.amazon.ShipmentConfirmation$", "wire records of the confirmShipment body: null is absent"),
      Map.entry("io.github.orderly.amazon.OrderAdjustment$", "wire records of the adjustment feed: null is an absent field"),
      Map.entry("io.github.orderly.amazon.OrderAcknowledgement$", "wire records of the acknowledgement feed"),
      Map.entry("io.github.orderly.amazon.AmazonApiException$", "the API's error record: null is an absent field"),
      Map.entry("io.github.orderly.amazon.AllOrdersRow", "a row of the marketplace's report: null is an empty cell"),
      Map.entry("io.github.orderly.amazon.OrderAcknowledgement", "a feed document: a null is refused naming its XML element"),
      Map.entry("io.github.orderly.amazon.FeedDocuments", "feed documents: a null is refused naming its XML element"),
      Map.entry("io.github.orderly.testkit.", "test support: generators and harnesses, never fed a user's data"));

  private static final Map<Class<?>, String> MODULE_OF = new HashMap<>();
  private static List<Class<?>> types;
  private static Map<Class<?>, List<Object>> samples;

  @BeforeAll
  static void discover() throws IOException {
    types = publicTypes();
    samples = samples(types);
  }

  @Test
  @DisplayName("the walk reaches every published module and most of their types")
  void theWalkCoversEveryModule() {
    Set<String> modules = new TreeSet<>();
    for (Class<?> t : types) {
      modules.add(MODULE_OF.get(t));
    }
    assertThat(modules).containsAll(PUBLISHED);
    assertThat(types).hasSizeGreaterThan(200);
  }

  @Test
  @DisplayName("a null argument is a NullPointerException naming the parameter")
  void nullArgumentsAreNullPointerExceptionsNamingTheParameter() {
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (Executable e : factories()) {
      Object[] base = validArguments(e);
      if (base == null) {
        continue;
      }
      Parameter[] params = e.getParameters();
      for (int i = 0; i < params.length; i++) {
        Class<?> type = params[i].getType();
        if (type.isPrimitive() || type == Optional.class || (e.isVarArgs() && i == params.length - 1)) {
          continue;
        }
        Object[] args = base.clone();
        args[i] = null;
        checked++;
        Throwable thrown = call(e, null, args);
        String name = params[i].getName();
        if (thrown == null && e instanceof Constructor<?> && e.getDeclaringClass().isRecord()
            && List.class.isAssignableFrom(type)) {
          continue; // a record's list component read from JSON: an absent list is an empty one
        }
        if (!namesParameter(thrown, name)) {
          violations.add(signature(e) + " with " + name + " = null: " + describe(thrown));
        }
      }
    }
    for (Map.Entry<Method, Object> m : builderMethods().entrySet()) {
      Method method = m.getKey();
      Class<?> type = method.getParameterTypes()[0];
      if (type.isPrimitive() || method.isVarArgs()) {
        continue;
      }
      checked++;
      Throwable thrown = call(method, m.getValue(), new Object[] {null});
      String name = method.getParameters()[0].getName();
      if (!namesParameter(thrown, name) && !namesElement(method, thrown)) {
        violations.add(signature(method) + " with " + name + " = null: " + describe(thrown));
      }
    }
    assertThat(checked).isGreaterThan(200);
    assertThat(violations).as("null arguments that are not a NullPointerException naming the parameter")
        .isEmpty();
  }

  @Test
  @DisplayName("a refused value is an InvalidValueException reading field = 'value': problem")
  void refusedValuesAreInvalidValueExceptionsInOneForm() {
    List<String> violations = new ArrayList<>();
    int refused = 0;
    for (Executable e : factories()) {
      Object[] base = validArguments(e);
      if (base == null) {
        continue;
      }
      Class<?>[] params = e.getParameterTypes();
      for (int i = 0; i < params.length; i++) {
        for (Object hostile : hostile(params[i])) {
          Object[] args = base.clone();
          args[i] = hostile;
          Throwable thrown = call(e, null, args);
          if (thrown != null) {
            refused++;
            check(signature(e) + " with " + quote(hostile), thrown, violations);
          }
        }
      }
    }
    for (Class<?> t : types) {
      Method builder = builderFactory(t);
      if (builder == null) {
        continue;
      }
      Throwable empty = call(builder, null, new Object[0]) == null ? build(newBuilder(builder)) : null;
      if (empty != null) {
        refused++;
        check(t.getSimpleName() + ".builder().build()", empty, violations);
      }
      for (Object sample : samples.getOrDefault(t, List.of())) {
        for (Method setter : setters(builder.getReturnType())) {
          for (Object hostile : hostile(setter.getParameterTypes()[0])) {
            Object b = newBuilder(builder);
            Method from = method(b.getClass(), "from", t);
            if (from == null || call(from, b, new Object[] {sample}) != null
                || call(setter, b, new Object[] {hostile}) != null) {
              continue;
            }
            Throwable thrown = build(b);
            if (thrown != null) {
              refused++;
              check(t.getSimpleName() + ".builder().from(sample)." + setter.getName() + "(" + quote(hostile)
                  + ").build()", thrown, violations);
            }
          }
        }
        break;
      }
    }
    assertThat(refused).isGreaterThan(100);
    assertThat(violations).as("refusals that are not an InvalidValueException in the form field = 'value': problem")
        .isEmpty();
  }

  @Test
  @DisplayName("OrderlyJson.read(\"null\", type) never returns null")
  void readingNullNeverReturnsNull() {
    List<String> violations = new ArrayList<>();
    for (Class<?> t : types) {
      if (!t.getName().startsWith("io.github.orderly.") || Throwable.class.isAssignableFrom(t)) {
        continue;
      }
      try {
        Object value = OrderlyJson.read("null", t);
        violations.add(t.getName() + " read " + value);
      } catch (JsonInputException expected) {
        // refused, as it must be
      } catch (RuntimeException other) {
        violations.add(t.getName() + ": " + describe(other));
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  @DisplayName("a Comparable type compares only with its own type")
  void comparableTypesCompareOnlyWithThemselves() {
    List<String> violations = new ArrayList<>();
    int comparables = 0;
    for (Class<?> t : types) {
      if (!Comparable.class.isAssignableFrom(t) || t.getTypeParameters().length > 0) {
        continue;
      }
      comparables++;
      Type argument = comparableArgument(t, new HashMap<>());
      if (!t.equals(argument)) {
        violations.add(t.getName() + " is Comparable<" + argument + ">");
      }
    }
    assertThat(comparables).isGreaterThan(10);
    assertThat(violations).isEmpty();
  }

  // ---------------------------------------------------------------- checks

  /**
   * A builder's adder ({@code addLine(element)}, {@code addAllLines(elements)}) names the attribute its element
   * belongs to: {@code lines element}.
   */
  private static boolean namesElement(Method adder, Throwable thrown) {
    String name = adder.getParameters()[0].getName();
    return (name.equals("element") || name.equals("elements")) && thrown instanceof NullPointerException
        && thrown.getMessage() != null && thrown.getMessage().endsWith(" element");
  }

  /**
   * The exception is a NullPointerException naming the parameter: its message is the name, starts with
   * the name and a colon or a space, or is the JVM's own message quoting the name ("... because "rows" is
   * null").
   */
  private static boolean namesParameter(Throwable thrown, String name) {
    if (!(thrown instanceof NullPointerException) || thrown.getMessage() == null) {
      return false;
    }
    String m = thrown.getMessage();
    return m.equals(name) || m.startsWith(name + ":") || m.startsWith(name + " ")
        || m.contains("\"" + name + "\" is null");
  }

  private static void check(String what, Throwable thrown, List<String> violations) {
    if (thrown instanceof CurrencyMismatchException) {
      return; // mixing currencies: its own documented exception, which carries both currencies
    }
    if (thrown instanceof InvalidValueException || thrown instanceof NullPointerException) {
      if (thrown instanceof InvalidValueException && !FORM.matcher(thrown.getMessage()).matches()) {
        violations.add(what + ": message not in the form field = 'value': problem: " + thrown.getMessage());
      }
      return;
    }
    violations.add(what + ": " + describe(thrown));
  }

  private static String describe(Throwable thrown) {
    return thrown == null ? "accepted" : thrown.getClass().getName() + ": " + thrown.getMessage();
  }

  private static String quote(Object value) {
    String text = String.valueOf(value);
    return text.length() > 20 ? text.substring(0, 20) + "…(" + text.length() + ")" : "'" + text + "'";
  }

  /** Invokes and returns what it threw, or null when it returned. */
  private static Throwable call(Executable e, Object target, Object[] args) {
    try {
      e.setAccessible(true);
      if (e instanceof Method m) {
        m.invoke(target, args);
      } else {
        ((Constructor<?>) e).newInstance(args);
      }
      return null;
    } catch (InvocationTargetException ex) {
      return ex.getCause();
    } catch (ReflectiveOperationException | IllegalArgumentException ex) {
      throw new AssertionError("cannot call " + signature(e), ex);
    }
  }

  private static Object invoke(Executable e, Object target, Object[] args) {
    try {
      e.setAccessible(true);
      return e instanceof Method m ? m.invoke(target, args) : ((Constructor<?>) e).newInstance(args);
    } catch (ReflectiveOperationException | RuntimeException ex) {
      return null;
    }
  }

  private static String signature(Executable e) {
    StringBuilder sb = new StringBuilder(e.getDeclaringClass().getName().replaceFirst("^.*\\.", ""));
    if (e instanceof Method) {
      sb.append('.').append(e.getName());
    }
    sb.append('(');
    Class<?>[] p = e.getParameterTypes();
    for (int i = 0; i < p.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(p[i].getSimpleName());
    }
    return sb.append(')').toString();
  }

  // ---------------------------------------------------------------- the walk

  /** Public factories and constructors of the exported types the contract applies to. */
  private static List<Executable> factories() {
    List<Executable> result = new ArrayList<>();
    for (Class<?> t : types) {
      if (exempt(t) || Throwable.class.isAssignableFrom(t) || t.isEnum()) {
        continue;
      }
      for (Method m : t.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
            && m.getParameterCount() > 0 && !m.getName().equals("main")) {
          result.add(m);
        }
      }
      if (!Modifier.isAbstract(t.getModifiers()) && !t.isInterface()) {
        for (Constructor<?> c : t.getConstructors()) {
          if (c.getParameterCount() > 0) {
            result.add(c);
          }
        }
      }
    }
    result.sort(Comparator.comparing(ApiContractTest::signature));
    return result;
  }

  /** Every public builder method of one reference parameter, with a fresh builder to call it on. */
  private static Map<Method, Object> builderMethods() {
    Map<Method, Object> result = new LinkedHashMap<>();
    for (Class<?> t : types) {
      Method builder = builderFactory(t);
      if (builder == null) {
        continue;
      }
      for (Method setter : setters(builder.getReturnType())) {
        result.put(setter, newBuilder(builder));
      }
    }
    return result;
  }

  private static Method builderFactory(Class<?> t) {
    if (exempt(t)) {
      return null;
    }
    try {
      Method m = t.getMethod("builder");
      return Modifier.isStatic(m.getModifiers()) && method(m.getReturnType(), "build") != null ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object newBuilder(Method builder) {
    return invoke(builder, null, new Object[0]);
  }

  private static Throwable build(Object builder) {
    return call(method(builder.getClass(), "build"), builder, new Object[0]);
  }

  private static List<Method> setters(Class<?> builderType) {
    List<Method> result = new ArrayList<>();
    for (Method m : builderType.getMethods()) {
      if (m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
          && m.getParameterCount() == 1 && !m.getName().equals("equals")) {
        result.add(m);
      }
    }
    result.sort(Comparator.comparing(Method::toGenericString));
    return result;
  }

  private static Method method(Class<?> type, String name, Class<?>... params) {
    for (Class<?> k = type; k != null; k = k.getSuperclass()) {
      try {
        return k.getDeclaredMethod(name, params);
      } catch (NoSuchMethodException e) {
        // look further up
      }
    }
    return null;
  }

  private static boolean exempt(Class<?> t) {
    String name = t.getName();
    return EXEMPT.keySet().stream().anyMatch(name::startsWith);
  }

  // ---------------------------------------------------------------- samples

  /** The first combination of samples with which the executable returns normally, or null if none does. */
  private static Object[] validArguments(Executable e) {
    Type[] params = e.getGenericParameterTypes();
    List<List<Object>> candidates = new ArrayList<>();
    for (int i = 0; i < params.length; i++) {
      List<Object> c = candidates(params[i], e.isVarArgs() && i == params.length - 1);
      if (c.isEmpty()) {
        return null;
      }
      candidates.add(c);
    }
    int[] index = new int[params.length];
    for (int tries = 0; tries < 512; tries++) {
      Object[] args = new Object[params.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = candidates.get(i).get(index[i]);
      }
      if (call(e, null, args) == null) {
        return args;
      }
      int i = 0;
      while (i < index.length && ++index[i] == candidates.get(i).size()) {
        index[i++] = 0;
      }
      if (i == index.length) {
        return null;
      }
    }
    return null;
  }

  private static List<Object> candidates(Type type, boolean varArgs) {
    Class<?> raw = raw(type);
    if (varArgs) {
      Class<?> component = raw.getComponentType();
      Object empty = java.lang.reflect.Array.newInstance(component, 0);
      List<Object> result = new ArrayList<>(List.of(empty));
      for (Object s : samples.getOrDefault(component, List.of())) {
        Object one = java.lang.reflect.Array.newInstance(component, 1);
        java.lang.reflect.Array.set(one, 0, s);
        result.add(one);
        break;
      }
      return result;
    }
    if (raw == List.class || raw == Collection.class || raw == Iterable.class || raw == Set.class) {
      Class<?> element = type instanceof ParameterizedType p ? raw(p.getActualTypeArguments()[0]) : Object.class;
      List<Object> result = new ArrayList<>();
      for (Object s : samples.getOrDefault(element, List.of())) {
        result.add(raw == Set.class ? Set.of(s) : List.of(s));
        if (result.size() == 3) {
          break;
        }
      }
      result.add(raw == Set.class ? Set.of() : List.of());
      return result;
    }
    if (raw == Optional.class) {
      Class<?> element = type instanceof ParameterizedType p ? raw(p.getActualTypeArguments()[0]) : Object.class;
      List<Object> result = new ArrayList<>(List.of(Optional.empty()));
      samples.getOrDefault(element, List.of()).stream().findFirst().ifPresent(s -> result.add(0, Optional.of(s)));
      return result;
    }
    return samples.getOrDefault(raw, List.of());
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof java.lang.reflect.WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  /** Values a refusal is expected for, or an acceptance: every refusal must be in the contract's form. */
  private static List<Object> hostile(Class<?> type) {
    if (type == String.class) {
      return List.of("", " ", " padded ", "a\u0000b", "\uD800", "x".repeat(100_001), "=1+1");
    }
    if (type == int.class || type == Integer.class) {
      return List.of(-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (type == long.class || type == Long.class) {
      return List.of(-1L, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (type == BigDecimal.class) {
      return List.of(new BigDecimal("-1"), new BigDecimal("1e400"), new BigDecimal("0.0000000000000000000001"));
    }
    if (type == Instant.class) {
      return List.of(Instant.MIN, Instant.MAX, Instant.EPOCH.minusSeconds(1));
    }
    if (type == Duration.class) {
      return List.of(Duration.ofSeconds(-1), Duration.ofDays(1_000_000));
    }
    if (type == Money.class) {
      return List.of(Money.of("-1", "USD"), Money.of("1", "JPY"));
    }
    return List.of();
  }

  private static Map<Class<?>, List<Object>> samples(List<Class<?>> types) {
    Map<Class<?>, List<Object>> s = new HashMap<>();
    put(s, String.class, "x1", "USD", "US", "12.50", "buyer@example.com", "Asia/Tokyo", "amazon.com", "R8");
    put(s, int.class, 1, 2);
    put(s, Integer.class, 1);
    put(s, long.class, 1L);
    put(s, Long.class, 1L);
    put(s, boolean.class, true, false);
    put(s, BigDecimal.class, BigDecimal.ONE);
    put(s, Instant.class, T0, T0.plus(Duration.ofDays(3)));
    put(s, Duration.class, Duration.ofHours(1), Duration.ofDays(2));
    put(s, LocalDate.class, LocalDate.of(2026, 3, 2));
    put(s, LocalTime.class, LocalTime.NOON);
    put(s, ZoneId.class, ZoneId.of("UTC"));
    put(s, Currency.class, Currency.getInstance("USD"));
    put(s, Money.class, Money.of("1.00", "USD"));
    put(s, Object.class, "x1");
    SplittableRandom random = new SplittableRandom(13);
    OrderGenerator orders = OrderGenerator.standard().withCurrencies(Currency.getInstance("USD"));
    for (OrderStatus status : OrderStatus.values()) {
      for (int i = 0; i < 2; i++) {
        put(s, Order.class, orders.withStatuses(status).next(random));
      }
    }
    for (Class<?> t : types) {
      if (t.isEnum()) {
        put(s, t, t.getEnumConstants()[0]);
      }
      for (Field f : t.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive() && f.getType() != String.class) {
          try {
            put(s, f.getType(), f.get(null));
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    for (int round = 0; round < 3; round++) {
      harvest(s, types);
    }
    return s;
  }

  /** Adds what the public API yields from the samples: accessors' values and factories' results. */
  private static void harvest(Map<Class<?>, List<Object>> s, List<Class<?>> types) {
    for (Map.Entry<Class<?>, List<Object>> e : List.copyOf(s.entrySet())) {
      if (!e.getKey().getName().startsWith("io.github.orderly.")) {
        continue;
      }
      for (Object value : List.copyOf(e.getValue()).subList(0, Math.min(4, e.getValue().size()))) {
        for (Method m : value.getClass().getMethods()) {
          if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
              && m.getDeclaringClass() != Object.class && !m.getName().equals("builder")) {
            add(s, invoke(m, value, new Object[0]));
          }
        }
      }
    }
    for (Class<?> t : types) {
      if (exempt(t) || Throwable.class.isAssignableFrom(t)) {
        continue;
      }
      for (Method m : t.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == t && !m.getName().equals("main")) {
          Object[] args = m.getParameterCount() == 0 ? new Object[0] : validArgumentsIn(m, s);
          if (args != null) {
            add(s, invoke(m, null, args));
          }
        }
      }
      if (!t.isInterface() && !Modifier.isAbstract(t.getModifiers())) {
        for (Constructor<?> c : t.getConstructors()) {
          Object[] args = validArgumentsIn(c, s);
          if (args != null) {
            add(s, invoke(c, null, args));
          }
        }
      }
    }
  }

  private static Object[] validArgumentsIn(Executable e, Map<Class<?>, List<Object>> s) {
    Map<Class<?>, List<Object>> saved = samples;
    samples = s;
    try {
      return validArguments(e);
    } finally {
      samples = saved;
    }
  }

  private static void add(Map<Class<?>, List<Object>> s, Object value) {
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> add(s, v));
    } else if (value instanceof Collection<?> c) {
      c.stream().limit(3).forEach(v -> add(s, v));
    } else if (value != null && value.getClass().getName().startsWith("io.github.orderly.")) {
      for (Class<?> k : supertypes(value.getClass())) {
        put(s, k, value);
      }
    }
  }

  private static Set<Class<?>> supertypes(Class<?> c) {
    Set<Class<?>> result = new LinkedHashSet<>();
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      result.add(k);
      for (Class<?> i : k.getInterfaces()) {
        result.addAll(supertypes(i));
        result.add(i);
      }
    }
    return result;
  }

  private static void put(Map<Class<?>, List<Object>> s, Class<?> type, Object... values) {
    List<Object> list = s.computeIfAbsent(type, k -> new ArrayList<>());
    for (Object v : values) {
      if (v != null && list.size() < 6 && !list.contains(v)) {
        list.add(v);
      }
    }
  }

  // ---------------------------------------------------------------- comparables

  /** The type argument of Comparable as the class sees it, its type variables resolved. */
  private static Type comparableArgument(Class<?> c, Map<TypeVariable<?>, Type> bindings) {
    for (Type i : c.getGenericInterfaces()) {
      if (i instanceof ParameterizedType p && p.getRawType() == Comparable.class) {
        Type arg = p.getActualTypeArguments()[0];
        return arg instanceof TypeVariable<?> v ? bindings.getOrDefault(v, v) : raw(arg);
      }
    }
    Type sup = c.getGenericSuperclass();
    if (sup instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      TypeVariable<?>[] vars = raw.getTypeParameters();
      for (int i = 0; i < vars.length; i++) {
        Type arg = p.getActualTypeArguments()[i];
        bindings.put(vars[i], arg instanceof TypeVariable<?> v ? bindings.getOrDefault(v, v) : arg);
      }
      return comparableArgument(raw, bindings);
    }
    return sup instanceof Class<?> k && Comparable.class.isAssignableFrom(k) ? comparableArgument(k, bindings) : c;
  }

  // ---------------------------------------------------------------- discovery

  /** Every public type of every exported package of Orderly's published modules, from their descriptors. */
  static List<Class<?>> publicTypes() throws IOException {
    List<Class<?>> result = new ArrayList<>();
    ClassLoader loader = ApiContractTest.class.getClassLoader();
    Enumeration<URL> descriptors = loader.getResources("module-info.class");
    while (descriptors.hasMoreElements()) {
      URL url = descriptors.nextElement();
      ModuleDescriptor d;
      try (InputStream in = url.openStream()) {
        d = ModuleDescriptor.read(in);
      }
      if (!PUBLISHED.contains(d.name())) {
        continue;
      }
      Set<String> packages = new TreeSet<>();
      d.exports().forEach(e -> packages.add(e.source()));
      for (String className : classNames(url)) {
        int dot = className.lastIndexOf('.');
        if (dot > 0 && packages.contains(className.substring(0, dot))) {
          try {
            Class<?> c = Class.forName(className.replace('/', '.'), false, loader);
            if (isPublic(c)) {
              result.add(c);
              MODULE_OF.put(c, d.name());
            }
          } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load " + className, e);
          }
        }
      }
    }
    result.sort(Comparator.comparing(Class::getName));
    return result;
  }

  /** The name of the published module a type discovered by {@link #publicTypes()} belongs to. */
  static String moduleOf(Class<?> type) {
    return MODULE_OF.get(type);
  }

  private static boolean isPublic(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  /** Binary names (package dots, nested dollars) of the classes beside a module-info.class. */
  private static List<String> classNames(URL descriptor) throws IOException {
    List<String> names = new ArrayList<>();
    String text = descriptor.toString();
    if (text.startsWith("jar:")) {
      String jar = text.substring("jar:file:".length(), text.indexOf("!/"));
      try (JarFile file = new JarFile(java.net.URLDecoder.decode(jar, java.nio.charset.StandardCharsets.UTF_8))) {
        file.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.contains("-"))
            .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
      }
    } else {
      Path root;
      try {
        root = Path.of(descriptor.toURI()).getParent();
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
      try (Stream<Path> files = Files.walk(root)) {
        files.map(f -> root.relativize(f).toString()).filter(n -> n.endsWith(".class") && !n.contains("-"))
            .forEach(n -> names.add(n.substring(0, n.length() - 6).replace(java.io.File.separatorChar, '.')));
      }
    }
    return names;
  }
}
