package io.github.qinglian.jdbc;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The SQL dialect names the guard passes to the checker ({@link
 * io.github.qinglian.model.QueryRequest#dialect()}), read from what the database says it is.
 * Stateless.
 *
 * <table>
 *   <caption>product names</caption>
 *   <tr><th>{@code DatabaseMetaData.getDatabaseProductName()}</th><th>dialect</th></tr>
 *   <tr><td>MySQL, MariaDB, OceanBase (MySQL mode)</td><td>{@code MYSQL}</td></tr>
 *   <tr><td>Oracle</td><td>{@code ORACLE}</td></tr>
 *   <tr><td>PostgreSQL</td><td>{@code POSTGRESQL}</td></tr>
 *   <tr><td>Microsoft SQL Server</td><td>{@code SQLSERVER}</td></tr>
 *   <tr><td>DM DBMS (达梦)</td><td>{@code DM}</td></tr>
 *   <tr><td>KingbaseES (人大金仓)</td><td>{@code KINGBASE}</td></tr>
 *   <tr><td>H2</td><td>{@code POSTGRESQL}: H2's own syntax is closest to it (standard
 *       quoting, {@code LIMIT}/{@code OFFSET}); tests and demos run on H2</td></tr>
 *   <tr><td>anything else</td><td>{@code null}: the checker chooses from the text</td></tr>
 * </table>
 */
public final class DatabaseDialect {
  /** MySQL and MariaDB. */
  public static final String MYSQL = "MYSQL";
  /** Oracle. */
  public static final String ORACLE = "ORACLE";
  /** PostgreSQL (and H2). */
  public static final String POSTGRESQL = "POSTGRESQL";
  /** Microsoft SQL Server. */
  public static final String SQLSERVER = "SQLSERVER";
  /** 达梦 DM. */
  public static final String DM = "DM";
  /** 人大金仓 KingbaseES. */
  public static final String KINGBASE = "KINGBASE";

  private DatabaseDialect() {}

  /** The dialect of a JDBC {@code getDatabaseProductName()}, or {@code null} when unknown. */
  public static @Nullable String fromProductName(@Nullable String productName) {
    if (productName == null) {
      return null;
    }
    String p = productName.toLowerCase(Locale.ROOT);
    if (p.contains("mysql") || p.contains("mariadb") || p.contains("oceanbase")) {
      return MYSQL;
    }
    if (p.contains("oracle")) {
      return ORACLE;
    }
    if (p.contains("postgres") || p.equals("h2")) {
      return POSTGRESQL;
    }
    if (p.contains("sql server")) {
      return SQLSERVER;
    }
    if (p.startsWith("dm") || p.contains("dameng")) {
      return DM;
    }
    if (p.contains("kingbase")) {
      return KINGBASE;
    }
    return null;
  }

  /** The dialect of a Druid {@code DbType} name ({@code "mysql"}, {@code "h2"} …), or null. */
  public static @Nullable String fromDruidDbType(@Nullable String dbType) {
    if (dbType == null) {
      return null;
    }
    switch (dbType.toLowerCase(Locale.ROOT)) {
      case "mysql":
      case "mariadb":
      case "oceanbase":
        return MYSQL;
      case "oracle":
        return ORACLE;
      case "postgresql":
      case "h2":
        return POSTGRESQL;
      case "sqlserver":
      case "jtds":
        return SQLSERVER;
      case "dm":
        return DM;
      case "kingbase":
        return KINGBASE;
      default:
        return null;
    }
  }
}
