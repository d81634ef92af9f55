package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A drug as the catalog knows it: category, form, tiers, control class and price. Immutable and
 * thread-safe.
 *
 * <p>Required: {@code code}, {@code category}, {@code form} and a positive {@code unitPrice} with
 * at most 4 decimals. Defaults: not an antibiotic or antitumor drug, control NONE, no special
 * rule, not key-monitored, in the formulary.
 *
 * <pre>{@code
 * Drug d = Drug.newBuilder("J01DD04-INJ-1G", DrugCategory.WESTERN, DrugForm.INJECTION,
 *         new BigDecimal("12.5"))
 *     .genericName("注射用头孢曲松钠").antibioticTier(AntibioticTier.RESTRICTED).build();
 * }</pre>
 */
public final class Drug {
  /** The largest unit price accepted, in yuan. */
  public static final BigDecimal MAX_PRICE = new BigDecimal("100000000");

  private final String code;
  private final @Nullable String genericName;
  private final DrugCategory category;
  private final DrugForm form;
  private final @Nullable AntibioticTier antibioticTier;
  private final @Nullable AntitumorTier antitumorTier;
  private final ControlClass control;
  private final SpecialRule specialRule;
  private final boolean keyMonitored;
  private final boolean inFormulary;
  private final BigDecimal unitPrice;
  private final long unitPriceTenThousandths;

  private Drug(Builder b) {
    this.code = b.code;
    this.genericName = b.genericName;
    this.category = b.category;
    this.form = b.form;
    this.antibioticTier = b.antibioticTier;
    this.antitumorTier = b.antitumorTier;
    this.control = b.control;
    this.specialRule = b.specialRule;
    this.keyMonitored = b.keyMonitored;
    this.inFormulary = b.inFormulary;
    this.unitPrice = b.unitPrice;
    this.unitPriceTenThousandths = b.unitPrice.movePointRight(4).longValueExact();
  }

  /** Starts a drug; {@code unitPrice} is in yuan, positive, with at most 4 decimals. */
  public static Builder newBuilder(
      String code, DrugCategory category, DrugForm form, BigDecimal unitPrice) {
    return new Builder(code, category, form, unitPrice);
  }

  /** Returns a builder holding this drug's values. */
  public Builder toBuilder() {
    return new Builder(code, category, form, unitPrice)
        .genericName(genericName)
        .antibioticTier(antibioticTier)
        .antitumorTier(antitumorTier)
        .control(control)
        .specialRule(specialRule)
        .keyMonitored(keyMonitored)
        .inFormulary(inFormulary);
  }

  /** The catalog code. */
  public String code() {
    return code;
  }

  /** The generic name (通用名), if known. */
  public @Nullable String genericName() {
    return genericName;
  }

  /** Western, Chinese patent, or herbal pieces. */
  public DrugCategory category() {
    return category;
  }

  /** The form class. */
  public DrugForm form() {
    return form;
  }

  /** The antibiotic tier, or {@code null} for drugs that are not antibiotics. */
  public @Nullable AntibioticTier antibioticTier() {
    return antibioticTier;
  }

  /** The antitumor tier, or {@code null} for drugs that are not antitumor drugs. */
  public @Nullable AntitumorTier antitumorTier() {
    return antitumorTier;
  }

  /** The special management class. */
  public ControlClass control() {
    return control;
  }

  /** The special rule, if any. */
  public SpecialRule specialRule() {
    return specialRule;
  }

  /** Whether on the national key-monitored list. */
  public boolean keyMonitored() {
    return keyMonitored;
  }

  /** Whether in the hospital formulary. */
  public boolean inFormulary() {
    return inFormulary;
  }

  /** The unit price in yuan. */
  public BigDecimal unitPrice() {
    return unitPrice;
  }

  /** The unit price in ten-thousandths of a yuan, exact. */
  public long unitPriceTenThousandths() {
    return unitPriceTenThousandths;
  }

