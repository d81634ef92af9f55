package io.github.qinglian;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A message in simplified Chinese and English. Immutable and thread-safe.
 */
public final class LocalizedText {
  private final String zh;
  private final String en;

  private LocalizedText(String zh, String en) {
    this.zh = checkNotNull(zh, "zh");
    this.en = checkNotNull(en, "en");
  }

  /** Returns a text with the given Chinese (zh-CN) and English wording. */
  public static LocalizedText of(String zh, String en) {
    return new LocalizedText(zh, en);
  }

  /** The zh-CN wording. */
  public String zh() {
    return zh;
  }

  /** The English wording. */
  public String en() {
    return en;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof LocalizedText)) {
      return false;
    }
    LocalizedText that = (LocalizedText) o;
    return zh.equals(that.zh) && en.equals(that.en);
  }

  @Override
  public int hashCode() {
    return 31 * zh.hashCode() + en.hashCode();
  }

  @Override
  public String toString() {
    return en;
  }
}
