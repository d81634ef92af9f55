package io.github.qinglian.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * The connection's metadata, delegated ({@link DelegatingDatabaseMetaData}, generated), except
 * that {@link #getConnection()} names the guarded connection. Its result sets (tables, columns …)
 * are the driver's: they describe the schema and need no masking.
 */
abstract class GuardedDatabaseMetaData implements DatabaseMetaData {
  final GuardedConnection connection;
  final DatabaseMetaData delegate;

  GuardedDatabaseMetaData(GuardedConnection connection, DatabaseMetaData delegate) {
    this.connection = connection;
    this.delegate = delegate;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connection;
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
