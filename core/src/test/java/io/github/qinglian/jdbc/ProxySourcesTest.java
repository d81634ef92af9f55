package io.github.qinglian.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated delegating classes are what {@link ProxySources} writes now, and each of their
 * methods reaches the same method of the delegate.
 */
class ProxySourcesTest {
  @Test
  void generatedSourcesAreCurrent() throws IOException {
    for (ProxySources.Spec s : ProxySources.SPECS) {
      Path file = Paths.get("src/main/java/io/github/qinglian/jdbc/" + s.name() + ".java");
      assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
          .as("%s is stale: regenerate it with ProxySources", file)
          .isEqualTo(ProxySources.source(s));
    }
  }

  /** A delegate that records which method was called and answers with a harmless default. */
  private static <T> T recorder(Class<T> iface, List<String> calls) {
    InvocationHandler h = (proxy, m, args) -> {
      calls.add(m.getName());
      Class<?> r = m.getReturnType();
      if (r == boolean.class) {
        return false;
      }
      if (r == int.class || r == long.class || r == short.class || r == byte.class) {
        return r == long.class ? (Object) 0L : r == short.class ? (Object) (short) 0
            : r == byte.class ? (Object) (byte) 0 : (Object) 0;
      }
      if (r == float.class) {
        return 0f;
      }
      if (r == double.class) {
        return 0d;
      }
      if (r == String.class) {
        return "PostgreSQL";
      }
      if (r == ResultSetMetaData.class) {
        return recorder(ResultSetMetaData.class, new ArrayList<>());
      }
      return null;
    };
    return iface.cast(Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, h));
  }

  private static Object[] defaults(Method m) {
    Class<?>[] ps = m.getParameterTypes();
    Object[] args = new Object[ps.length];
    for (int i = 0; i < ps.length; i++) {
      Class<?> p = ps[i];
      args[i] = p == int.class ? (Object) 1 : p == long.class ? (Object) 1L
          : p == boolean.class ? (Object) false : p == short.class ? (Object) (short) 1
          : p == byte.class ? (Object) (byte) 1 : p == float.class ? (Object) 1f
          : p == double.class ? (Object) 1d : p == String.class ? "x"
          : p == Class.class ? Object.class : null;
    }
    return args;
  }

  private static void assertDelegates(Object wrapper, Class<?> generated, List<String> calls)
      throws Exception {
    int checked = 0;
    for (Method m : generated.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic()) {
        continue;
      }
      calls.clear();
      m.invoke(wrapper, defaults(m));
      assertThat(calls).as("%s", m).containsExactly(m.getName());
      checked++;
    }
    assertThat(checked).isGreaterThan(5);
  }

  @Test
  void everyGeneratedMethodReachesTheDelegate() throws Exception {
    StatementGuard guard = StatementGuard.newBuilder(new StubChecker()).build();
    List<String> calls = new ArrayList<>();
    DelegatingConnection c = new DelegatingConnection(recorder(Connection.class, calls), guard);
    assertDelegates(c, DelegatingConnection.class, calls);

    Statement st = recorder(Statement.class, calls);
    DelegatingStatement s = new DelegatingStatement(c, st);
    assertDelegates(s, DelegatingStatement.class, calls);

    Clearance clear = guard.check("SELECT 1", null);
    assertDelegates(new DelegatingPreparedStatement(c,
        recorder(java.sql.PreparedStatement.class, calls), "SELECT 1", clear),
        DelegatingPreparedStatement.class, calls);
    assertDelegates(new DelegatingCallableStatement(c,
        recorder(CallableStatement.class, calls), "SELECT 1", clear),
        DelegatingCallableStatement.class, calls);
    assertDelegates(new DelegatingResultSet(s, recorder(ResultSet.class, calls), null),
        DelegatingResultSet.class, calls);
    assertDelegates(new DelegatingDatabaseMetaData(c, recorder(DatabaseMetaData.class, calls)),
        DelegatingDatabaseMetaData.class, calls);
    ColumnMask none = new ColumnMask(new boolean[3], com.google.common.collect.ImmutableSet.of(),
        new PseudonymCache(
            io.github.qinglian.audit.Pseudonymizer.withKey("a-test-mask-key-of-32-characters")));
    assertDelegates(new DelegatingResultSetMetaData(recorder(ResultSetMetaData.class, calls), none),
        DelegatingResultSetMetaData.class, calls);
  }
}
