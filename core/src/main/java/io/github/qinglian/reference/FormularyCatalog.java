package io.github.qinglian.reference;

import com.google.common.collect.ImmutableSet;
import io.github.qinglian.model.FormClass;
import io.github.qinglian.model.FormularyItem;
import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The hospital's supply catalogue (供应目录), as the catalogue rules read it: items by code, the
 * distinct specifications of a generic name in a form class (一品两规), and the distinct antibiotic
 * generic names (抗菌药物品种). Implementations are thread-safe.
 *
 * <p>Generic names and specifications are compared by their {@linkplain #key(String) key}:
 * Unicode NFKC (full-width digits and letters become half-width), without white space, in lower
 * case. {@code "0.25 G"} and {@code "０.２５g"} are the same specification; {@code "250mg"} is
 * not the same as {@code "0.25g"}: units are not converted.
 */
public interface FormularyCatalog {
  /** The item with item code {@code itemCode}, or {@code null}. */
  @Nullable FormularyItem find(String itemCode);

  /**
   * The distinct specification keys of the items whose generic name has the key of
   * {@code genericName} and whose form is in {@code formClass}.
   */
  ImmutableSet<String> specifications(String genericName, FormClass formClass);

  /** The number of distinct antibiotic generic names (keys) in the catalogue. */
  int antibioticCount();

  /** Whether an antibiotic with the key of {@code genericName} is in the catalogue. */
  boolean hasAntibiotic(String genericName);

  /** The number of items, or -1 when the implementation cannot tell cheaply. */
  int size();

  /** The comparison key of a generic name or specification: NFKC, no white space, lower case. */
  static String key(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
