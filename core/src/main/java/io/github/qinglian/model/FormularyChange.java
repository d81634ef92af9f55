package io.github.qinglian.model;

import com.google.common.base.MoreObjects;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change to the hospital's supply catalogue (供应目录): an ADD of an item, or a REMOVE of one by
 * its item code. Immutable and thread-safe.
 *
 * <p>The builder accepts anything: a missing action, item or item field is reported by the
 * checker as {@code INPUT.INVALID} naming it ({@code /subject/item/spec}). {@link #item()} gives
 * the proposed item when every field it needs is present.
 *
 * <pre>{@code
 * FormularyChange add = FormularyChange.add("F-1",
 *     FormularyItem.newBuilder("J01DD04-INJ-2G", "头孢曲松钠", DrugForm.INJECTION, "2g")
 *         .antibioticTier(AntibioticTier.RESTRICTED).build());
 * FormularyChange remove = FormularyChange.remove("F-2", "J01DD04-INJ-1G");
 * }</pre>
 */
public final class FormularyChange {
  private final @Nullable String id;
  private final @Nullable FormularyAction action;
  private final boolean hasItem;
  private final @Nullable String itemCode;
  private final @Nullable String genericName;
  private final @Nullable DrugForm form;
  private final @Nullable String spec;
  private final @Nullable AntibioticTier antibioticTier;

  private FormularyChange(Builder b) {
    this.id = b.id;
    this.action = b.action;
    this.hasItem = b.hasItem;
    this.itemCode = b.itemCode;
    this.genericName = b.genericName;
    this.form = b.form;
    this.spec = b.spec;
    this.antibioticTier = b.antibioticTier;
  }

  /** Starts a change. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** An ADD of {@code item}. */
  public static FormularyChange add(@Nullable String id, FormularyItem item) {
    return newBuilder().id(id).action(FormularyAction.ADD).item(item).build();
  }

  /** A REMOVE of the item {@code itemCode}. */
  public static FormularyChange remove(@Nullable String id, @Nullable String itemCode) {
    return newBuilder().id(id).action(FormularyAction.REMOVE).itemCode(itemCode).build();
  }

  /** Returns a builder holding this change's values. */
  public Builder toBuilder() {
    Builder b = new Builder().id(id).action(action);
    if (hasItem) {
      b.itemPresent().itemCode(itemCode).genericName(genericName).form(form).spec(spec)
          .antibioticTier(antibioticTier);
    }
    return b;
  }

  /** The change's id. */
  public @Nullable String id() {
    return id;
  }

  /** ADD or REMOVE. */
  public @Nullable FormularyAction action() {
    return action;
  }

  /** Whether an item was given at all (any of its fields set). */
  public boolean hasItem() {
    return hasItem;
  }

  /** The item's code. */
  public @Nullable String itemCode() {
    return itemCode;
  }

  /** The item's generic name. */
  public @Nullable String genericName() {
    return genericName;
  }

  /** The item's dosage form. */
  public @Nullable DrugForm form() {
    return form;
  }

  /** The item's specification. */
  public @Nullable String spec() {
    return spec;
  }

  /** The item's antibiotic tier, or {@code null} for an item that is not an antibiotic. */
  public @Nullable AntibioticTier antibioticTier() {
    return antibioticTier;
  }

  /**
   * The proposed item, or {@code null} when a field it needs is missing or blank, or its
   * antibiotic tier is NONE.
   */
  public @Nullable FormularyItem item() {
    if (blank(itemCode) || blank(genericName) || form == null || blank(spec)
        || antibioticTier == AntibioticTier.NONE) {
      return null;
    }
    return FormularyItem.newBuilder(itemCode, genericName, form, spec)
        .antibioticTier(antibioticTier).build();
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.trim().isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FormularyChange)) {
      return false;
    }
    FormularyChange c = (FormularyChange) o;
    return Objects.equals(id, c.id)
        && action == c.action
        && hasItem == c.hasItem
        && Objects.equals(itemCode, c.itemCode)
        && Objects.equals(genericName, c.genericName)
        && form == c.form
        && Objects.equals(spec, c.spec)
        && antibioticTier == c.antibioticTier;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, action, itemCode, genericName, form, spec, antibioticTier);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("FormularyChange")
        .omitNullValues()
        .add("id", id)
        .add("action", action)
        .add("itemCode", itemCode)
        .add("genericName", genericName)
        .add("form", form)
        .add("spec", spec)
        .add("antibioticTier", antibioticTier)
        .toString();
  }

  /** Builds a {@link FormularyChange}; never throws on values. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable FormularyAction action;
    private boolean hasItem;
    private @Nullable String itemCode;
    private @Nullable String genericName;
    private @Nullable DrugForm form;
    private @Nullable String spec;
    private @Nullable AntibioticTier antibioticTier;

    private Builder() {}

    /** Sets the id. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** Sets the action. */
    public Builder action(@Nullable FormularyAction action) {
      this.action = action;
      return this;
    }

    /** Sets every field of the item from {@code item}. */
    public Builder item(FormularyItem item) {
      return itemCode(item.itemCode()).genericName(item.genericName()).form(item.form())
          .spec(item.spec()).antibioticTier(item.antibioticTier());
    }

    /** Declares that an item was given, even with no field set (an empty JSON object). */
    public Builder itemPresent() {
      hasItem = true;
      return this;
    }

    /** Sets the item's code. */
    public Builder itemCode(@Nullable String itemCode) {
      this.itemCode = itemCode;
      hasItem |= itemCode != null;
      return this;
    }

    /** Sets the item's generic name. */
    public Builder genericName(@Nullable String genericName) {
      this.genericName = genericName;
      hasItem |= genericName != null;
      return this;
    }

    /** Sets the item's dosage form. */
    public Builder form(@Nullable DrugForm form) {
      this.form = form;
      hasItem |= form != null;
      return this;
    }

    /** Sets the item's specification. */
    public Builder spec(@Nullable String spec) {
      this.spec = spec;
      hasItem |= spec != null;
      return this;
    }

    /** Sets the item's antibiotic tier. */
    public Builder antibioticTier(@Nullable AntibioticTier antibioticTier) {
      this.antibioticTier = antibioticTier;
      hasItem |= antibioticTier != null;
      return this;
    }

    /** Returns the change. */
    public FormularyChange build() {
      return new FormularyChange(this);
    }
  }
}
