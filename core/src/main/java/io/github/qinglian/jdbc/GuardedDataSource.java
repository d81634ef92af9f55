package io.github.qinglian.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} whose connections check every statement with a {@link StatementGuard}
 * before the database sees it: {@code Statement.execute*}, {@code executeQuery},
 * {@code executeUpdate}, {@code executeLargeUpdate}, {@code addBatch(String)},
 * {@code Connection.prepareStatement} and {@code prepareCall} ({@code nativeSQL} only translates
 * and passes through). Built on plain {@code java.sql} wrappers; it works in front of any pool
 * (HikariCP, Druid, DBCP) or a bare driver's data source. Thread-safe as the delegate is.
 *
 * <p>Refusals throw {@link QueryRefusedException} (SQLState 42501). The driver's exceptions pass
 * through untouched. {@code unwrap} and {@code isWrapperFor} answer through the delegate:
 * {@code unwrap(HikariDataSource.class)} gives the pool, and {@code unwrap} on a connection,
 * statement or result set gives the driver's object, which is not guarded.
 *
 * <pre>{@code
 * StatementGuard guard = StatementGuard.newBuilder(qinglian.queries())
 *     .maskKey(maskKey).prescriberColumns("ysdm").build();
 * DataSource ds = GuardedDataSource.of(hikariDataSource, guard);
 * try (QueryContext.Scope s = QueryContext.enter(requester, "PRESCRIPTION_REVIEW", "A-7");
 *      Connection c = ds.getConnection()) {
 *   // statements here are checked as the requester's
 * }
 * }</pre>
 */
public final class GuardedDataSource implements DataSource {
  private final DataSource delegate;
  private final StatementGuard guard;

  private GuardedDataSource(DataSource delegate, StatementGuard guard) {
    this.delegate = delegate;
    this.guard = guard;
  }

  /** Guards {@code delegate}'s connections with {@code guard}. */
  public static GuardedDataSource of(DataSource delegate, StatementGuard guard) {
    checkNotNull(delegate, "delegate");
    checkNotNull(guard, "guard");
    checkArgument(!(delegate instanceof GuardedDataSource), "the data source is already guarded");
    return new GuardedDataSource(delegate, guard);
  }

  /** The guarded data source. */
  public DataSource delegate() {
    return delegate;
  }

  /** The guard. */
  public StatementGuard guard() {
    return guard;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return new DelegatingConnection(delegate.getConnection(), guard);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return new DelegatingConnection(delegate.getConnection(username, password), guard);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(delegate)) {
      return iface.cast(delegate);
    }
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(delegate) || iface.isInstance(this) || delegate.isWrapperFor(iface);
  }

  @Override
  public String toString() {
    return "GuardedDataSource{" + delegate + ", " + guard + "}";
  }
}
