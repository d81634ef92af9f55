package io.github.qinglian.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.qinglian.Snapshot;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a checker derives from a snapshot once (its parameters as plain fields, an index), kept
 * until the live snapshot changes. Lock-free: a reader that sees a new snapshot derives again and
 * publishes; two racing readers may both derive, which is harmless. Reading an unchanged snapshot
 * allocates nothing. Not API.
 *
 * @param <T> what is derived
 */
public final class PerSnapshot<T> {
  private final Function<Snapshot, T> derive;
  private volatile @Nullable Entry<T> entry;

  /** Derives with {@code derive} (pass a constructor reference: it must not capture state). */
  public PerSnapshot(Function<Snapshot, T> derive) {
    this.derive = checkNotNull(derive, "derive");
  }

  /** What was derived from {@code snapshot}, deriving it if the snapshot is new. */
  public T get(Snapshot snapshot) {
    Entry<T> e = entry;
    if (e == null || e.snapshot != snapshot) {
      e = new Entry<>(snapshot, derive.apply(snapshot));
      entry = e;
    }
    return e.value;
  }

  private static final class Entry<T> {
    final Snapshot snapshot;
    final T value;

    Entry(Snapshot snapshot, T value) {
      this.snapshot = snapshot;
      this.value = value;
    }
  }
}
