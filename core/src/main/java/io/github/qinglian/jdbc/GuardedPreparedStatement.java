package io.github.qinglian.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A prepared statement, checked when prepared; checked again when it runs in another context
 * than the one it was prepared in (a statement kept across requests). Its results are guarded
 * like a statement's. {@link DelegatingPreparedStatement} (generated) delegates the rest.
 */
abstract class GuardedPreparedStatement extends GuardedStatement implements PreparedStatement {
  private final String sql;
  private Clearance clearance;

  GuardedPreparedStatement(
      GuardedConnection connection, PreparedStatement delegate, String sql, Clearance clearance) {
    super(connection, delegate);
    this.sql = sql;
    this.clearance = clearance;
  }

  private PreparedStatement ps() {
    return (PreparedStatement) delegate;
  }

  private Clearance current() throws SQLException {
    Clearance c = connection.checkAgain(clearance, sql);
    clearance = c;
    ran(c);
    return c;
  }

  @Override
  public @Nullable ResultSet executeQuery() throws SQLException {
    Clearance c = current();
    return wrap(ps().executeQuery(), c);
  }

  @Override
  public boolean execute() throws SQLException {
    current();
    return ps().execute();
  }

  @Override
  public int executeUpdate() throws SQLException {
    current();
    return ps().executeUpdate();
  }

  @Override
  public long executeLargeUpdate() throws SQLException {
    current();
    return ps().executeLargeUpdate();
  }

  @Override
  public int[] executeBatch() throws SQLException {
    current();
    return ps().executeBatch();
  }

  @Override
  public long[] executeLargeBatch() throws SQLException {
    current();
    return ps().executeLargeBatch();
  }
}
