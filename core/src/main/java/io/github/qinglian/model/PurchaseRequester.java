package io.github.qinglian.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who asked for a purchase: the user and the kind of department. Immutable and thread-safe. Both
 * fields may be {@code null} here; a missing department is reported by the checker as
 * {@code INPUT.INVALID} naming {@code /subject/requestedBy/department}.
 *
 * <pre>{@code
 * PurchaseRequester r = PurchaseRequester.of("u-proc-1", RequestingDepartment.PROCUREMENT_OFFICE);
 * }</pre>
 */
public final class PurchaseRequester {
  private final @Nullable String userId;
  private final @Nullable RequestingDepartment department;

  private PurchaseRequester(@Nullable String userId, @Nullable RequestingDepartment department) {
    this.userId = userId;
    this.department = department;
  }

  /** Returns the requester {@code userId} of {@code department}. */
  public static PurchaseRequester of(
      @Nullable String userId, @Nullable RequestingDepartment department) {
    return new PurchaseRequester(userId, department);
  }

  /** The requesting user's id. */
  public @Nullable String userId() {
    return userId;
  }

  /** The kind of department the request comes from. */
  public @Nullable RequestingDepartment department() {
    return department;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PurchaseRequester
        && Objects.equals(userId, ((PurchaseRequester) o).userId)
        && department == ((PurchaseRequester) o).department;
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, department);
  }

  @Override
  public String toString() {
    return "PurchaseRequester{" + userId + ", " + department + "}";
  }
}