  /** Whether a 麻醉药品 or 第一类精神药品. */
  public boolean isNarcoticOrPsychotropic1() {
    return control == ControlClass.NARCOTIC || control == ControlClass.PSYCHOTROPIC_1;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Drug)) {
      return false;
    }
    Drug d = (Drug) o;
    return code.equals(d.code)
        && Objects.equals(genericName, d.genericName)
        && category == d.category
        && form == d.form
        && antibioticTier == d.antibioticTier
        && antitumorTier == d.antitumorTier
        && control == d.control
        && specialRule == d.specialRule
        && keyMonitored == d.keyMonitored
        && inFormulary == d.inFormulary
        && unitPrice.compareTo(d.unitPrice) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, category, form, control, unitPriceTenThousandths);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Drug")
        .omitNullValues()
        .add("code", code)
        .add("genericName", genericName)
        .add("category", category)
        .add("form", form)
        .add("antibioticTier", antibioticTier)
        .add("antitumorTier", antitumorTier)
        .add("control", control)
        .add("unitPrice", unitPrice.toPlainString())
        .toString();
  }

  /** Builds a {@link Drug}. Not thread-safe. */
  public static final class Builder {
    private final String code;
    private final DrugCategory category;
    private final DrugForm form;
    private final BigDecimal unitPrice;
    private @Nullable String genericName;
    private @Nullable AntibioticTier antibioticTier;
    private @Nullable AntitumorTier antitumorTier;
    private ControlClass control = ControlClass.NONE;
    private SpecialRule specialRule = SpecialRule.NONE;
    private boolean keyMonitored;
    private boolean inFormulary = true;

    private Builder(String code, DrugCategory category, DrugForm form, BigDecimal unitPrice) {
      this.code = checkNotNull(code, "code");
      this.category = checkNotNull(category, "category");
      this.form = checkNotNull(form, "form");
      this.unitPrice = checkNotNull(unitPrice, "unitPrice");
      checkArgument(!code.trim().isEmpty(), "drug code is blank");
      checkArgument(unitPrice.signum() > 0, "unitPrice %s is not positive", unitPrice);
      checkArgument(
          unitPrice.stripTrailingZeros().scale() <= 4,
          "unitPrice %s has more than 4 decimals",
          unitPrice);
      checkArgument(
          unitPrice.compareTo(MAX_PRICE) <= 0, "unitPrice %s is over %s", unitPrice, MAX_PRICE);
    }

    /** Sets the generic name. */
    public Builder genericName(@Nullable String genericName) {
      this.genericName = genericName;
      return this;
    }

    /** Sets the antibiotic tier ({@code null}: not an antibiotic; NONE is not a tier). */
    public Builder antibioticTier(@Nullable AntibioticTier tier) {
      checkArgument(tier != AntibioticTier.NONE, "NONE is a privilege, not a drug's tier");
      this.antibioticTier = tier;
      return this;
    }

    /** Sets the antitumor tier ({@code null}: not an antitumor drug; NONE is not a tier). */
    public Builder antitumorTier(@Nullable AntitumorTier tier) {
      checkArgument(tier != AntitumorTier.NONE, "NONE is a privilege, not a drug's tier");
      this.antitumorTier = tier;
      return this;
    }

    /** Sets the control class. */
    public Builder control(ControlClass control) {
      this.control = checkNotNull(control, "control");
      return this;
    }

    /** Sets the special rule. */
    public Builder specialRule(SpecialRule specialRule) {
      this.specialRule = checkNotNull(specialRule, "specialRule");
      return this;
    }

    /** Sets whether key-monitored. */
    public Builder keyMonitored(boolean keyMonitored) {
      this.keyMonitored = keyMonitored;
      return this;
    }

    /** Sets whether in the formulary. */
    public Builder inFormulary(boolean inFormulary) {
      this.inFormulary = inFormulary;
      return this;
    }

    /** Returns the drug. */
    public Drug build() {
      return new Drug(this);
    }
  }
}
