package io.github.qinglian.model;

/**
 * The SQL dialect a hospital's database speaks, which fixes how the 统方 guard parses its
 * statements. 达梦 (DM) parses as Oracle and 人大金仓 (KINGBASE) as PostgreSQL, which they follow.
 */
public enum Dialect {
  /** MySQL and MariaDB. */
  MYSQL,
  /** Oracle. */
  ORACLE,
  /** PostgreSQL. */
  POSTGRESQL,
  /** Microsoft SQL Server. */
  SQLSERVER,
  /** 达梦 DM, parsed as Oracle. */
  DM,
  /** 人大金仓 KingbaseES, parsed as PostgreSQL. */
  KINGBASE
}
