package io.github.qinglian.model;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who asks for data (the 统方 guard's requester): the HIS user, their roles, the representative
 * or supplier account they are linked to, if any, and the client address. Immutable and
 * thread-safe. Every field is optional here; the checker reports what it needs and lacks.
 *
 * <pre>{@code
 * Requester r = Requester.newBuilder().userId("u-pharm-1").roles(ImmutableSet.of("PHARMACY"))
 *     .clientAddress("10.2.3.4").build();
 * }</pre>
 */
public final class Requester {
  private final @Nullable String userId;
  private final ImmutableSet<String> roles;
  private final @Nullable String representativeId;
  private final @Nullable String clientAddress;

  private Requester(Builder b) {
    this.userId = b.userId;
    this.roles = b.roles;
    this.representativeId = b.representativeId;
    this.clientAddress = b.clientAddress;
  }

  /** Starts a requester. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The HIS user id. */
  public @Nullable String userId() {
    return userId;
  }

  /** The user's roles (PHARMACY, MEDICAL_AFFAIRS …). */
  public ImmutableSet<String> roles() {
    return roles;
  }

  /** The representative or supplier account the user is, or is linked to. */
  public @Nullable String representativeId() {
    return representativeId;
  }

  /** The client's network address. */
  public @Nullable String clientAddress() {
    return clientAddress;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Requester)) {
      return false;
    }
    Requester r = (Requester) o;
    return Objects.equals(userId, r.userId)
        && roles.equals(r.roles)
        && Objects.equals(representativeId, r.representativeId)
        && Objects.equals(clientAddress, r.clientAddress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, roles, representativeId, clientAddress);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Requester").omitNullValues().add("userId", userId)
        .add("roles", roles).add("representativeId", representativeId)
        .add("clientAddress", clientAddress).toString();
  }

  /** Builds a {@link Requester}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String userId;
    private ImmutableSet<String> roles = ImmutableSet.of();
    private @Nullable String representativeId;
    private @Nullable String clientAddress;

    private Builder() {}

    /** Sets the user id. */
    public Builder userId(@Nullable String userId) {
      this.userId = userId;
      return this;
    }

    /** Sets the roles; {@code null} elements are dropped. */
    public Builder roles(Iterable<? extends @Nullable String> roles) {
      ImmutableSet.Builder<String> b = ImmutableSet.builder();
      for (String r : roles) {
        if (r != null) {
          b.add(r);
        }
      }
      this.roles = b.build();
      return this;
    }

    /** Sets the linked representative or supplier account. */
    public Builder representativeId(@Nullable String representativeId) {
      this.representativeId = representativeId;
      return this;
    }

    /** Sets the client address. */
    public Builder clientAddress(@Nullable String clientAddress) {
      this.clientAddress = clientAddress;
      return this;
    }

    /** Returns the requester. */
    public Requester build() {
      return new Requester(this);
    }
  }
}
