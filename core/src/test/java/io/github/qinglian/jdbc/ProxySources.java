package io.github.qinglian.jdbc;

import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the generated {@code Delegating*} classes of {@code io.github.qinglian.jdbc}: for each
 * hand-written {@code Guarded*} (or {@code Masked*}) base, a final class that delegates every
 * method of the {@code java.sql} interface the base does not write itself, as HikariCP's
 * {@code JavassistProxyFactory} does at build time. Java 8 API only: the interfaces' methods
 * added in Java 9 and later are default methods and are left to their defaults.
 *
 * <p>Run from the repository root after changing a base class (compile core first), then commit
 * the output:
 * <pre>
 * java -cp core/target/classes core/src/test/java/io/github/qinglian/jdbc/ProxySources.java \
 *     core/src/main/java
 * </pre>
 * Before core's first compilation (no base classes yet) it writes every interface method; run it
 * again once core compiles.
 * {@code ProxySourcesTest} fails while the committed sources differ from what this writes.
 */
public final class ProxySources {
  /** Default methods added after Java 8 (core compiles against the Java 8 API). */
  private static final Set<String> AFTER_JAVA_8 = Set.of("beginRequest", "endRequest",
      "setShardingKey", "setShardingKeyIfValid", "enquoteLiteral", "enquoteIdentifier",
      "isSimpleIdentifier", "enquoteNCharLiteral", "supportsSharding");

  record Spec(String name, Class<?> iface, String base, Class<?> delegateType, String ctorParams,
      String superArgs, String doc) {}

  static final List<Spec> SPECS = List.of(
      new Spec("DelegatingConnection", Connection.class, "GuardedConnection", Connection.class,
          "Connection delegate, StatementGuard guard", "delegate, guard",
          "A guarded connection"),
      new Spec("DelegatingStatement", Statement.class, "GuardedStatement", Statement.class,
          "GuardedConnection connection, Statement delegate", "connection, delegate",
          "A guarded statement"),
      new Spec("DelegatingPreparedStatement", PreparedStatement.class, "GuardedPreparedStatement",
          Statement.class,
          "GuardedConnection connection, PreparedStatement delegate, String sql,\n"
              + "      Clearance clearance",
          "connection, delegate, sql, clearance", "A guarded prepared statement"),
      new Spec("DelegatingCallableStatement", CallableStatement.class,
          "GuardedCallableStatement", Statement.class,
          "GuardedConnection connection, CallableStatement delegate, String sql,\n"
              + "      Clearance clearance",
          "connection, delegate, sql, clearance", "A guarded callable statement"),
      new Spec("DelegatingResultSet", ResultSet.class, "MaskedResultSet", ResultSet.class,
          "GuardedStatement statement, ResultSet delegate, @Nullable ColumnMask mask",
          "statement, delegate, mask", "A guarded result set"),
      new Spec("DelegatingResultSetMetaData", ResultSetMetaData.class, "MaskedResultSetMetaData",
          ResultSetMetaData.class, "ResultSetMetaData delegate, ColumnMask mask",
          "delegate, mask", "A masked result's metadata"),
      new Spec("DelegatingDatabaseMetaData", DatabaseMetaData.class, "GuardedDatabaseMetaData",
          DatabaseMetaData.class, "GuardedConnection connection, DatabaseMetaData delegate",
          "connection, delegate", "A guarded connection's metadata"));

  private ProxySources() {}

  public static void main(String[] args) throws Exception {
    Path root = Paths.get(args.length > 0 ? args[0] : "core/src/main/java");
    for (Spec s : SPECS) {
      Path file = root.resolve("io/github/qinglian/jdbc/" + s.name() + ".java");
      Files.write(file, source(s).getBytes(StandardCharsets.UTF_8));
      System.out.println("wrote " + file);
    }
  }

