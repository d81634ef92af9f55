package io.github.qinglian.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.qinglian.ConfigProblem;
import io.github.qinglian.ConfigurationException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed values out of a Jackson tree, recording each problem (an error) and each unknown
 * field (a warning) with its JSON pointer. Not thread-safe: one per document.
 */
final class Reader {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  final List<ConfigProblem> errors = new ArrayList<>();
  final List<ConfigProblem> warnings = new ArrayList<>();

  /**
   * {@code value} when reading it recorded no error, else a {@link ConfigurationException} about
   * {@code what} listing every problem.
   */
  static <T> T orThrow(String what, Reader r, @Nullable T value) {
    if (!r.errors.isEmpty() || value == null) {
      throw new ConfigurationException(what, r.errors.isEmpty()
          ? ImmutableList.of(ConfigProblem.of("", "must be an object")) : r.errors);
    }
    return value;
  }

  void error(String pointer, String reason) {
    errors.add(ConfigProblem.of(pointer, reason));
  }

  static String at(String pointer, String field) {
    return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
  }

  static String at(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** Checks that {@code node} is an object; warns of fields not in {@code known}. */
  boolean object(@Nullable JsonNode node, String pointer, String... known) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return false;
    }
    if (!node.isObject()) {
      error(pointer, "must be an object");
      return false;
    }
    List<String> names = Arrays.asList(known);
    Iterator<String> it = node.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!names.contains(f)) {
        warnings.add(ConfigProblem.of(at(pointer, f), "unknown field, ignored"));
      }
    }
    return true;
  }

  /** Whether {@code node} has a non-null {@code field}. */
  static boolean has(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull();
  }

  /**
   * The value of {@code field}, or {@code null} when it is absent or JSON null (recording
   * "required" when it must be there).
   */
  @Nullable JsonNode present(JsonNode node, String field, String pointer, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        error(at(pointer, field), "required");
      }
      return null;
    }
    return v;
  }

  @Nullable String string(JsonNode node, String field, String pointer, boolean required) {
    JsonNode v = present(node, field, pointer, required);
    if (v == null) {
      return null;
    }
    String p = at(pointer, field);
    if (!v.isTextual()) {
      error(p, "must be a string");
      return null;
    }
    if (required && v.asText().trim().isEmpty()) {
      error(p, "must not be blank");
      return null;
    }
    return v.asText();
  }

  boolean bool(JsonNode node, String field, String pointer, boolean defaultValue) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return defaultValue;
    }
    if (!v.isBoolean()) {
      error(at(pointer, field), "must be true or false");
      return defaultValue;
    }
    return v.booleanValue();
  }

  @Nullable Integer integer(JsonNode node, String field, String pointer, boolean required) {
    JsonNode v = present(node, field, pointer, required);
    if (v == null) {
      return null;
    }
    String p = at(pointer, field);
    return integerValue(v, p);
  }

  @Nullable Integer integerValue(JsonNode v, String p) {
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    if (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0
        && v.decimalValue().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
      return v.decimalValue().intValue();
    }
    error(p, "must be an integer");
    return null;
  }

  @Nullable BigDecimal decimal(JsonNode node, String field, String pointer, boolean required) {
    JsonNode v = present(node, field, pointer, required);
    if (v == null) {
      return null;
    }
    String p = at(pointer, field);
    return decimalValue(v, p);
  }

  @Nullable BigDecimal decimalValue(JsonNode v, String p) {
    if (!v.isNumber()) {
      error(p, "must be a number");
      return null;
    }
    return v.decimalValue();
  }

  /** Money in yuan: positive, at most 4 decimals. */
  @Nullable BigDecimal money(JsonNode node, String field, String pointer, boolean required) {
    BigDecimal d = decimal(node, field, pointer, required);
    if (d == null) {
      return null;
    }
    String p = at(pointer, field);
    if (d.signum() <= 0) {
      error(p, "must be positive");
      return null;
    }
    if (d.stripTrailingZeros().scale() > 4) {
      error(p, "money has more than 4 decimals");
      return null;
    }
    return d;
  }

  <E extends Enum<E>> @Nullable E enumValue(
      JsonNode node, String field, String pointer, Class<E> type, boolean required) {
    JsonNode v = present(node, field, pointer, required);
    if (v == null) {
      return null;
    }
    String p = at(pointer, field);
    return enumOf(v, p, type);
  }

  <E extends Enum<E>> @Nullable E enumOf(JsonNode v, String p, Class<E> type) {
    if (v.isTextual()) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(v.asText())) {
          return e;
        }
      }
    }
    error(p, "must be one of " + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  @Nullable Instant instant(JsonNode node, String field, String pointer, boolean required) {
    JsonNode v = present(node, field, pointer, required);
    if (v == null) {
      return null;
    }
    String p = at(pointer, field);
    if (!v.isTextual()) {
      error(p, "must be an ISO-8601 instant with offset, e.g. 2026-11-24T09:30:00+08:00");
      return null;
    }
    return instantValue(v.asText(), p);
  }

  @Nullable Instant instantValue(String text, String p) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        LocalDateTime.parse(text);
        error(p, "has no offset; write it as e.g. " + text + "+08:00");
      } catch (DateTimeParseException e2) {
        error(p, "must be an ISO-8601 instant with offset, e.g. 2026-11-24T09:30:00+08:00");
      }
      return null;
    }
  }

  @Nullable LocalTime localTime(JsonNode v, String p) {
    if (v.isTextual()) {
      try {
        return LocalTime.parse(v.asText(), HH_MM);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    error(p, "must be a local time \"HH:mm\"");
    return null;
  }

  @Nullable LocalDate localDate(JsonNode v, String p) {
    if (v.isTextual()) {
      try {
        return LocalDate.parse(v.asText());
      } catch (DateTimeException e) {
        // reported below
      }
    }
    error(p, "must be a date \"yyyy-MM-dd\"");
    return null;
  }

  @Nullable DayOfWeek day(JsonNode v, String p) {
    if (v.isTextual()) {
      String t = v.asText().toUpperCase(Locale.ROOT);
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.name().startsWith(t) && t.length() >= 3) {
          return d;
        }
      }
    }
    error(p, "must be a day MON … SUN");
    return null;
  }

  /** The elements of an array field; empty (with an error if not an array) otherwise. */
  List<JsonNode> array(JsonNode node, String field, String pointer) {
    JsonNode v = node.get(field);
    List<JsonNode> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      error(at(pointer, field), "must be an array");
      return out;
    }
    for (JsonNode e : v) {
      out.add(e);
    }
    return out;
  }

  ImmutableSet<String> strings(JsonNode node, String field, String pointer) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    List<JsonNode> items = array(node, field, pointer);
    for (int i = 0; i < items.size(); i++) {
      JsonNode e = items.get(i);
      if (e.isTextual()) {
        b.add(e.asText());
      } else {
        error(at(at(pointer, field), i), "must be a string");
      }
    }
    return b.build();
  }
}
