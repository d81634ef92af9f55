package io.github.qinglian.jdbc;

import java.io.Reader;
import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A result set of a guarded statement. Without a mask it only delegates (and names the guarded
 * statement as its own). With a mask, a masked column reads as its pseudonym through
 * {@code getString}, {@code getNString}, {@code getObject} (every form; with a type, only
 * {@code String}, {@code CharSequence} or {@code Object}), {@code getCharacterStream} and
 * {@code getNCharacterStream}; every other getter on a masked column (numbers, dates, bytes,
 * streams, LOBs …) throws {@link QueryRefusedException} (42501), since it cannot carry a
 * pseudonym; and the metadata describes masked columns as {@code VARCHAR} of
 * {@code java.lang.String}. {@link DelegatingResultSet} (generated) delegates the rest, each
 * column getter first calling {@link #readable}.
 */
abstract class MaskedResultSet implements ResultSet {
  final GuardedStatement statement;
  final ResultSet delegate;
  final @Nullable ColumnMask mask;

  MaskedResultSet(GuardedStatement statement, ResultSet delegate, @Nullable ColumnMask mask) {
    this.statement = statement;
    this.delegate = delegate;
    this.mask = mask;
  }

  /** Refuses a read of masked column {@code index} through a getter without a pseudonym form. */
  final void readable(int index) throws SQLException {
    if (mask != null && mask.masked(index)) {
      throw refused(String.valueOf(index));
    }
  }

  /** Refuses a read of masked column {@code label} through a getter without a pseudonym form. */
  final void readable(String label) throws SQLException {
    if (mask != null && mask.masked(label)) {
      throw refused(label);
    }
  }

  private static QueryRefusedException refused(String column) {
    return QueryRefusedException.maskedRead(column);
  }

  private @Nullable String pseudonym(int index) throws SQLException {
    return mask == null ? null : mask.pseudonym(delegate.getString(index));
  }

  private @Nullable String pseudonym(String label) throws SQLException {
    return mask == null ? null : mask.pseudonym(delegate.getString(label));
  }

  private boolean masked(int index) {
    return mask != null && mask.masked(index);
  }

  private boolean masked(String label) {
    return mask != null && mask.masked(label);
  }

  @Override
  public Statement getStatement() throws SQLException {
    return statement;
  }

  @Override
  public ResultSetMetaData getMetaData() throws SQLException {
    ColumnMask m = mask;
    return m == null ? delegate.getMetaData()
        : new DelegatingResultSetMetaData(delegate.getMetaData(), m);
  }

  @Override
  public @Nullable String getString(int columnIndex) throws SQLException {
    return masked(columnIndex) ? pseudonym(columnIndex) : delegate.getString(columnIndex);
  }

  @Override
  public @Nullable String getString(String columnLabel) throws SQLException {
    return masked(columnLabel) ? pseudonym(columnLabel) : delegate.getString(columnLabel);
  }

  @Override
  public @Nullable String getNString(int columnIndex) throws SQLException {
    return masked(columnIndex) ? pseudonym(columnIndex) : delegate.getNString(columnIndex);
  }

  @Override
  public @Nullable String getNString(String columnLabel) throws SQLException {
    return masked(columnLabel) ? pseudonym(columnLabel) : delegate.getNString(columnLabel);
  }

  @Override
  public @Nullable Object getObject(int columnIndex) throws SQLException {
    return masked(columnIndex) ? pseudonym(columnIndex) : delegate.getObject(columnIndex);
  }

  @Override
  public @Nullable Object getObject(String columnLabel) throws SQLException {
    return masked(columnLabel) ? pseudonym(columnLabel) : delegate.getObject(columnLabel);
  }

  @Override
  public @Nullable Object getObject(int columnIndex, Map<String, Class<?>> map)
      throws SQLException {
    return masked(columnIndex) ? pseudonym(columnIndex) : delegate.getObject(columnIndex, map);
  }

  @Override
  public @Nullable Object getObject(String columnLabel, Map<String, Class<?>> map)
      throws SQLException {
    return masked(columnLabel) ? pseudonym(columnLabel) : delegate.getObject(columnLabel, map);
  }

  @Override
  public <T> @Nullable T getObject(int columnIndex, Class<T> type) throws SQLException {
    if (!masked(columnIndex)) {
      return delegate.getObject(columnIndex, type);
    }
    if (!type.isAssignableFrom(String.class)) {
      readable(columnIndex);
    }
    return type.cast(pseudonym(columnIndex));
  }

  @Override
  public <T> @Nullable T getObject(String columnLabel, Class<T> type) throws SQLException {
    if (!masked(columnLabel)) {
      return delegate.getObject(columnLabel, type);
    }
    if (!type.isAssignableFrom(String.class)) {
      readable(columnLabel);
    }
    return type.cast(pseudonym(columnLabel));
  }

  @Override
  public @Nullable Reader getCharacterStream(int columnIndex) throws SQLException {
    return masked(columnIndex) ? reader(pseudonym(columnIndex))
        : delegate.getCharacterStream(columnIndex);
  }

  @Override
  public @Nullable Reader getCharacterStream(String columnLabel) throws SQLException {
    return masked(columnLabel) ? reader(pseudonym(columnLabel))
        : delegate.getCharacterStream(columnLabel);
  }

  @Override
  public @Nullable Reader getNCharacterStream(int columnIndex) throws SQLException {
    return masked(columnIndex) ? reader(pseudonym(columnIndex))
        : delegate.getNCharacterStream(columnIndex);
  }

  @Override
  public @Nullable Reader getNCharacterStream(String columnLabel) throws SQLException {
    return masked(columnLabel) ? reader(pseudonym(columnLabel))
        : delegate.getNCharacterStream(columnLabel);
  }

  private static @Nullable Reader reader(@Nullable String s) {
    return s == null ? null : new StringReader(s);
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(delegate)) {
      return iface.cast(delegate);
    }
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(delegate) || delegate.isWrapperFor(iface);
  }

  @Override
  public String toString() {
    return "GuardedResultSet{" + delegate + (mask != null ? ", masked" : "") + "}";
  }
}
