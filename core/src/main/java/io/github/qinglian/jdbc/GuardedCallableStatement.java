package io.github.qinglian.jdbc;

import java.sql.CallableStatement;

/**
 * A callable statement, guarded like a prepared one (checked at {@code prepareCall}, its result
 * sets guarded). {@link DelegatingCallableStatement} (generated) delegates the rest.
 */
abstract class GuardedCallableStatement extends GuardedPreparedStatement
    implements CallableStatement {
  GuardedCallableStatement(
      GuardedConnection connection, CallableStatement delegate, String sql, Clearance clearance) {
    super(connection, delegate, sql, clearance);
  }
}
