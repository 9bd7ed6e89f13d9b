package org.divcalc.render;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes report records as JSON: keys in record-component order, maps sorted by key, two-space
 * indentation, Unix newlines, a final newline; so the same report gives the same bytes.
 *
 * <p>The records are walked here and written with Jackson's streaming generator, which gives the
 * bytes Jackson's data binding gives for them (same generator, same pretty printer) at a fraction
 * of its start-up cost. With the system property {@code divcalc.json.verify=true} (set for every
 * test run) each document is also written by data binding and the two must be identical.
 */
public final class Json {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private static final boolean VERIFY = Boolean.getBoolean("divcalc.json.verify");

  /** The properties of each record type written, in order. */
  private static final Map<Class<?>, List<Property>> PROPERTIES = new ConcurrentHashMap<>();

  private record Property(String name, Method accessor) {}

  private Json() {}

  /** The value as a JSON document ending in a newline. */
  public static String write(Object value) {
    StringWriter out = new StringWriter(16_384);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(prettyPrinter());
      writeValue(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String json = out + "\n";
    if (VERIFY) {
      String expected = DatabindWriter.write(value);
      if (!expected.equals(json)) {
        throw new IllegalStateException(
            "the streaming JSON differs from data binding's:\n"
                + json
                + "\nexpected:\n"
                + expected);
      }
    }
    return json;
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    return new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer i) {
      g.writeNumber(i);
    } else if (v instanceof Long l) {
      g.writeNumber(l);
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (v instanceof Double d) {
      g.writeNumber(d);
    } else if (v instanceof Enum<?> e) {
      g.writeString(e.name());
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : new TreeMap<Object, Object>(m).entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Collection<?> c) {
      g.writeStartArray();
      for (Object o : c) {
        writeValue(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Record) {
      g.writeStartObject();
      for (Property p : PROPERTIES.computeIfAbsent(v.getClass(), Json::properties)) {
        g.writeFieldName(p.name());
        writeValue(g, get(p.accessor(), v));
      }
      g.writeEndObject();
    } else {
      throw new IllegalStateException("no JSON form for " + v.getClass().getName());
    }
  }

  private static Object get(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  /**
   * A record's JSON properties as data binding finds them: its components in order, then its public
   * getters (getX, isX for booleans) that are not components, unless marked {@link JsonIgnore}.
   */
  private static List<Property> properties(Class<?> type) {
    List<Property> properties = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      Method m = c.getAccessor();
      m.setAccessible(true);
      if (!m.isAnnotationPresent(JsonIgnore.class)) {
        properties.add(new Property(c.getName(), m));
      }
      names.add(c.getName());
    }
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())
          || m.getParameterCount() != 0
          || m.getDeclaringClass() == Object.class
          || m.getDeclaringClass() == Record.class
          || m.isAnnotationPresent(JsonIgnore.class)) {
        continue;
      }
      String name = getterName(m);
      if (name != null && !names.contains(name)) {
        throw new IllegalStateException(
            type.getName() + "." + m.getName() + "() would be written as '" + name + "'");
      }
    }
    return properties;
  }

  private static String getterName(Method m) {
    String n = m.getName();
    if (n.startsWith("get") && n.length() > 3 && Character.isUpperCase(n.charAt(3))) {
      return Character.toLowerCase(n.charAt(3)) + n.substring(4);
    }
    if (n.startsWith("is")
        && n.length() > 2
        && Character.isUpperCase(n.charAt(2))
        && (m.getReturnType() == boolean.class)) {
      return Character.toLowerCase(n.charAt(2)) + n.substring(3);
    }
    return null;
  }

  /** Jackson data binding, kept to check the streaming writer against (divcalc.json.verify). */
  static final class DatabindWriter {
    private static final ObjectWriter WRITER =
        JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Exact decimals as written (3400, not 3.4E+3): auditors compare them digit by digit.
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build()
            .writer(prettyPrinter());

    private DatabindWriter() {}

    static String write(Object value) {
      try {
        return WRITER.writeValueAsString(value) + "\n";
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("report records always serialise: " + e.getMessage(), e);
      }
    }
  }
}
