package io.github.qinglian.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A place in the hospital as the location directory knows it: what it is and whether it is
 * designated for receiving representatives (定点). Immutable and thread-safe.
 *
 * <p>A location is not designated unless it says so. A clinical area ({@link
 * LocationKind#clinical()}) is never a valid place for a visit, even when marked designated.
 *
 * <pre>{@code
 * Location room = Location.newBuilder("RECEPTION-1", LocationKind.RECEPTION_ROOM)
 *     .name("行政楼二楼医药代表接待室").designatedForVisits(true).build();
 * }</pre>
 */
public final class Location {
  private final String id;
  private final LocationKind kind;
  private final @Nullable String name;
  private final boolean designatedForVisits;

  private Location(Builder b) {
    this.id = b.id;
    this.kind = b.kind;
    this.name = b.name;
    this.designatedForVisits = b.designatedForVisits;
  }

  /**
   * Starts a location of {@code kind}, not designated.
   *
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static Builder newBuilder(String id, LocationKind kind) {
    return new Builder(id, kind);
  }

  /** Returns a builder holding this location's values. */
  public Builder toBuilder() {
    return new Builder(id, kind).name(name).designatedForVisits(designatedForVisits);
  }

  /** The directory's id (a room number, a door's area). */
  public String id() {
    return id;
  }

  /** What the place is. */
  public LocationKind kind() {
    return kind;
  }

  /** The name, if known. */
  public @Nullable String name() {
    return name;
  }

  /** Whether the hospital designated it for receiving representatives. */
  public boolean designatedForVisits() {
    return designatedForVisits;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Location)) {
      return false;
    }
    Location l = (Location) o;
    return id.equals(l.id)
        && kind == l.kind
        && Objects.equals(name, l.name)
        && designatedForVisits == l.designatedForVisits;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, designatedForVisits);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Location")
        .add("id", id)
        .add("kind", kind)
        .add("designated", designatedForVisits)
        .toString();
  }

  /** Builds a {@link Location}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final LocationKind kind;
    private @Nullable String name;
    private boolean designatedForVisits;

    private Builder(String id, LocationKind kind) {
      this.id = checkNotNull(id, "id");
      this.kind = checkNotNull(kind, "kind");
      checkArgument(!id.trim().isEmpty(), "location id is blank");
    }

    /** Sets the name. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets whether designated for visits. */
    public Builder designatedForVisits(boolean designated) {
      this.designatedForVisits = designated;
      return this;
    }

    /** Returns the location. */
    public Location build() {
      return new Location(this);
    }
  }
}
