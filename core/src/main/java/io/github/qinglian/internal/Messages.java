package io.github.qinglian.internal;

import com.google.common.collect.ImmutableMap;
import io.github.qinglian.LocalizedText;
import io.github.qinglian.rule.Param;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Finding messages in zh-CN and English, from the resource bundles {@code messages_zh.properties}
 * and {@code messages_en.properties} (UTF-8) beside this class. A template names evidence keys in
 * braces ({@code {daysSupply}}); they are filled only when a finding is made. {@code {line}} is the
 * one-based line number of the zero-based evidence {@code item}. Not API.
 */
public final class Messages {
  private static final ImmutableMap<String, String> ZH = load("messages_zh.properties");
  private static final ImmutableMap<String, String> EN = load("messages_en.properties");
  private static final ImmutableMap<String, Template> ZH_TEMPLATES = parseAll(ZH);
  private static final ImmutableMap<String, Template> EN_TEMPLATES = parseAll(EN);

  private Messages() {}

  /** Whether both bundles have {@code key}. */
  public static boolean has(String key) {
    return ZH.containsKey(key) && EN.containsKey(key);
  }

  /** The keys of the English bundle. */
  public static Iterable<String> keys(boolean chinese) {
    return chinese ? ZH.keySet() : EN.keySet();
  }

  /**
   * Renders the message {@code key} (or, when absent, {@code fallbackKey}) with values from
   * {@code evidence}.
   */
  public static LocalizedText render(String key, String fallbackKey, Map<String, Object> evidence) {
    return LocalizedText.of(
        template(ZH_TEMPLATES, key, fallbackKey).fill(evidence),
        template(EN_TEMPLATES, key, fallbackKey).fill(evidence));
  }

  private static Template template(
      ImmutableMap<String, Template> bundle, String key, String fallback) {
    Template t = bundle.get(key);
    if (t == null) {
      t = bundle.get(fallback);
    }
    return t == null ? Template.parse(key) : t;
  }

  static String fill(String template, Map<String, Object> evidence) {
    return Template.parse(template).fill(evidence);
  }

  private static ImmutableMap<String, Template> parseAll(ImmutableMap<String, String> bundle) {
    ImmutableMap.Builder<String, Template> b = ImmutableMap.builder();
    for (Map.Entry<String, String> e : bundle.entrySet()) {
      b.put(e.getKey(), Template.parse(e.getValue()));
    }
    return b.buildOrThrow();
  }

  /** A template split once into literal text and placeholder names. */
  private static final class Template {
    private final String[] literals; // literals[i] precedes names[i]; one more literal at the end
    private final String[] names;
    private final int length;

    private Template(String[] literals, String[] names, int length) {
      this.literals = literals;
      this.names = names;
      this.length = length;
    }

    static Template parse(String template) {
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      int i = 0;
      while (i < template.length()) {
        char c = template.charAt(i);
        int close;
        if (c == '{' && (close = template.indexOf('}', i + 1)) > i) {
          literals.add(literal.toString());
          literal.setLength(0);
          names.add(template.substring(i + 1, close).intern());
          i = close + 1;
        } else {
          literal.append(c);
          i++;
        }
      }
      literals.add(literal.toString());
      return new Template(literals.toArray(new String[0]), names.toArray(new String[0]),
          template.length());
    }

    String fill(Map<String, Object> evidence) {
      StringBuilder out = new StringBuilder(length + 32);
      for (int i = 0; i < names.length; i++) {
        out.append(literals[i]);
        String name = names[i];
        Object v = evidence.get(name);
        if (v == null && name.equals("line") && evidence.get("item") instanceof Integer) {
          v = (Integer) evidence.get("item") + 1; // people count lines from 1
        }
        appendValue(out, v);
      }
      return out.append(literals[names.length]).toString();
    }
  }

  private static void appendValue(StringBuilder out, @Nullable Object v) {
    if (v == null) {
      out.append('?');
    } else if (v instanceof String) {
      out.append((String) v);
    } else if (v instanceof Integer) {
      out.append(((Integer) v).intValue());
    } else {
      out.append(format(v));
    }
  }

  private static String format(Object v) {
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
    }
    if (v instanceof List) {
      StringBuilder sb = new StringBuilder();
      for (Object o : (List<?>) v) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(format(o));
      }
      return sb.toString();
    }
    return Param.format(v);
  }

  private static ImmutableMap<String, String> load(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource bundle " + name);
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
      for (String k : p.stringPropertyNames()) {
        b.put(k, p.getProperty(k));
      }
      return b.buildOrThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For tests: the raw template of {@code key}, or {@code null}. */
  public static @Nullable String template(String key, boolean chinese) {
    return (chinese ? ZH : EN).get(key);
  }
}
