package io.github.qinglian.model;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A purchase order (采购订单) as the procurement module submits it, from creation through
 * acceptance (验收) to payment. Immutable and thread-safe.
 *
 * <p>The builder accepts anything: what is missing or malformed is reported by the checker as
 * {@code INPUT.INVALID} with a JSON pointer ({@code /subject/lines/2/quantity},
 * {@code /subject/paidAt}). A {@code null} line becomes {@link PurchaseLine#missing()} so that
 * later lines keep their indexes.
 *
 * <pre>{@code
 * PurchaseOrder po = PurchaseOrder.newBuilder()
 *     .id("PO-1").createdAt(Instant.parse("2026-10-08T01:00:00Z"))
 *     .requestedBy(PurchaseRequester.of("u-proc-1", RequestingDepartment.PROCUREMENT_OFFICE))
 *     .channel(PurchaseChannel.PLATFORM).supplierId("S001")
 *     .addLine(PurchaseLine.newBuilder().itemCode("C10AA05-TAB-20").platformCode("XC10AAA0521")
 *         .quantity(3000).unitPrice("0.12").build())
 *     .build();
 * }</pre>
 */
public final class PurchaseOrder {
  private final @Nullable String id;
  private final @Nullable Instant createdAt;
  private final @Nullable PurchaseRequester requestedBy;
  private final @Nullable PurchaseChannel channel;
  private final @Nullable OffPlatformFiling exception;
  private final @Nullable String supplierId;
  private final ImmutableList<PurchaseLine> lines;
  private final @Nullable Instant acceptedAt;
  private final @Nullable Instant paidAt;

  private PurchaseOrder(Builder b) {
    this.id = b.id;
    this.createdAt = b.createdAt;
    this.requestedBy = b.requestedBy;
    this.channel = b.channel;
    this.exception = b.exception;
    this.supplierId = b.supplierId;
    this.lines = b.lines.build();
    this.acceptedAt = b.acceptedAt;
    this.paidAt = b.paidAt;
  }

  /** Starts an order. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Returns a builder holding this order's values. */
  public Builder toBuilder() {
    Builder b = new Builder()
        .id(id)
        .createdAt(createdAt)
        .requestedBy(requestedBy)
        .channel(channel)
        .exception(exception)
        .supplierId(supplierId)
        .acceptedAt(acceptedAt)
        .paidAt(paidAt);
    b.lines.addAll(lines);
    return b;
  }

  /** The order number. */
  public @Nullable String id() {
    return id;
  }

  /** When the order was created. */
  public @Nullable Instant createdAt() {
    return createdAt;
  }

  /** Who requested it. */
  public @Nullable PurchaseRequester requestedBy() {
    return requestedBy;
  }

  /** Through the platform or offline. */
  public @Nullable PurchaseChannel channel() {
    return channel;
  }

  /** The off-platform exception, if one is claimed. */
  public @Nullable OffPlatformFiling exception() {
    return exception;
  }

  /** The supplier's id. */
  public @Nullable String supplierId() {
    return supplierId;
  }

  /** The lines, in order. */
  public ImmutableList<PurchaseLine> lines() {
    return lines;
  }

  /** When the delivery was accepted (验收), or {@code null} while not yet. */
  public @Nullable Instant acceptedAt() {
    return acceptedAt;
  }

  /** When the supplier was paid, or {@code null} while unpaid. */
  public @Nullable Instant paidAt() {
    return paidAt;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof PurchaseOrder)) {
      return false;
    }
    PurchaseOrder p = (PurchaseOrder) o;
    return Objects.equals(id, p.id)
        && Objects.equals(createdAt, p.createdAt)
        && Objects.equals(requestedBy, p.requestedBy)
        && channel == p.channel
        && Objects.equals(exception, p.exception)
        && Objects.equals(supplierId, p.supplierId)
        && lines.equals(p.lines)
        && Objects.equals(acceptedAt, p.acceptedAt)
        && Objects.equals(paidAt, p.paidAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, createdAt, supplierId, lines);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("PurchaseOrder")
        .omitNullValues()
        .add("id", id)
        .add("createdAt", createdAt)
        .add("requestedBy", requestedBy)
        .add("channel", channel)
        .add("exception", exception)
        .add("supplierId", supplierId)
        .add("lines", lines)
        .add("acceptedAt", acceptedAt)
        .add("paidAt", paidAt)
        .toString();
  }

  /** Builds a {@link PurchaseOrder}; never throws on values, only on misuse. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable Instant createdAt;
    private @Nullable PurchaseRequester requestedBy;
    private @Nullable PurchaseChannel channel;
    private @Nullable OffPlatformFiling exception;
    private @Nullable String supplierId;
    private final ImmutableList.Builder<PurchaseLine> lines = ImmutableList.builder();
    private @Nullable Instant acceptedAt;
    private @Nullable Instant paidAt;

    private Builder() {}

    /** Sets the order number. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** Sets the creation instant. */
    public Builder createdAt(@Nullable Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /** Sets the requester. */
    public Builder requestedBy(@Nullable PurchaseRequester requestedBy) {
      this.requestedBy = requestedBy;
      return this;
    }

    /** Sets the channel. */
    public Builder channel(@Nullable PurchaseChannel channel) {
      this.channel = channel;
      return this;
    }

    /** Sets the off-platform exception. */
    public Builder exception(@Nullable OffPlatformFiling exception) {
      this.exception = exception;
      return this;
    }

    /** Sets the supplier's id. */
    public Builder supplierId(@Nullable String supplierId) {
      this.supplierId = supplierId;
      return this;
    }

    /** Appends a line; {@code null} becomes {@link PurchaseLine#missing()}. */
    public Builder addLine(@Nullable PurchaseLine line) {
      lines.add(line == null ? PurchaseLine.missing() : line);
      return this;
    }

    /** Appends lines; {@code null} lines become {@link PurchaseLine#missing()}. */
    public Builder addLines(Iterable<? extends @Nullable PurchaseLine> more) {
      for (PurchaseLine l : more) {
        addLine(l);
      }
      return this;
    }

    /** Sets the acceptance instant. */
    public Builder acceptedAt(@Nullable Instant acceptedAt) {
      this.acceptedAt = acceptedAt;
      return this;
    }

    /** Sets the payment instant. */
    public Builder paidAt(@Nullable Instant paidAt) {
      this.paidAt = paidAt;
      return this;
    }

    /** Returns the order. */
    public PurchaseOrder build() {
      return new PurchaseOrder(this);
    }
  }
}
