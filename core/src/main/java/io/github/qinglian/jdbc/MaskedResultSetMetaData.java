package io.github.qinglian.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * A masked result's metadata: masked columns are described as what they now read as, a
 * {@code VARCHAR} of {@code java.lang.String} 14 characters wide, so that mapping frameworks
 * (MyBatis's type handlers, Spring's row mappers) read them with {@code getString}.
 * {@link DelegatingResultSetMetaData} (generated) delegates the rest.
 */
abstract class MaskedResultSetMetaData implements ResultSetMetaData {
  /** The length of a pseudonym: "D-" and 12 hex digits. */
  static final int WIDTH = 14;

  final ResultSetMetaData delegate;
  final ColumnMask mask;

  MaskedResultSetMetaData(ResultSetMetaData delegate, ColumnMask mask) {
    this.delegate = delegate;
    this.mask = mask;
  }

  @Override
  public int getColumnType(int column) throws SQLException {
    return mask.masked(column) ? Types.VARCHAR : delegate.getColumnType(column);
  }

  @Override
  public String getColumnTypeName(int column) throws SQLException {
    return mask.masked(column) ? "VARCHAR" : delegate.getColumnTypeName(column);
  }

  @Override
  public String getColumnClassName(int column) throws SQLException {
    return mask.masked(column) ? String.class.getName() : delegate.getColumnClassName(column);
  }

  @Override
  public int getPrecision(int column) throws SQLException {
    return mask.masked(column) ? WIDTH : delegate.getPrecision(column);
  }

  @Override
  public int getScale(int column) throws SQLException {
    return mask.masked(column) ? 0 : delegate.getScale(column);
  }

  @Override
  public int getColumnDisplaySize(int column) throws SQLException {
    return mask.masked(column) ? WIDTH : delegate.getColumnDisplaySize(column);
  }

  @Override
  public boolean isSigned(int column) throws SQLException {
    return !mask.masked(column) && delegate.isSigned(column);
  }

  @Override
  public boolean isCurrency(int column) throws SQLException {
    return !mask.masked(column) && delegate.isCurrency(column);
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
}
