package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An item of the hospital's supply catalogue (供应目录 / 药品处方集): its item code, generic name,
 * dosage form, specification (规格) and, for an antibiotic, its tier. Immutable and thread-safe.
 *
 * <p>Required: non-blank {@code itemCode}, {@code genericName} and {@code spec}, and a
 * {@code form}; the builder throws {@link IllegalArgumentException} otherwise. An antibiotic tier
 * of NONE is rejected: leave it {@code null} for items that are not antibiotics.
 *
 * <pre>{@code
 * FormularyItem ceftriaxone =
 *     FormularyItem.newBuilder("J01DD04-INJ-1G", "头孢曲松钠", DrugForm.INJECTION, "1g")
 *         .antibioticTier(AntibioticTier.RESTRICTED).build();
 * }</pre>
 */
public final class FormularyItem {
  private final String itemCode;
  private final String genericName;
  private final DrugForm form;
  private final String spec;
  private final @Nullable AntibioticTier antibioticTier;

  private FormularyItem(Builder b) {
    this.itemCode = b.itemCode;
    this.genericName = b.genericName;
    this.form = b.form;
    this.spec = b.spec;
    this.antibioticTier = b.antibioticTier;
  }

  /** Starts an item. */
  public static Builder newBuilder(String itemCode, String genericName, DrugForm form, String spec) {
    return new Builder(itemCode, genericName, form, spec);
  }

  /** Returns a builder holding this item's values. */
  public Builder toBuilder() {
    return new Builder(itemCode, genericName, form, spec).antibioticTier(antibioticTier);
  }

  /** The hospital's item code. */
  public String itemCode() {
    return itemCode;
  }

  /** The generic name (通用名). */
  public String genericName() {
    return genericName;
  }

  /** The dosage form. */
  public DrugForm form() {
    return form;
  }

  /** The form class 一品两规 counts it in, or {@code null} when not counted. */
  public @Nullable FormClass formClass() {
    return FormClass.of(form);
  }

  /** The specification (规格), e.g. {@code "0.25g"}. */
  public String spec() {
    return spec;
  }

  /** The antibiotic tier, or {@code null} for an item that is not an antibiotic. */
  public @Nullable AntibioticTier antibioticTier() {
    return antibioticTier;
  }

  /** Whether the item is an antibiotic. */
  public boolean antibiotic() {
    return antibioticTier != null;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FormularyItem)) {
      return false;
    }
    FormularyItem i = (FormularyItem) o;
    return itemCode.equals(i.itemCode)
        && genericName.equals(i.genericName)
        && form == i.form
        && spec.equals(i.spec)
        && antibioticTier == i.antibioticTier;
  }

  @Override
  public int hashCode() {
    return Objects.hash(itemCode, genericName, form, spec, antibioticTier);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("FormularyItem")
        .omitNullValues()
        .add("itemCode", itemCode)
        .add("genericName", genericName)
        .add("form", form)
        .add("spec", spec)
        .add("antibioticTier", antibioticTier)
        .toString();
  }

  /** Builds a {@link FormularyItem}. Not thread-safe. */
  public static final class Builder {
    private final String itemCode;
    private final String genericName;
    private final DrugForm form;
    private final String spec;
    private @Nullable AntibioticTier antibioticTier;

    private Builder(String itemCode, String genericName, DrugForm form, String spec) {
      this.itemCode = checkNotNull(itemCode, "itemCode");
      this.genericName = checkNotNull(genericName, "genericName");
      this.form = checkNotNull(form, "form");
      this.spec = checkNotNull(spec, "spec");
      checkArgument(!itemCode.trim().isEmpty(), "itemCode is blank");
      checkArgument(!genericName.trim().isEmpty(), "genericName is blank");
      checkArgument(!spec.trim().isEmpty(), "spec is blank");
    }

    /** Sets the antibiotic tier ({@code null}: not an antibiotic; NONE is not a tier). */
    public Builder antibioticTier(@Nullable AntibioticTier tier) {
      checkArgument(tier != AntibioticTier.NONE, "NONE is a privilege, not an item's tier");
      this.antibioticTier = tier;
      return this;
    }

    /** Returns the item. */
    public FormularyItem build() {
      return new FormularyItem(this);
    }
  }
}
