package io.github.qinglian.model;

import com.google.common.base.MoreObjects;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a prescription. Immutable and thread-safe.
 *
 * <p>Every field is optional here: a missing drug code, or a zero or negative quantity, dose count
 * or days' supply, is reported by the checker as {@code INPUT.INVALID} naming the field.
 *
 * <pre>{@code
 * PrescriptionItem line = PrescriptionItem.newBuilder()
 *     .drugCode("J01CA04-CAP-250").quantity(BigDecimal.valueOf(24)).daysSupply(4).build();
 * }</pre>
 */
public final class PrescriptionItem {
  private static final PrescriptionItem MISSING = new Builder().build();

  private final @Nullable String drugCode;
  private final @Nullable BigDecimal quantity;
  private final @Nullable Integer doses;
  private final @Nullable Integer daysSupply;
  private final boolean onSite;
  private final long quantityTenThousandths;

  private PrescriptionItem(Builder b) {
    this.drugCode = b.drugCode;
    this.quantity = b.quantity;
    this.quantityTenThousandths = tenThousandths(b.quantity);
    this.doses = b.doses;
    this.daysSupply = b.daysSupply;
    this.onSite = b.onSite;
  }

  /** Starts an item. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The item that stands for a {@code null} line of a prescription: every field absent. */
  public static PrescriptionItem missing() {
    return MISSING;
  }

  /** Whether this is the {@link #missing()} placeholder. */
  public boolean isMissing() {
    return this == MISSING;
  }

  /** Returns a builder holding this item's values. */
  public Builder toBuilder() {
    return new Builder()
        .drugCode(drugCode)
        .quantity(quantity)
        .doses(doses)
        .daysSupply(daysSupply)
        .onSite(onSite);
  }

  /** The drug's catalog code. */
  public @Nullable String drugCode() {
    return drugCode;
  }

  /** The quantity dispensed, in the catalog's units. */
  public @Nullable BigDecimal quantity() {
    return quantity;
  }

  /**
   * The quantity in ten-thousandths, exact, or {@link Long#MIN_VALUE} when it is absent, has more
   * than 4 decimals or is too large; lets cost totals be summed without allocating.
   */
  public long quantityTenThousandths() {
    return quantityTenThousandths;
  }

  private static long tenThousandths(@Nullable BigDecimal q) {
    if (q == null) {
      return Long.MIN_VALUE;
    }
    try {
      return q.movePointRight(4).longValueExact();
    } catch (ArithmeticException notExact) {
      return Long.MIN_VALUE;
    }
  }

  /** The administrations the quantity covers (一次常用量 = 1). */
  public @Nullable Integer doses() {
    return doses;
  }

  /** The days of supply. */
  public @Nullable Integer daysSupply() {
    return daysSupply;
  }

  /** Whether given inside the institution (门诊注射室). */
  public boolean onSite() {
    return onSite;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PrescriptionItem)) {
      return false;
    }
    PrescriptionItem i = (PrescriptionItem) o;
    return Objects.equals(drugCode, i.drugCode)
        && (quantity == null ? i.quantity == null
            : i.quantity != null && quantity.compareTo(i.quantity) == 0)
        && Objects.equals(doses, i.doses)
        && Objects.equals(daysSupply, i.daysSupply)
        && onSite == i.onSite;
  }

  @Override
  public int hashCode() {
    return Objects.hash(drugCode, doses, daysSupply, onSite);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Item")
        .omitNullValues()
        .add("drugCode", drugCode)
        .add("quantity", quantity == null ? null : quantity.toPlainString())
        .add("doses", doses)
        .add("daysSupply", daysSupply)
        .add("onSite", onSite ? Boolean.TRUE : null)
        .toString();
  }

  /** Builds a {@link PrescriptionItem}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String drugCode;
    private @Nullable BigDecimal quantity;
    private @Nullable Integer doses;
    private @Nullable Integer daysSupply;
    private boolean onSite;

    private Builder() {}

    /** Sets the drug code. */
    public Builder drugCode(@Nullable String drugCode) {
      this.drugCode = drugCode;
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

    /** Sets the number of doses. */
    public Builder doses(@Nullable Integer doses) {
      this.doses = doses;
      return this;
    }

    /** Sets the days' supply. */
    public Builder daysSupply(@Nullable Integer daysSupply) {
      this.daysSupply = daysSupply;
      return this;
    }

    /** Sets whether given on site. */
    public Builder onSite(boolean onSite) {
      this.onSite = onSite;
      return this;
    }

    /** Returns the item. */
    public PrescriptionItem build() {
      return new PrescriptionItem(this);
    }
  }
}