  /** The source of {@code spec}'s class. */
  static String source(Spec spec) throws IOException {
    Class<?> base = baseClass(spec);
    Map<String, Method> methods = new LinkedHashMap<>();
    List<Method> all = new ArrayList<>(Arrays.asList(spec.iface().getMethods()));
    all.sort((a, b) -> key(a).compareTo(key(b)));
    for (Method m : all) {
      if (Modifier.isStatic(m.getModifiers()) || AFTER_JAVA_8.contains(m.getName())) {
        continue;
      }
      if (written(base, m)) {
        continue;
      }
      Method prior = methods.get(key(m));
      if (prior == null || prior.getDeclaringClass().isAssignableFrom(m.getDeclaringClass())) {
        methods.put(key(m), m);
      }
    }
    Set<String> imports = new TreeSet<>();
    StringBuilder body = new StringBuilder();
    for (Method m : methods.values()) {
      body.append('\n');
      method(spec, m, body, imports);
    }
    if (spec.ctorParams().contains("@Nullable")) {
      imports.add("org.jspecify.annotations.Nullable");
    }
    imports.add(spec.iface().getName());
    for (String p : spec.ctorParams().split("[,\\s]+")) {
      for (Class<?> c : List.of(Connection.class, Statement.class, PreparedStatement.class,
          CallableStatement.class, ResultSet.class, ResultSetMetaData.class,
          DatabaseMetaData.class)) {
        if (p.equals(c.getSimpleName())) {
          imports.add(c.getName());
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("// Generated by ProxySources (core/src/test/java/io/github/qinglian/jdbc); do not edit.\n");
    out.append("package io.github.qinglian.jdbc;\n\n");
    for (String i : imports) {
      out.append("import ").append(i).append(";\n");
    }
    out.append("\n/** ").append(spec.doc()).append(": the methods {@link ").append(spec.base())
        .append("} does not write, delegated. */\n");
    out.append("final class ").append(spec.name()).append(" extends ").append(spec.base())
        .append(" {\n");
    out.append("  ").append(spec.name()).append("(\n      ").append(spec.ctorParams())
        .append(") {\n    super(").append(spec.superArgs()).append(");\n  }\n");
    out.append(body);
    out.append("}\n");
    return out.toString();
  }

  /** The base class, or {@code Object} before core was first compiled (bootstrap: all methods). */
  private static Class<?> baseClass(Spec spec) {
    try {
      return Class.forName("io.github.qinglian.jdbc." + spec.base());
    } catch (ClassNotFoundException e) {
      return Object.class;
    }
  }

  /** Whether {@code base} or a superclass declares {@code m} with a body. */
  private static boolean written(Class<?> base, Method m) {
    for (Class<?> c = base; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Method d = c.getDeclaredMethod(m.getName(), m.getParameterTypes());
        if (!Modifier.isAbstract(d.getModifiers())) {
          return true;
        }
      } catch (NoSuchMethodException e) {
        // not here
      }
    }
    return false;
  }

  private static String key(Method m) {
    return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getName)
        .collect(Collectors.joining(",", "(", ")"));
  }

  private static void method(Spec spec, Method m, StringBuilder out, Set<String> imports) {
    String[] names = names(spec, m);
    out.append("  @Override\n");
    if (m.isAnnotationPresent(Deprecated.class)) {
      out.append("  @Deprecated\n");
    }
    out.append("  public ");
    TypeVariable<Method>[] tvs = m.getTypeParameters();
    if (tvs.length > 0) {
      out.append(Arrays.stream(tvs).map(TypeVariable::getName)
          .collect(Collectors.joining(", ", "<", "> ")));
    }
    out.append(type(m.getGenericReturnType(), imports)).append(' ').append(m.getName())
        .append('(');
    Type[] ps = m.getGenericParameterTypes();
    for (int i = 0; i < ps.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(type(ps[i], imports)).append(' ').append(names[i]);
    }
    out.append(')');
    Class<?>[] ex = m.getExceptionTypes();
    if (ex.length > 0) {
      out.append(" throws ");
      for (int i = 0; i < ex.length; i++) {
        if (i > 0) {
          out.append(", ");
        }
        out.append(type(ex[i], imports));
      }
    }
    out.append(" {\n");
    if (spec.iface() == ResultSet.class && m.getName().startsWith("get") && ps.length > 0
        && (ps[0] == int.class || ps[0] == String.class)) {
      out.append("    readable(").append(names[0]).append(");\n");
    }
    String target;
    try {
      spec.delegateType().getMethod(m.getName(), m.getParameterTypes());
      target = "delegate";
    } catch (NoSuchMethodException e) {
      target = "((" + spec.iface().getSimpleName() + ") delegate)";
    }
    out.append("    ");
    if (m.getReturnType() != void.class) {
      out.append("return ");
    }
    out.append(target).append('.').append(m.getName()).append('(')
        .append(String.join(", ", names)).append(");\n  }\n");
  }

  private static String[] names(Spec spec, Method m) {
    Class<?>[] ps = m.getParameterTypes();
    String[] names = new String[ps.length];
    String[] rest = {"x", "y", "z", "w", "v", "u", "t"};
    int r = 0;
    for (int i = 0; i < ps.length; i++) {
      String n = null;
      if (i == 0) {
        n = firstName(spec, m, ps[0]);
      }
      names[i] = n != null ? n : rest[r++];
    }
    return names;
  }

  private static String firstName(Spec spec, Method m, Class<?> p) {
    Class<?> i = spec.iface();
    String name = m.getName();
    boolean column = name.startsWith("get") || name.startsWith("update");
    if (i == ResultSet.class && column) {
      return p == int.class ? "columnIndex" : p == String.class ? "columnLabel" : null;
    }
    if (i == ResultSetMetaData.class && p == int.class) {
      return "column";
    }
    if ((i == PreparedStatement.class || i == CallableStatement.class)
        && (name.startsWith("set") || name.startsWith("get") || name.startsWith("register"))) {
      return p == int.class ? "parameterIndex" : p == String.class ? "parameterName" : null;
    }
    return null;
  }

  private static String type(Type t, Set<String> imports) {
    if (t instanceof Class<?> c) {
      if (c.isArray()) {
        return type(c.getComponentType(), imports) + "[]";
      }
      if (!c.isPrimitive() && !c.getPackageName().equals("java.lang")) {
        imports.add(c.getName().replace('$', '.'));
      }
      return c.getSimpleName();
    }
    if (t instanceof ParameterizedType p) {
      return type(p.getRawType(), imports) + Arrays.stream(p.getActualTypeArguments())
          .map(a -> type(a, imports)).collect(Collectors.joining(", ", "<", ">"));
    }
    if (t instanceof GenericArrayType g) {
      return type(g.getGenericComponentType(), imports) + "[]";
    }
    if (t instanceof WildcardType w) {
      if (w.getLowerBounds().length > 0) {
        return "? super " + type(w.getLowerBounds()[0], imports);
      }
      Type[] up = w.getUpperBounds();
      return up.length == 0 || up[0] == Object.class ? "?" : "? extends " + type(up[0], imports);
    }
    if (t instanceof TypeVariable<?> v) {
      return v.getName();
    }
    throw new IllegalArgumentException("type " + t);
  }
}
