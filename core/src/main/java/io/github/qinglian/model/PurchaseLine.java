package io.github.qinglian.model;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a purchase order. Immutable and thread-safe.
 *
 * <p>Every field is optional here: a missing item code, a zero or negative quantity or price, or
 * a price with more than 4 decimals is reported by the checker as {@code INPUT.INVALID} naming the
 * field ({@code /subject/lines/2/unitPrice}). A {@code null} trace code becomes a blank one, which
 * the checker reports too.
 *
 * <pre>{@code
 * PurchaseLine line = PurchaseLine.newBuilder()
 *     .itemCode("C10AA05-TAB-20").platformCode("XC10AAA0521")
 *     .quantity(new BigDecimal("3000")).unitPrice(new BigDecimal("0.12"))
 *     .build();
 * }</pre>
 */
public final class PurchaseLine {
  private static final PurchaseLine MISSING = new Builder().build();

  private final @Nullable String itemCode;
  private final @Nullable String platformCode;
  private final @Nullable ListingCategory category;
  private final @Nullable BigDecimal quantity;
  private final @Nullable BigDecimal unitPrice;
  private final @Nullable String substitutesVbpItem;
  private final ImmutableList<String> traceCodes;
  private final long quantityUnits;

  private PurchaseLine(Builder b) {
    this.itemCode = b.itemCode;
    this.platformCode = b.platformCode;
    this.category = b.category;
    this.quantity = b.quantity;
    this.unitPrice = b.unitPrice;
    this.substitutesVbpItem = b.substitutesVbpItem;
    this.traceCodes = b.traceCodes.build();
    this.quantityUnits = Amounts.tenThousandths(b.quantity);
  }

  /** Starts a line. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The line that stands for a {@code null} line of an order: every field absent. */
  public static PurchaseLine missing() {
    return MISSING;
  }

  /** Whether this is the {@link #missing()} placeholder. */
  public boolean isMissing() {
    return this == MISSING;
  }

  /** Returns a builder holding this line's values. */
  public Builder toBuilder() {
    Builder b = new Builder()
        .itemCode(itemCode)
        .platformCode(platformCode)
        .category(category)
        .quantity(quantity)
        .unitPrice(unitPrice)
        .substitutesVbpItem(substitutesVbpItem);
    b.traceCodes.addAll(traceCodes);
    return b;
  }

  /** The hospital's item code. */
  public @Nullable String itemCode() {
    return itemCode;
  }

  /** The platform code the line buys, or {@code null} when bought without one. */
  public @Nullable String platformCode() {
    return platformCode;
  }

  /**
   * The category as the line states it, or {@code null} (then the listing's, or DRUG when the
   * platform code is not listed).
   */
  public @Nullable ListingCategory category() {
    return category;
  }

  /** The quantity, in the listing's units. */
  public @Nullable BigDecimal quantity() {
    return quantity;
  }

  /**
   * The quantity in ten-thousandths of a unit, exact, or {@code -1} when it is absent, negative,
   * has more than 4 decimals or is too large; lets volumes be summed without allocating.
   */
  public long quantityUnits() {
    return quantityUnits;
  }

  /** The unit price in yuan. */
  public @Nullable BigDecimal unitPrice() {
    return unitPrice;
  }

  /** The platform code of the VBP-selected product this line substitutes (非中选替代), if any. */
  public @Nullable String substitutesVbpItem() {
    return substitutesVbpItem;
  }

  /** The drug trace codes (追溯码) scanned at acceptance. */
  public ImmutableList<String> traceCodes() {
    return traceCodes;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PurchaseLine)) {
      return false;
    }
    PurchaseLine l = (PurchaseLine) o;
    return Objects.equals(itemCode, l.itemCode)
        && Objects.equals(platformCode, l.platformCode)
        && category == l.category
        && sameNumber(quantity, l.quantity)
        && sameNumber(unitPrice, l.unitPrice)
        && Objects.equals(substitutesVbpItem, l.substitutesVbpItem)
        && traceCodes.equals(l.traceCodes)
        && isMissing() == l.isMissing();
  }

  static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(itemCode, platformCode, category, substitutesVbpItem, traceCodes);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Line")
        .omitNullValues()
        .add("itemCode", itemCode)
        .add("platformCode", platformCode)
        .add("category", category)
        .add("quantity", quantity == null ? null : quantity.toPlainString())
        .add("unitPrice", unitPrice == null ? null : unitPrice.toPlainString())
        .add("substitutesVbpItem", substitutesVbpItem)
        .add("traceCodes", traceCodes.isEmpty() ? null : traceCodes.size())
        .toString();
  }

  /** Builds a {@link PurchaseLine}; never throws on values. Not thread-safe. */
  public static final class Builder {
    private @Nullable String itemCode;
    private @Nullable String platformCode;
    private @Nullable ListingCategory category;
    private @Nullable BigDecimal quantity;
    private @Nullable BigDecimal unitPrice;
    private @Nullable String substitutesVbpItem;
    private final ImmutableList.Builder<String> traceCodes = ImmutableList.builder();

    private Builder() {}

    /** Sets the hospital's item code. */
    public Builder itemCode(@Nullable String itemCode) {
      this.itemCode = itemCode;
      return this;
    }

    /** Sets the platform code. */
    public Builder platformCode(@Nullable String platformCode) {
      this.platformCode = platformCode;
      return this;
    }

    /** Sets the category. */
    public Builder category(@Nullable ListingCategory category) {
      this.category = category;
      return this;
    }

    /** Sets the quantity. */
    public Builder quantity(@Nullable BigDecimal quantity) {
      this.quantity = quantity;
      return this;
    }

    /** Sets the quantity. */
    public Builder quantity(long quantity) {
      return quantity(BigDecimal.valueOf(quantity));
    }

    /** Sets the unit price in yuan. */
    public Builder unitPrice(@Nullable BigDecimal unitPrice) {
      this.unitPrice = unitPrice;
      return this;
    }

    /** Sets the unit price in yuan, given as a decimal string such as {@code "0.12"}. */
    public Builder unitPrice(String unitPrice) {
      return unitPrice(new BigDecimal(unitPrice));
    }

    /** Sets the VBP-selected product this line substitutes. */
    public Builder substitutesVbpItem(@Nullable String platformCode) {
      this.substitutesVbpItem = platformCode;
      return this;
    }

    /** Appends a trace code; {@code null} becomes a blank code. */
    public Builder traceCode(@Nullable String code) {
      traceCodes.add(code == null ? "" : code);
      return this;
    }

    /** Appends trace codes; {@code null} codes become blank ones. */
    public Builder traceCodes(Iterable<? extends @Nullable String> codes) {
      for (String c : codes) {
        traceCode(c);
      }
      return this;
    }

    /** Returns the line. */
    public PurchaseLine build() {
      return new PurchaseLine(this);
    }
  }
}
