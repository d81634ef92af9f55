package io.github.qinglian.policy;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.qinglian.Decision;
import org.jspecify.annotations.Nullable;

/**
 * What an internal failure ({@code ENGINE.ERROR}) decides: for clinical paths (prescriptions,
 * visits, procurement) the default is {@link Decision#WARN}, so a patient is never left without
 * medicine because a check broke; for data access (the 统方 guard) it is {@link Decision#BLOCK}.
 * Immutable and thread-safe.
 */
public final class FailMode {
  private static final FailMode DEFAULT = new FailMode(Decision.WARN, Decision.BLOCK);

  private final Decision clinical;
  private final Decision dataAccess;

  private FailMode(Decision clinical, Decision dataAccess) {
    this.clinical = checkNotNull(clinical, "clinical");
    this.dataAccess = checkNotNull(dataAccess, "dataAccess");
  }

  /** WARN for clinical paths, BLOCK for data access. */
  public static FailMode defaults() {
    return DEFAULT;
  }

  /** Returns a fail mode. */
  public static FailMode of(Decision clinical, Decision dataAccess) {
    return new FailMode(clinical, dataAccess);
  }

  /** The decision on internal failure in clinical checks. */
  public Decision clinical() {
    return clinical;
  }

  /** The decision on internal failure in the 统方 guard. */
  public Decision dataAccess() {
    return dataAccess;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FailMode
        && ((FailMode) o).clinical == clinical
        && ((FailMode) o).dataAccess == dataAccess;
  }

  @Override
  public int hashCode() {
    return clinical.hashCode() * 31 + dataAccess.hashCode();
  }

  @Override
  public String toString() {
    return "FailMode{clinical=" + clinical + ", dataAccess=" + dataAccess + "}";
  }
}
