package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A product listed on the provincial procurement platform (挂网): its platform code, the hospital's
 * item code, the listed price (挂网价) and, for a product selected in volume-based procurement
 * (中选), its {@link VbpAgreement}. Immutable and thread-safe.
 *
 * <p>Required: a non-blank {@code platformCode} and a positive {@code listedPrice} with at most 4
 * decimals, at most {@link #MAX_PRICE}; the builder throws {@link IllegalArgumentException}
 * otherwise. Defaults: category {@link ListingCategory#DRUG}, not VBP-selected.
 *
 * <pre>{@code
 * PlatformListing atorvastatin =
 *     PlatformListing.newBuilder("XC10AAA0521", new BigDecimal("0.12"))
 *         .itemCode("C10AA05-TAB-20").genericName("阿托伐他汀钙片").form(DrugForm.ORAL)
 *         .vbp(agreement)
 *         .build();
 * }</pre>
 */
public final class PlatformListing {
  /** The largest price accepted, in yuan. */
  public static final BigDecimal MAX_PRICE = new BigDecimal("100000000");

  private final String platformCode;
  private final @Nullable String itemCode;
  private final @Nullable String genericName;
  private final @Nullable DrugForm form;
  private final ListingCategory category;
  private final BigDecimal listedPrice;
  private final @Nullable VbpAgreement vbp;

  private PlatformListing(Builder b) {
    this.platformCode = b.platformCode;
    this.itemCode = b.itemCode;
    this.genericName = b.genericName;
    this.form = b.form;
    this.category = b.category;
    this.listedPrice = b.listedPrice;
    this.vbp = b.vbp;
  }

  /** Starts a listing of {@code platformCode} at {@code listedPrice} yuan. */
  public static Builder newBuilder(String platformCode, BigDecimal listedPrice) {
    return new Builder(platformCode, listedPrice);
  }

  /** Returns a builder holding this listing's values. */
  public Builder toBuilder() {
    return new Builder(platformCode, listedPrice)
        .itemCode(itemCode)
        .genericName(genericName)
        .form(form)
        .category(category)
        .vbp(vbp);
  }

  /** The platform's product code (挂网编码). */
  public String platformCode() {
    return platformCode;
  }

  /** The hospital's item code for the product, if known. */
  public @Nullable String itemCode() {
    return itemCode;
  }

  /** The generic name (通用名), if known. */
  public @Nullable String genericName() {
    return genericName;
  }

  /** The dosage form, for drugs. */
  public @Nullable DrugForm form() {
    return form;
  }

  /** Drug, high-value consumable or consumable. */
  public ListingCategory category() {
    return category;
  }

  /** The listed price (挂网价) in yuan. */
  public BigDecimal listedPrice() {
    return listedPrice;
  }

  /** The VBP agreement when the product is VBP-selected (中选), else {@code null}. */
  public @Nullable VbpAgreement vbp() {
    return vbp;
  }

  /** Whether the product is VBP-selected. */
  public boolean vbpSelected() {
    return vbp != null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PlatformListing)) {
      return false;
    }
    PlatformListing l = (PlatformListing) o;
    return platformCode.equals(l.platformCode)
        && Objects.equals(itemCode, l.itemCode)
        && Objects.equals(genericName, l.genericName)
        && form == l.form
        && category == l.category
        && listedPrice.compareTo(l.listedPrice) == 0
        && Objects.equals(vbp, l.vbp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(platformCode, itemCode, category, vbp);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("PlatformListing")
        .omitNullValues()
        .add("platformCode", platformCode)
        .add("itemCode", itemCode)
        .add("genericName", genericName)
        .add("form", form)
        .add("category", category)
        .add("listedPrice", listedPrice.toPlainString())
        .add("vbp", vbp)
        .toString();
  }

  static void checkPrice(String name, BigDecimal price) {
    checkArgument(price.signum() > 0, "%s %s is not positive", name, price);
    checkArgument(Amounts.atMostFourDecimals(price), "%s %s has more than 4 decimals", name,
        price);
    checkArgument(price.compareTo(MAX_PRICE) <= 0, "%s %s is over %s", name, price, MAX_PRICE);
  }

  /** Builds a {@link PlatformListing}. Not thread-safe. */
  public static final class Builder {
    private final String platformCode;
    private final BigDecimal listedPrice;
    private @Nullable String itemCode;
    private @Nullable String genericName;
    private @Nullable DrugForm form;
    private ListingCategory category = ListingCategory.DRUG;
    private @Nullable VbpAgreement vbp;

    private Builder(String platformCode, BigDecimal listedPrice) {
      this.platformCode = checkNotNull(platformCode, "platformCode");
      this.listedPrice = checkNotNull(listedPrice, "listedPrice");
      checkArgument(!platformCode.trim().isEmpty(), "platformCode is blank");
      checkPrice("listedPrice", listedPrice);
    }

    /** Sets the hospital's item code. */
    public Builder itemCode(@Nullable String itemCode) {
      this.itemCode = itemCode;
      return this;
    }

    /** Sets the generic name. */
    public Builder genericName(@Nullable String genericName) {
      this.genericName = genericName;
      return this;
    }

    /** Sets the dosage form. */
    public Builder form(@Nullable DrugForm form) {
      this.form = form;
      return this;
    }

    /** Sets the category (default DRUG). */
    public Builder category(ListingCategory category) {
      this.category = checkNotNull(category, "category");
      return this;
    }

    /** Sets the VBP agreement ({@code null}: not VBP-selected). */
    public Builder vbp(@Nullable VbpAgreement vbp) {
      this.vbp = vbp;
      return this;
    }

    /** Returns the listing. */
    public PlatformListing build() {
      return new PlatformListing(this);
    }
  }
}
