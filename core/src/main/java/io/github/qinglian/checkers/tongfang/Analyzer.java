package io.github.qinglian.checkers.tongfang;

import com.alibaba.druid.sql.ast.SQLExpr;
import com.alibaba.druid.sql.ast.SQLObject;
import com.alibaba.druid.sql.ast.SQLOrderBy;
import com.alibaba.druid.sql.ast.SQLOver;
import com.alibaba.druid.sql.ast.SQLPivot;
import com.alibaba.druid.sql.ast.SQLStatement;
import com.alibaba.druid.sql.ast.expr.SQLAggregateExpr;
import com.alibaba.druid.sql.ast.expr.SQLAllColumnExpr;
import com.alibaba.druid.sql.ast.expr.SQLAllExpr;
import com.alibaba.druid.sql.ast.expr.SQLAnyExpr;
import com.alibaba.druid.sql.ast.expr.SQLBetweenExpr;
import com.alibaba.druid.sql.ast.expr.SQLBinaryOpExpr;
import com.alibaba.druid.sql.ast.expr.SQLBinaryOpExprGroup;
import com.alibaba.druid.sql.ast.expr.SQLBinaryOperator;
import com.alibaba.druid.sql.ast.expr.SQLCaseExpr;
import com.alibaba.druid.sql.ast.expr.SQLExistsExpr;
import com.alibaba.druid.sql.ast.expr.SQLGroupingSetExpr;
import com.alibaba.druid.sql.ast.expr.SQLIdentifierExpr;
import com.alibaba.druid.sql.ast.expr.SQLInListExpr;
import com.alibaba.druid.sql.ast.expr.SQLInSubQueryExpr;
import com.alibaba.druid.sql.ast.expr.SQLIntegerExpr;
import com.alibaba.druid.sql.ast.expr.SQLListExpr;
import com.alibaba.druid.sql.ast.expr.SQLMethodInvokeExpr;
import com.alibaba.druid.sql.ast.expr.SQLNotExpr;
import com.alibaba.druid.sql.ast.expr.SQLPropertyExpr;
import com.alibaba.druid.sql.ast.expr.SQLQueryExpr;
import com.alibaba.druid.sql.ast.expr.SQLSomeExpr;
import com.alibaba.druid.sql.ast.expr.SQLVariantRefExpr;
import com.alibaba.druid.sql.ast.statement.SQLAlterTableStatement;
import com.alibaba.druid.sql.ast.statement.SQLBlockStatement;
import com.alibaba.druid.sql.ast.statement.SQLCallStatement;
import com.alibaba.druid.sql.ast.statement.SQLCommitStatement;
import com.alibaba.druid.sql.ast.statement.SQLCreateIndexStatement;
import com.alibaba.druid.sql.ast.statement.SQLCreateTableStatement;
import com.alibaba.druid.sql.ast.statement.SQLCreateViewStatement;
import com.alibaba.druid.sql.ast.statement.SQLDeleteStatement;
import com.alibaba.druid.sql.ast.statement.SQLDropTableStatement;
import com.alibaba.druid.sql.ast.statement.SQLExplainStatement;
import com.alibaba.druid.sql.ast.statement.SQLExprStatement;
import com.alibaba.druid.sql.ast.statement.SQLExprTableSource;
import com.alibaba.druid.sql.ast.statement.SQLInsertInto;
import com.alibaba.druid.sql.ast.statement.SQLJoinTableSource;
import com.alibaba.druid.sql.ast.statement.SQLRollbackStatement;
import com.alibaba.druid.sql.ast.statement.SQLSelect;
import com.alibaba.druid.sql.ast.statement.SQLSelectGroupByClause;
import com.alibaba.druid.sql.ast.statement.SQLSelectItem;
import com.alibaba.druid.sql.ast.statement.SQLSelectOrderByItem;
import com.alibaba.druid.sql.ast.statement.SQLSelectQuery;
import com.alibaba.druid.sql.ast.statement.SQLSelectQueryBlock;
import com.alibaba.druid.sql.ast.statement.SQLSelectStatement;
import com.alibaba.druid.sql.ast.statement.SQLSetStatement;
import com.alibaba.druid.sql.ast.statement.SQLStartTransactionStatement;
import com.alibaba.druid.sql.ast.statement.SQLSubqueryTableSource;
import com.alibaba.druid.sql.ast.statement.SQLTableSource;
import com.alibaba.druid.sql.ast.statement.SQLTruncateStatement;
import com.alibaba.druid.sql.ast.statement.SQLUnionQuery;
import com.alibaba.druid.sql.ast.statement.SQLUnionQueryTableSource;
import com.alibaba.druid.sql.ast.statement.SQLUpdateSetItem;
import com.alibaba.druid.sql.ast.statement.SQLUpdateStatement;
import com.alibaba.druid.sql.ast.statement.SQLUseStatement;
import com.alibaba.druid.sql.ast.statement.SQLValuesTableSource;
import com.alibaba.druid.sql.ast.statement.SQLWithSubqueryClause;
import com.alibaba.druid.sql.dialect.mysql.visitor.MySqlASTVisitor;
import com.alibaba.druid.sql.dialect.oracle.ast.expr.OracleOuterExpr;
import com.alibaba.druid.sql.dialect.oracle.ast.stmt.OracleExecuteImmediateStatement;
import com.alibaba.druid.sql.dialect.oracle.visitor.OracleASTVisitor;
import com.alibaba.druid.sql.dialect.postgresql.visitor.PGASTVisitor;
import com.alibaba.druid.sql.dialect.sqlserver.ast.stmt.SQLServerExecStatement;
import com.alibaba.druid.sql.dialect.sqlserver.visitor.SQLServerASTVisitor;
import com.alibaba.druid.sql.visitor.SQLASTVisitorAdapter;
import com.google.common.collect.ImmutableList;
import io.github.qinglian.model.QueryClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Classifies one parsed statement against the schema mapping ({@code tongfang.md}). It resolves
 * where each column comes from through aliases, joins, derived tables, CTEs, set operations,
 * subqueries in every clause, functions and CASE, window functions and pivots; then judges each
 * query block: a usage measure broken down or filtered by PRESCRIBER or DEPARTMENT, a bulk
 * listing, drug totals, or ordinary business. It fails closed: a construct it does not know in a
 * statement that touches a mapped table makes the statement UNRESOLVED.
 *
 * <p>Not thread-safe: one per statement. Bounded: at most {@link #MAX_BLOCKS} query blocks.
 */
final class Analyzer {
  /** Query blocks analysed per statement at most (CTEs are expanded at each reference). */
  static final int MAX_BLOCKS = 2000;
  /** An IN list of at most this many literals narrows ("a short IN list"). */
  static final int SHORT_LIST = 10;
  /** The roles an unmapped table joined on such a column passes to its columns. */
  static final int KEYS = Roles.PRESCRIBER | Roles.DEPARTMENT | Roles.DRUG | Roles.ENTITY;
  /** Dynamic SQL nested deeper than this is not followed. */
  static final int MAX_DYNAMIC_DEPTH = 3;

  private static final Set<String> MEASURE_FUNCTIONS = new HashSet<>(java.util.Arrays.asList(
      "sum", "avg", "max", "min", "stddev", "stddev_pop", "stddev_samp", "stdev", "stdevp",
      "variance", "var_pop", "var_samp", "var", "varp", "median", "percentile_cont",
      "percentile_disc", "ratio_to_report", "total", "bit_and", "bit_or"));
  private static final Set<String> COUNT_FUNCTIONS = new HashSet<>(java.util.Arrays.asList(
      "count", "count_big", "approx_count_distinct", "ndv"));
  private static final Set<String> CONDITION_FUNCTIONS = new HashSet<>(java.util.Arrays.asList(
      "decode", "if", "iif", "nvl2", "nullif", "choose", "instr", "charindex", "position",
      "locate", "strpos", "find_in_set"));

  /** Thrown when the statement cannot be resolved; caught by {@link #classify}. */
  static final class Unresolvable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unresolvable(String reason) {
      super(reason, null, false, false);
    }
  }

  /** One output column of a query block. */
  static final class Out {
    final String label;
    final int roles;
    /** The roles whose values the column shows (not only tests): what masking hides. */
    final int shown;
    final boolean indexKnown;
    final @Nullable Block src;
    final int srcIndex;
    final @Nullable String origin;

    Out(String label, int roles, int shown, boolean indexKnown, @Nullable Block src,
        int srcIndex, @Nullable String origin) {
      this.label = label;
      this.roles = roles;
      this.shown = shown;
      this.indexKnown = indexKnown;
      this.src = src;
      this.srcIndex = srcIndex;
      this.origin = origin;
    }
  }

  /** What one query block (or set operation) yields and how it was judged. */
  static final class Block {
    final List<Out> outputs = new ArrayList<>();
    boolean complete = true;
    int filterRoles;
    int correlatedRoles;
    boolean drugRows;
    boolean grouped;
    boolean narrowed;
    boolean selectsOne;
    QueryClass cls = QueryClass.NONE;
    String clause = "";
    final Set<String> columns = new LinkedHashSet<>();
    @Nullable String measure;
    @Nullable List<Block> branches;

    @Nullable Out output(String label) {
      for (Out o : outputs) {
        if (o.label.equalsIgnoreCase(label)) {
          return o;
        }
      }
      return null;
    }

    int index(String label) {
      for (int i = 0; i < outputs.size(); i++) {
        if (outputs.get(i).label.equalsIgnoreCase(label)) {
          return i;
        }
      }
      return -1;
    }
  }

  /** A source in a FROM clause. */
  static final class Source {
    final @Nullable String alias;
    final String name;
    final SchemaIndex.@Nullable Table table;
    final @Nullable Block derived;
    /** For an unmapped table joined on a key column: that key's roles, which its columns share. */
    int inherited;

    Source(@Nullable String alias, String name, SchemaIndex.@Nullable Table table,
        @Nullable Block derived) {
      this.alias = alias;
      this.name = name;
      this.table = table;
      this.derived = derived;
    }

    boolean unknown() {
      return table == null && derived == null;
    }

    boolean named(String qualifier) {
      return alias != null ? alias.equals(qualifier) : name.equals(qualifier);
    }

    boolean knows(String column) {
      if (table != null) {
        return table.has(column);
      }
      return derived != null && derived.output(column) != null;
    }
  }

  /** A CTE: its definition and the CTEs visible where it was defined. */
  static final class Cte {
    final SQLWithSubqueryClause.Entry entry;
    final Map<String, Cte> visible;

    Cte(SQLWithSubqueryClause.Entry entry, Map<String, Cte> visible) {
      this.entry = entry;
      this.visible = visible;
    }
  }

  /** The FROM scope of one query block. */
  static final class Scope {
    final @Nullable Scope outer;
    final Map<String, Cte> ctes;
    final List<Source> sources = new ArrayList<>();
    List<SQLSelectItem> items = Collections.emptyList();
    final List<Out> outs = new ArrayList<>();

    Scope(@Nullable Scope outer, Map<String, Cte> ctes) {
      this.outer = outer;
      this.ctes = ctes;
    }
  }

  /** A resolved column reference. */
  static final class Ref {
    final int roles;
    final @Nullable Source source;
    final String column;
    final boolean local;

    Ref(int roles, @Nullable Source source, String column, boolean local) {
      this.roles = roles;
      this.source = source;
      this.column = column;
      this.local = local;
    }

    private @Nullable String origin;

    String origin() {
      String o = origin;
      if (o == null) {
        o = source == null ? column : (source.table != null ? source.table.name
            : source.alias == null ? source.name : source.alias) + "." + column;
        origin = o;
      }
      return o;
    }
  }

  /** An aggregate met in a block. */
  static final class Agg {
    final String function;
    final int roles;
    final int conditionRoles;
    final int partitionRoles;
    final boolean measure;
    final boolean countLike;
    final String text;
    final List<Ref> refs;

    Agg(String function, int roles, int conditionRoles, int partitionRoles, boolean measure,
        boolean countLike, String text, List<Ref> refs) {
      this.function = function;
      this.roles = roles;
      this.conditionRoles = conditionRoles;
      this.partitionRoles = partitionRoles;
      this.measure = measure;
      this.countLike = countLike;
      this.text = text;
      this.refs = refs;
    }
  }

  /** What scanning an expression found. */
  static final class Info {
    int roles;
    int shown;
    int outerRoles;
    int conditionRoles;
    int localRefs;
    int outerRefs;
    boolean subquery;
    boolean outerJoin;
    final List<Ref> refs = new ArrayList<>(2);
    final List<Block> subBlocks = new ArrayList<>(0);

    boolean constant() {
      return localRefs == 0 && outerRefs == 0 && !subquery;
    }
  }

  /** The outcome for one statement. */
  static final class Result {
    final QueryClass cls;
    final String clause;
    final ImmutableList<String> tables;
    final ImmutableList<String> columns;
    final @Nullable String measure;
    final ImmutableList<Integer> maskColumns;
    final ImmutableList<String> maskNames;
    final @Nullable String reason;

    Result(QueryClass cls, String clause, ImmutableList<String> tables,
        ImmutableList<String> columns, @Nullable String measure,
        ImmutableList<Integer> maskColumns, ImmutableList<String> maskNames,
        @Nullable String reason) {
      this.cls = cls;
      this.clause = clause;
      this.tables = tables;
      this.columns = columns;
      this.measure = measure;
      this.maskColumns = maskColumns;
      this.maskNames = maskNames;
      this.reason = reason;
    }
  }

  /** Parses dynamic SQL found in a statement (EXEC of a literal). */
  interface Reparser {
    List<Result> classify(String sql, int dynamicDepth);
  }

  private final SchemaIndex schema;
  private final Reparser reparser;
  private final int dynamicDepth;
  private final List<Block> blocks = new ArrayList<>();
  private final Set<String> tables = new LinkedHashSet<>();
  /** The CTEs being expanded (a reference to one of them inside itself is recursive). */
  private @Nullable Set<String> expanding;
  /** A scanner no scan is using, kept for the next one (scans nest: at most one waits). */
  private @Nullable Scanner spare;
  private boolean touches;
  private QueryClass called = QueryClass.NONE;
  private @Nullable String calledName;
  private @Nullable Block top;

  Analyzer(SchemaIndex schema, Reparser reparser, int dynamicDepth) {
    this.schema = schema;
    this.reparser = reparser;
    this.dynamicDepth = dynamicDepth;
  }

  // ============================================================================== statements

  /**
   * Classifies {@code st}. {@code text} is the whole string the statement came from, scanned for
   * mapped names when the statement cannot be resolved.
   */
  Result classify(SQLStatement st, String text) {
    try {
      List<Result> dynamic = statement(st);
      if (dynamic != null) {
        return worst(dynamic);
      }
    } catch (Unresolvable e) {
      return unresolved(text, e.getMessage());
    } catch (StackOverflowError e) {
      return unresolved(text, "nested too deeply");
    }
    return result();
  }

  private Result unresolved(String text, @Nullable String reason) {
    if (touches || SqlText.namesMapped(text, schema)) {
      return new Result(QueryClass.UNRESOLVED, "", ImmutableList.copyOf(tables),
          ImmutableList.<String>of(), null, ImmutableList.<Integer>of(),
          ImmutableList.<String>of(), reason);
    }
    return none();
  }

  static Result none() {
    return NONE;
  }

  /** The result of a statement that touches no mapped table: immutable, so shared. */
  private static final Result NONE = new Result(QueryClass.NONE, "", ImmutableList.<String>of(),
      ImmutableList.<String>of(), null, ImmutableList.<Integer>of(), ImmutableList.<String>of(),
      null);

  static Result worst(List<Result> rs) {
    Result w = null;
    for (Result r : rs) {
      if (w == null || r.cls.ordinal() < w.cls.ordinal()) {
        w = r;
      }
    }
    return w == null ? none() : w;
  }

  /** Returns the results of dynamic SQL when the statement is only that, else null. */
  private @Nullable List<Result> statement(SQLStatement st) {
    if (st instanceof SQLSelectStatement) {
      top = select(((SQLSelectStatement) st).getSelect(), null, Collections.emptyMap(), true);
    } else if (st instanceof SQLInsertInto) {
      SQLInsertInto ins = (SQLInsertInto) st;
      if (ins.getQuery() != null) {
        top = select(ins.getQuery(), null, Collections.emptyMap(), true);
      } else {
        for (com.alibaba.druid.sql.ast.statement.SQLInsertStatement.ValuesClause v
            : ins.getValuesList()) {
          for (SQLExpr e : v.getValues()) {
            scan(e, new Scope(null, Collections.emptyMap()), null, null);
          }
        }
      }
    } else if (st instanceof SQLCreateTableStatement) {
      SQLSelect q = ((SQLCreateTableStatement) st).getSelect();
      if (q != null) {
        top = select(q, null, Collections.emptyMap(), true);
      }
    } else if (st instanceof SQLCreateViewStatement) {
      SQLSelect q = ((SQLCreateViewStatement) st).getSubQuery();
      if (q != null) {
        top = select(q, null, Collections.emptyMap(), true);
      }
    } else if (st instanceof SQLUpdateStatement) {
      SQLUpdateStatement u = (SQLUpdateStatement) st;
      Block b = newBlock();
      Scope s = new Scope(null, Collections.emptyMap());
      if (u.getTableSource() != null) {
        from(u.getTableSource(), s, b, true);
      }
      if (u.getFrom() != null) {
        from(u.getFrom(), s, b, true);
      }
      for (SQLUpdateSetItem item : u.getItems()) {
        scan(item.getValue(), s, null, null);
      }
      if (u.getWhere() != null) {
        predicate(u.getWhere(), s, b, null);
      }
    } else if (st instanceof SQLDeleteStatement) {
      SQLDeleteStatement d = (SQLDeleteStatement) st;
      Block b = newBlock();
      Scope s = new Scope(null, Collections.emptyMap());
      if (d.getTableSource() != null) {
        from(d.getTableSource(), s, b, true);
      }
      if (d.getFrom() != null) {
        from(d.getFrom(), s, b, true);
      }
      if (d.getUsing() != null) {
        from(d.getUsing(), s, b, true);
      }
      if (d.getWhere() != null) {
        predicate(d.getWhere(), s, b, null);
      }
    } else if (st instanceof SQLServerExecStatement) {
      return exec((SQLServerExecStatement) st);
    } else if (st instanceof SQLCallStatement) {
      SQLCallStatement c = (SQLCallStatement) st;
      List<String> parts = new ArrayList<>(3);
      qualifier(c.getProcedureName(), parts);
      if (!parts.isEmpty()) {
        call(parts);
      }
      for (SQLExpr e : c.getParameters()) {
        scan(e, new Scope(null, Collections.emptyMap()), null, null);
      }
    } else if (st instanceof SQLBlockStatement) {
      List<Result> out = new ArrayList<>();
      for (SQLStatement inner : ((SQLBlockStatement) st).getStatementList()) {
        List<Result> r = statement(inner);
        if (r != null) {
          out.addAll(r);
        }
      }
      if (!out.isEmpty()) {
        out.add(result());
        return out;
      }
    } else if (st instanceof OracleExecuteImmediateStatement) {
      return dynamic(((OracleExecuteImmediateStatement) st).getDynamicSql());
    } else if (st instanceof SQLExprStatement) {
      SQLExpr e = ((SQLExprStatement) st).getExpr();
      if (e instanceof SQLMethodInvokeExpr) {
        scan(e, new Scope(null, Collections.emptyMap()), null, null);
        if (calledName == null) {
          throw new Unresolvable("an expression statement that calls no mapped procedure");
        }
      } else {
        throw new Unresolvable("an expression statement");
      }
    } else if (st instanceof SQLSetStatement || st instanceof SQLUseStatement
        || st instanceof SQLCommitStatement || st instanceof SQLRollbackStatement
        || st instanceof SQLStartTransactionStatement || st instanceof SQLCreateIndexStatement
        || st instanceof SQLAlterTableStatement || st instanceof SQLDropTableStatement
        || st instanceof SQLTruncateStatement || st instanceof SQLExplainStatement
        || st instanceof com.alibaba.druid.sql.ast.statement.SQLDeclareStatement) {
      return null; // reads no data
    } else {
      throw new Unresolvable("a " + st.getClass().getSimpleName() + " statement");
    }
    return null;
  }

  private List<Result> exec(SQLServerExecStatement x) {
    if (x.getModuleName() != null) {
      List<String> parts = new ArrayList<>(3);
      qualifier(x.getModuleName(), parts);
      if (parts.isEmpty()) {
        throw new Unresolvable("EXEC of " + x.getModuleName().getClass().getSimpleName());
      }
      String name = parts.get(parts.size() - 1);
      if (name.equals("sp_executesql")) {
        if (x.getParameters().isEmpty()) {
          throw new Unresolvable("sp_executesql without a statement");
        }
        return dynamic(x.getParameters().get(0).getExpr());
      }
      call(parts);
      List<Result> out = new ArrayList<>();
      out.add(result());
      return out;
    }
    if (x.getParameters().size() == 1) {
      return dynamic(x.getParameters().get(0).getExpr());
    }
    throw new Unresolvable("EXEC of text built at run time");
  }

  private List<Result> dynamic(@Nullable SQLExpr e) {
    String sql = literal(e);
    if (sql == null) {
      throw new Unresolvable("dynamic SQL built at run time");
    }
    if (dynamicDepth >= MAX_DYNAMIC_DEPTH) {
      throw new Unresolvable("dynamic SQL nested too deeply");
    }
    return reparser.classify(sql, dynamicDepth + 1);
  }

  private static @Nullable String literal(@Nullable SQLExpr e) {
    if (e instanceof com.alibaba.druid.sql.ast.expr.SQLTextLiteralExpr) {
      return ((com.alibaba.druid.sql.ast.expr.SQLTextLiteralExpr) e).getText();
    }
    return null;
  }

  private void call(List<String> parts) {
    QueryClass c = schema.procedure(parts);
    if (c != null) {
      touches = true;
      calledName = parts.get(parts.size() - 1);
      tables.add(calledName);
      called = called.worst(c);
    }
  }

  private Result result() {
    if (!touches) {
      return none();
    }
    QueryClass worst = called;
    Block decisive = null;
    for (Block b : blocks) {
      QueryClass c = b.narrowed ? QueryClass.NONE : b.cls;
      if (c.ordinal() < worst.ordinal()) {
        worst = c;
        decisive = b;
      }
    }
    ImmutableList.Builder<Integer> mask = ImmutableList.builder();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    if (top != null) {
      for (int i = 0; i < top.outputs.size(); i++) {
        Out o = top.outputs.get(i);
        if (!o.indexKnown) {
          break;
        }
        if (Roles.has(o.shown, Roles.PRESCRIBER)) {
          mask.add(i + 1);
          names.add(o.label);
        }
      }
    }
    if (decisive == null) {
      return new Result(worst, calledName == null ? "" : "CALL", ImmutableList.copyOf(tables),
          calledName == null ? ImmutableList.<String>of() : ImmutableList.of(calledName), null,
          mask.build(), names.build(), null);
    }
    return new Result(worst, decisive.clause, ImmutableList.copyOf(tables),
        ImmutableList.copyOf(decisive.columns), decisive.measure, mask.build(), names.build(),
        null);
  }


  private Block newBlock() {
    if (blocks.size() >= MAX_BLOCKS) {
      throw new Unresolvable("more than " + MAX_BLOCKS + " query blocks");
    }
    Block b = new Block();
    blocks.add(b);
    return b;
  }

  // ============================================================================== queries

  private Block select(SQLSelect sel, @Nullable Scope outer, Map<String, Cte> ctes,
      boolean output) {
    Map<String, Cte> visible = ctes;
    SQLWithSubqueryClause with = sel.getWithSubQuery();
    if (with != null) {
      visible = new HashMap<>(ctes);
      for (SQLWithSubqueryClause.Entry e : with.getEntries()) {
        Map<String, Cte> at = Boolean.TRUE.equals(with.getRecursive())
            ? visible : new HashMap<>(visible);
        Cte cte = new Cte(e, at);
        visible.put(unquote(e.getAlias()), cte);
        if (Boolean.TRUE.equals(with.getRecursive())) {
          at.put(unquote(e.getAlias()), cte);
        }
      }
    }
    if (sel.getQuery() == null) {
      throw new Unresolvable("a select without a query");
    }
    Block b = query(sel.getQuery(), outer, visible, output);
    if (sel.getOrderBy() != null) {
      orderBy(sel.getOrderBy(), new Scope(outer, visible), null);
    }
    return b;
  }

  private Block query(SQLSelectQuery q, @Nullable Scope outer, Map<String, Cte> ctes,
      boolean output) {
    if (q instanceof SQLSelectQueryBlock) {
      return block((SQLSelectQueryBlock) q, outer, ctes, output);
    }
    if (q instanceof SQLUnionQuery) {
      SQLUnionQuery u = (SQLUnionQuery) q;
      Block b = newBlock();
      List<Block> branches = new ArrayList<>();
      for (SQLSelectQuery r : u.getRelations()) {
        branches.add(query(r, outer, ctes, output));
      }
      b.branches = branches;
      Block first = branches.get(0);
      for (int i = 0; i < first.outputs.size(); i++) {
        int roles = 0;
        boolean known = true;
        for (Block br : branches) {
          if (i < br.outputs.size()) {
            roles |= br.outputs.get(i).roles;
            known &= br.outputs.get(i).indexKnown;
          }
        }
        int shown = 0;
        for (Block br : branches) {
          if (i < br.outputs.size()) {
            shown |= br.outputs.get(i).shown;
          }
        }
        b.outputs.add(new Out(first.outputs.get(i).label, roles, shown, known, null, -1,
            first.outputs.get(i).origin));
      }
      for (Block br : branches) {
        b.filterRoles |= br.filterRoles;
        b.drugRows |= br.drugRows;
        b.complete &= br.complete;
        b.correlatedRoles |= br.correlatedRoles;
      }
      return b;
    }
    throw new Unresolvable("a " + q.getClass().getSimpleName() + " query");
  }

  private Block block(SQLSelectQueryBlock qb, @Nullable Scope outer, Map<String, Cte> ctes,
      boolean output) {
    Block b = newBlock();
    Scope s = new Scope(outer, ctes);
    if (qb.getFrom() != null) {
      from(qb.getFrom(), s, b, true);
    }
    if (qb.getWhere() != null) {
      Narrowing n = predicate(qb.getWhere(), s, b, null);
      narrow(b, n);
    }
    List<Agg> aggs = new ArrayList<>();
    s.items = qb.getSelectList();
    int outRoles = 0;
    for (SQLSelectItem item : qb.getSelectList()) {
      SQLExpr e = item.getExpr();
      if (isStar(e)) {
        expand(e, s, b);
        continue;
      }
      Info x = scan(e, s, aggs, null);
      Block src = null;
      int srcIndex = -1;
      String origin = null;
      if (x.refs.size() == 1) {
        Ref r = x.refs.get(0);
        origin = r.origin();
        if (r.source != null && r.source.derived != null && isColumn(e)) {
          src = r.source.derived;
          srcIndex = src.index(r.column);
        }
      }
      Out o = new Out(label(item), x.roles, x.shown, b.complete, src, srcIndex, origin);
      b.outputs.add(o);
      s.outs.add(o);
      evidence(b, x.refs, Roles.PRESCRIBER | Roles.DEPARTMENT, null);
    }
    for (Out o : b.outputs) {
      outRoles |= o.roles;
    }
    int groupRoles = 0;
    SQLSelectGroupByClause g = qb.getGroupBy();
    List<Ref> groupRefs = new ArrayList<>();
    if (g != null) {
      for (SQLExpr item : g.getItems()) {
        groupRoles |= groupItem(item, s, qb.getSelectList(), groupRefs, aggs);
      }
      if (!g.getItems().isEmpty()) {
        b.grouped = true;
      }
      if (g.getHaving() != null) {
        Narrowing n = predicate(g.getHaving(), s, b, aggs);
        narrow(b, n);
      }
    }
    if (qb.getOrderBy() != null) {
      orderBy(qb.getOrderBy(), s, aggs);
    }
    if (qb.getStartWith() != null) {
      predicate(qb.getStartWith(), s, b, null);
    }
    if (qb.getConnectBy() != null) {
      predicate(qb.getConnectBy(), s, b, null);
    }
    if (qb.getQualify() != null) {
      predicate(qb.getQualify(), s, b, aggs);
    }
    if (qb.isDistinct()) {
      b.grouped = true;
    }
    for (Source src : s.sources) {
      if (src.table != null && Roles.has(src.table.allRoles, Roles.DRUG)) {
        b.drugRows = true;
      } else if (src.derived != null && src.derived.drugRows) {
        b.drugRows = true;
      }
    }
    judge(b, aggs, groupRoles, groupRefs, outRoles, output);
    return b;
  }

  private void judge(Block b, List<Agg> aggs, int groupRoles, List<Ref> groupRefs, int outRoles,
      boolean output) {
    boolean drug = b.drugRows || Roles.has(b.filterRoles, Roles.DRUG);
    Agg measure = null;
    int dims = groupRoles | (b.filterRoles & (Roles.PRESCRIBER | Roles.DEPARTMENT));
    for (Agg a : aggs) {
      if (a.measure || (a.countLike && drug)) {
        if (measure == null) {
          measure = a;
        }
        dims |= a.partitionRoles | a.conditionRoles;
      }
    }
    if (!aggs.isEmpty()) {
      b.grouped = true;
    }
    if (measure != null) {
      b.measure = measure.text;
      for (Ref r : measure.refs) {
        b.columns.add(r.origin());
      }
      if (Roles.has(dims, Roles.PRESCRIBER)) {
        b.cls = QueryClass.PRESCRIBER_STATS;
        b.clause = clause(b, groupRoles, aggs, Roles.PRESCRIBER);
        evidence(b, groupRefs, Roles.PRESCRIBER, null);
      } else if (Roles.has(dims, Roles.DEPARTMENT)) {
        b.cls = QueryClass.DEPARTMENT_STATS;
        b.clause = clause(b, groupRoles, aggs, Roles.DEPARTMENT);
        evidence(b, groupRefs, Roles.DEPARTMENT, null);
      } else if (Roles.has(groupRoles | b.correlatedRoles, Roles.ENTITY)) {
        b.cls = QueryClass.NONE; // per patient, visit or prescription
      } else {
        b.cls = QueryClass.DRUG_TOTALS;
        b.clause = groupRoles != 0 ? "GROUP BY" : "SELECT";
      }
      return;
    }
    if (!output) {
      return;
    }
    int rows = outRoles | b.filterRoles;
    if (Roles.has(rows, Roles.PRESCRIBER) && Roles.has(rows, Roles.DRUG)) {
      b.cls = QueryClass.PRESCRIBER_STATS;
      b.clause = Roles.has(outRoles, Roles.PRESCRIBER) ? "SELECT" : "WHERE";
    } else if (Roles.has(rows, Roles.DEPARTMENT) && Roles.has(rows, Roles.DRUG)
        && Roles.has(rows, Roles.MEASURE)) {
      b.cls = QueryClass.DEPARTMENT_STATS;
      b.clause = Roles.has(outRoles, Roles.DEPARTMENT) ? "SELECT" : "WHERE";
    }
  }

  private static String clause(Block b, int groupRoles, List<Agg> aggs, int role) {
    if (Roles.has(groupRoles, role)) {
      return "GROUP BY";
    }
    for (Agg a : aggs) {
      if (Roles.has(a.partitionRoles, role)) {
        return "PARTITION BY";
      }
      if (Roles.has(a.conditionRoles, role)) {
        return "CASE";
      }
    }
    return b.clause.isEmpty() ? "WHERE" : b.clause;
  }

  private static void evidence(Block b, List<Ref> refs, int roles, @Nullable String clause) {
    for (Ref r : refs) {
      if (Roles.has(r.roles, roles)) {
        b.columns.add(r.origin());
        if (clause != null && b.clause.isEmpty()) {
          b.clause = clause;
        }
      }
    }
  }

  private int groupItem(SQLExpr item, Scope s, List<SQLSelectItem> select, List<Ref> refs,
      List<Agg> aggs) {
    if (item instanceof SQLIntegerExpr) {
      int ordinal = ((SQLIntegerExpr) item).getNumber().intValue();
      if (ordinal >= 1 && ordinal <= s.outs.size()) {
        Out o = s.outs.get(ordinal - 1);
        if (o.origin != null) {
          refs.add(new Ref(o.roles, null, o.origin, true));
        }
        return o.roles;
      }
      return 0;
    }
    if (item instanceof SQLListExpr) {
      int roles = 0;
      for (SQLExpr e : ((SQLListExpr) item).getItems()) {
        roles |= groupItem(e, s, select, refs, aggs);
      }
      return roles;
    }
    if (item instanceof SQLGroupingSetExpr) {
      int roles = 0;
      for (SQLExpr e : ((SQLGroupingSetExpr) item).getParameters()) {
        roles |= groupItem(e, s, select, refs, aggs);
      }
      return roles;
    }
    if (item instanceof SQLMethodInvokeExpr && !(item instanceof SQLAggregateExpr)) {
      String m = lower(((SQLMethodInvokeExpr) item).getMethodName());
      if (m.equals("rollup") || m.equals("cube") || m.equals("grouping sets")) {
        int roles = 0;
        for (SQLExpr e : ((SQLMethodInvokeExpr) item).getArguments()) {
          roles |= groupItem(e, s, select, refs, aggs);
        }
        return roles;
      }
    }
    if (item instanceof SQLIdentifierExpr) {
      String name = unquote(((SQLIdentifierExpr) item).getName());
      if (findLocal(name, s) == null) {
        for (int i = 0; i < select.size() && i < s.outs.size(); i++) {
          String alias = select.get(i).getAlias();
          if (alias != null && unquote(alias).equals(name)) {
            Out o = s.outs.get(i);
            if (o.origin != null) {
              refs.add(new Ref(o.roles, null, o.origin, true));
            }
            return o.roles;
          }
        }
      }
    }
    Info x = scan(item, s, aggs, null);
    refs.addAll(x.refs);
    return x.roles;
  }

  private void orderBy(SQLOrderBy orderBy, Scope s, @Nullable List<Agg> aggs) {
    for (SQLSelectOrderByItem item : orderBy.getItems()) {
      SQLExpr e = item.getExpr();
      if (e instanceof SQLIntegerExpr) {
        continue;
      }
      if (e instanceof SQLIdentifierExpr && findLocal(unquote(((SQLIdentifierExpr) e).getName()),
          s) == null) {
        continue; // an output alias
      }
      scan(e, s, aggs, null);
    }
  }

  // ============================================================================== FROM

  private void from(SQLTableSource ts, Scope s, Block b, boolean inner) {
    Source src;
    if (ts instanceof SQLJoinTableSource) {
      SQLJoinTableSource j = (SQLJoinTableSource) ts;
      from(j.getLeft(), s, b, inner);
      SQLJoinTableSource.JoinType type = j.getJoinType();
      boolean innerJoin = type == null || type == SQLJoinTableSource.JoinType.JOIN
          || type == SQLJoinTableSource.JoinType.INNER_JOIN
          || type == SQLJoinTableSource.JoinType.CROSS_JOIN
          || type == SQLJoinTableSource.JoinType.COMMA
          || type == SQLJoinTableSource.JoinType.STRAIGHT_JOIN
          || type == SQLJoinTableSource.JoinType.CROSS_APPLY;
      from(j.getRight(), s, b, inner && innerJoin);
      if (j.getCondition() != null) {
        Narrowing n = predicate(j.getCondition(), s, b, null);
        if (inner && innerJoin) {
          narrow(b, n);
        }
      }
      return;
    }
    String alias = ts.getAlias() == null ? null : unquote(ts.getAlias());
    if (ts instanceof SQLExprTableSource) {
      SQLExpr e = ((SQLExprTableSource) ts).getExpr();
      if (e instanceof SQLIdentifierExpr || e instanceof SQLPropertyExpr) {
        List<String> parts = new ArrayList<>(3);
        qualifier(e, parts);
        if (parts.isEmpty()) {
          throw new Unresolvable("a table name " + e.getClass().getSimpleName());
        }
        String name = parts.get(parts.size() - 1);
        Cte cte = parts.size() == 1 ? s.ctes.get(name) : null;
        if (cte == null && parts.size() == 1 && s.outer != null) {
          cte = outerCte(s.outer, name);
        }
        if (cte != null && (expanding == null || !expanding.contains(name))) {
          src = new Source(alias, name, null, cte(name, cte));
        } else if (cte != null) {
          src = new Source(alias, name, null, null); // a recursive reference
        } else {
          SchemaIndex.Table t = schema.table(parts);
          if (t != null) {
            touches = true;
            tables.add(t.name);
          }
          src = new Source(alias, name, t, null);
        }
      } else if (e instanceof SQLMethodInvokeExpr) {
        scan(e, s, null, null);
        src = new Source(alias, lower(((SQLMethodInvokeExpr) e).getMethodName()), null, null);
      } else if (e instanceof SQLVariantRefExpr) {
        src = new Source(alias, lower(e.toString()), null, null);
      } else if (e instanceof SQLQueryExpr) {
        Block d = select(((SQLQueryExpr) e).getSubQuery(), s, s.ctes, false);
        src = new Source(alias, alias == null ? "" : alias, null, d);
      } else {
        throw new Unresolvable("a table source " + (e == null ? "null"
            : e.getClass().getSimpleName()));
      }
    } else if (ts instanceof SQLSubqueryTableSource) {
      SQLSubqueryTableSource sq = (SQLSubqueryTableSource) ts;
      Block d = select(sq.getSelect(), s, s.ctes, false);
      rename(d, sq.getColumns());
      src = new Source(alias, alias == null ? "" : alias, null, d);
    } else if (ts instanceof SQLUnionQueryTableSource) {
      Block d = query(((SQLUnionQueryTableSource) ts).getUnion(), s, s.ctes, false);
      src = new Source(alias, alias == null ? "" : alias, null, d);
    } else if (ts instanceof SQLValuesTableSource) {
      for (SQLExpr e : ((SQLValuesTableSource) ts).getValues()) {
        scan(e, s, null, null);
      }
      src = new Source(alias, alias == null ? "" : alias, null, null);
    } else {
      throw new Unresolvable("a table source " + ts.getClass().getSimpleName());
    }
    if (ts.getUnpivot() != null) {
      throw new Unresolvable("UNPIVOT");
    }
    if (ts.getPivot() != null) {
      src = pivot(ts.getPivot(), src, alias, s);
    }
    if (src.derived != null) {
      b.filterRoles |= src.derived.filterRoles;
    }
    s.sources.add(src);
  }

  private static @Nullable Cte outerCte(Scope s, String name) {
    for (Scope x = s; x != null; x = x.outer) {
      Cte c = x.ctes.get(name);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private Block cte(String name, Cte cte) {
    Set<String> expanding = this.expanding;
    if (expanding == null) {
      expanding = new HashSet<>();
      this.expanding = expanding;
    }
    expanding.add(name);
    try {
      Block d = select(cte.entry.getSubQuery(), null, cte.visible, false);
      rename(d, cte.entry.getColumns());
      return d;
    } finally {
      expanding.remove(name);
    }
  }

  private static void rename(Block d, @Nullable List<? extends SQLObject> columns) {
    if (columns == null || columns.isEmpty()) {
      return;
    }
    for (int i = 0; i < columns.size() && i < d.outputs.size(); i++) {
      Out o = d.outputs.get(i);
      d.outputs.set(i, new Out(unquote(name(columns.get(i))), o.roles, o.shown, o.indexKnown,
          o.src, o.srcIndex, o.origin));
    }
  }

  private static String name(SQLObject o) {
    if (o instanceof SQLIdentifierExpr) {
      return ((SQLIdentifierExpr) o).getName();
    }
    if (o instanceof com.alibaba.druid.sql.ast.statement.SQLColumnDefinition) {
      return ((com.alibaba.druid.sql.ast.statement.SQLColumnDefinition) o).getColumnName();
    }
    return o.toString();
  }

  /**
   * A PIVOT groups implicitly by every column of its source that it does not aggregate: the
   * FOR column and the rest are its breakdown.
   */
  private Source pivot(SQLPivot p, Source src, @Nullable String alias, Scope outer) {
    Block b = newBlock();
    Scope s = new Scope(outer.outer, outer.ctes);
    s.sources.add(src);
    List<Agg> aggs = new ArrayList<>();
    int aggRoles = 0;
    for (SQLSelectItem item : p.getItems()) {
      Info x = scan(item.getExpr(), s, aggs, null);
      aggRoles |= x.roles;
    }
    int forRoles = 0;
    List<Ref> forRefs = new ArrayList<>();
    for (SQLExpr e : p.getPivotFor()) {
      Info x = scan(e, s, null, null);
      forRoles |= x.roles;
      forRefs.addAll(x.refs);
    }
    int srcRoles = 0;
    if (src.table != null) {
      srcRoles = src.table.allRoles;
      b.drugRows = Roles.has(srcRoles, Roles.DRUG);
    } else if (src.derived != null) {
      for (Out o : src.derived.outputs) {
        srcRoles |= o.roles;
      }
      b.drugRows = src.derived.drugRows;
      b.filterRoles = src.derived.filterRoles;
    }
    int dims = forRoles | (srcRoles & ~aggRoles);
    b.columns.add("PIVOT");
    judge(b, aggs, dims, forRefs, srcRoles, false);
    if (b.cls != QueryClass.NONE) {
      b.clause = "PIVOT";
    }
    b.complete = false;
    b.outputs.add(new Out("pivot", srcRoles, 0, false, null, -1, null));
    return new Source(alias, alias == null ? src.name : alias, null, b);
  }

  private void expand(SQLExpr star, Scope s, Block b) {
    String owner = null;
    if (star instanceof SQLPropertyExpr) {
      owner = lastPart(((SQLPropertyExpr) star).getOwner());
    } else if (star instanceof SQLAllColumnExpr && ((SQLAllColumnExpr) star).getOwner() != null) {
      owner = lastPart(((SQLAllColumnExpr) star).getOwner());
    }
    boolean found = false;
    for (Source src : s.sources) {
      if (owner != null && !src.named(owner)) {
        continue;
      }
      found = true;
      if (src.table != null) {
        for (int i = 0; i < src.table.labels.size(); i++) {
          String label = src.table.labels.get(i);
          int role = src.table.roles.values().asList().get(i);
          b.outputs.add(new Out(label, role, role, b.complete, null, -1,
              src.table.name + "." + label));
          s.outs.add(b.outputs.get(b.outputs.size() - 1));
        }
      } else if (src.derived != null) {
        for (int i = 0; i < src.derived.outputs.size(); i++) {
          Out o = src.derived.outputs.get(i);
          Out copy = new Out(o.label, o.roles, o.shown, b.complete && o.indexKnown, src.derived,
              i, o.origin);
          b.outputs.add(copy);
          s.outs.add(copy);
        }
        if (!src.derived.complete) {
          b.complete = false;
        }
      } else {
        b.complete = false;
      }
    }
    if (!found && owner != null) {
      throw new Unresolvable("* of an unknown source " + owner);
    }
  }

  // ============================================================================== predicates

  /** The narrowing columns a predicate establishes, or null when it does not narrow. */
  static final class Narrowing {
    final List<Ref> refs = new ArrayList<>(1);
  }

  private void narrow(Block b, @Nullable Narrowing n) {
    if (n == null) {
      return;
    }
    b.narrowed = true;
    for (Ref r : n.refs) {
      if (r.source != null && r.source.derived != null) {
        narrowAt(r.source.derived, r.source.derived.index(r.column));
      }
    }
  }

  private static void narrowAt(Block d, int index) {
    if (index < 0) {
      return;
    }
    if (d.branches != null) {
      for (Block br : d.branches) {
        narrowAt(br, index);
      }
      return;
    }
    if (index >= d.outputs.size()) {
      return;
    }
    d.narrowed = true;
    Out o = d.outputs.get(index);
    if (o.src != null) {
      narrowAt(o.src, o.srcIndex);
    }
  }

  private @Nullable Narrowing predicate(SQLExpr e, Scope s, Block b, @Nullable List<Agg> aggs) {
    if (e instanceof SQLBinaryOpExprGroup) {
      SQLBinaryOpExprGroup g = (SQLBinaryOpExprGroup) e;
      return logical(g.getOperator(), g.getItems(), s, b, aggs);
    }
    if (e instanceof SQLBinaryOpExpr) {
      SQLBinaryOpExpr op = (SQLBinaryOpExpr) e;
      SQLBinaryOperator o = op.getOperator();
      if (o == SQLBinaryOperator.BooleanAnd || o == SQLBinaryOperator.BooleanOr
          || o == SQLBinaryOperator.BooleanXor) {
        List<SQLExpr> items = new ArrayList<>(2);
        items.add(op.getLeft());
        items.add(op.getRight());
        return logical(o, items, s, b, aggs);
      }
      if (o != null && o.isRelational()) {
        return comparison(op.getLeft(), op.getRight(), o, s, b, aggs);
      }
    }
    if (e instanceof SQLNotExpr) {
      predicate(((SQLNotExpr) e).getExpr(), s, b, aggs);
      return null;
    }
    if (e instanceof SQLInListExpr) {
      SQLInListExpr in = (SQLInListExpr) e;
      Info col = scan(in.getExpr(), s, aggs, null);
      boolean constant = true;
      for (SQLExpr v : in.getTargetList()) {
        Info x = scan(v, s, aggs, null);
        constant &= x.constant();
      }
      filter(b, col, constant ? null : col);
      if (!in.isNot() && constant && in.getTargetList().size() <= SHORT_LIST) {
        if ((col.roles & Roles.NOT_NARROWING) == 0 && col.localRefs > 0) {
          b.selectsOne = true;
        }
        if (Roles.has(col.roles, Roles.ENTITY) && !col.outerJoin) {
          return narrowing(col);
        }
      }
      return null;
    }
    if (e instanceof SQLInSubQueryExpr) {
      SQLInSubQueryExpr in = (SQLInSubQueryExpr) e;
      Info col = scan(in.getExpr(), s, aggs, null);
      Block sub = select(in.getSubQuery(), s, s.ctes, false);
      filter(b, col, null);
      b.filterRoles |= sub.filterRoles;
      if (!in.isNot() && Roles.has(col.roles, Roles.ENTITY) && narrowsToOne(sub)) {
        return narrowing(col);
      }
      return null;
    }
    if (e instanceof SQLExistsExpr) {
      SQLExistsExpr ex = (SQLExistsExpr) e;
      Block sub = select(ex.getSubQuery(), s, s.ctes, false);
      b.filterRoles |= sub.filterRoles;
      if (!ex.isNot() && narrowsToOne(sub) && Roles.has(sub.correlatedRoles, Roles.ENTITY)) {
        return new Narrowing();
      }
      return null;
    }
    if (e instanceof SQLBetweenExpr) {
      SQLBetweenExpr bt = (SQLBetweenExpr) e;
      Info col = scan(bt.getTestExpr(), s, aggs, null);
      Info lo = scan(bt.getBeginExpr(), s, aggs, null);
      Info hi = scan(bt.getEndExpr(), s, aggs, null);
      if (lo.localRefs == 0 && hi.localRefs == 0) {
        filter(b, col, lo.outerRefs + hi.outerRefs > 0 ? col : null);
      }
      return null;
    }
    // anything else in a condition: a boolean function, CASE, a bare column; its columns are
    // filtered by whatever it compares them with
    Info x = scan(e, s, aggs, null);
    filter(b, x, null);
    for (Block sub : x.subBlocks) {
      b.filterRoles |= sub.filterRoles;
    }
    return null;
  }

  private @Nullable Narrowing logical(SQLBinaryOperator op, List<SQLExpr> items, Scope s,
      Block b, @Nullable List<Agg> aggs) {
    Narrowing all = new Narrowing();
    boolean any = false;
    boolean every = true;
    for (SQLExpr item : items) {
      Narrowing n = predicate(item, s, b, aggs);
      if (n != null) {
        any = true;
        all.refs.addAll(n.refs);
      } else {
        every = false;
      }
    }
    if (op == SQLBinaryOperator.BooleanAnd) {
      return any ? all : null;
    }
    return every && !items.isEmpty() && op == SQLBinaryOperator.BooleanOr ? all : null;
  }

  private @Nullable Narrowing comparison(SQLExpr left, SQLExpr right, SQLBinaryOperator op,
      Scope s, Block b, @Nullable List<Agg> aggs) {
    Info l = scan(left, s, aggs, null);
    Info r = scan(right, s, aggs, null);
    for (Block sub : l.subBlocks) {
      b.filterRoles |= sub.filterRoles;
    }
    for (Block sub : r.subBlocks) {
      b.filterRoles |= sub.filterRoles;
    }
    if (op == SQLBinaryOperator.Is || op == SQLBinaryOperator.IsNot) {
      return null;
    }
    Info col;
    Info val;
    if (l.localRefs > 0 && r.localRefs == 0) {
      col = l;
      val = r;
    } else if (r.localRefs > 0 && l.localRefs == 0) {
      col = r;
      val = l;
    } else {
      if (op == SQLBinaryOperator.Equality && l.refs.size() == 1 && r.refs.size() == 1) {
        inherit(l.refs.get(0), r.roles);
        inherit(r.refs.get(0), l.roles);
      }
      return null; // a join condition, or nothing local
    }
    filter(b, col, val.outerRefs > 0 ? col : null);
    if (val.outerRefs > 0) {
      b.correlatedRoles |= val.outerRoles;
    }
    if (op == SQLBinaryOperator.Equality && val.subBlocks.size() == 1 && val.localRefs == 0
        && Roles.has(col.roles, Roles.ENTITY) && !col.outerJoin
        && narrowsToOne(val.subBlocks.get(0))) {
      return narrowing(col);
    }
    if (op == SQLBinaryOperator.Equality && val.constant()) {
      if ((col.roles & Roles.NOT_NARROWING) == 0) {
        b.selectsOne = true;
      }
      if (Roles.has(col.roles, Roles.ENTITY) && !col.outerJoin) {
        return narrowing(col);
      }
    }
    return null;
  }

  /** An unmapped table joined on a key describes that key: its columns take the key's roles. */
  private static void inherit(Ref ref, int roles) {
    if (ref.source != null && ref.source.unknown()) {
      ref.source.inherited |= roles & KEYS;
    }
  }

  private static Narrowing narrowing(Info col) {
    Narrowing n = new Narrowing();
    n.refs.addAll(col.refs);
    return n;
  }

  private static void filter(Block b, Info col, @Nullable Info correlated) {
    b.filterRoles |= col.roles;
    if (correlated != null) {
      b.correlatedRoles |= correlated.roles;
    }
    for (Ref r : col.refs) {
      if (Roles.has(r.roles, Roles.PRESCRIBER | Roles.DEPARTMENT)) {
        b.columns.add(r.origin());
      }
    }
  }

  /** An IN or EXISTS subquery narrows when it selects one entity by a plain equality. */
  private static boolean narrowsToOne(Block sub) {
    if (sub.branches != null) {
      for (Block br : sub.branches) {
        if (!narrowsToOne(br)) {
          return false;
        }
      }
      return true;
    }
    return (sub.selectsOne || sub.narrowed)
        && (sub.filterRoles & Roles.NOT_NARROWING & ~sub.correlatedRoles) == 0
        && sub.cls == QueryClass.NONE;
  }

  // ============================================================================== columns

  private @Nullable Ref findLocal(String column, Scope s) {
    Ref found = null;
    int roles = 0;
    for (Source src : s.sources) {
      if (src.knows(column)) {
        int r = src.table != null ? src.table.role(column)
            : src.derived.output(column).roles;
        roles |= r;
        if (found == null) {
          found = new Ref(r, src, column, true);
        }
      }
    }
    if (found != null && roles != found.roles) {
      found = new Ref(roles, found.source, column, true);
    }
    return found;
  }

  private Ref resolve(List<String> qualifier, String column, Scope s) {
    boolean local = true;
    for (Scope x = s; x != null; x = x.outer) {
      if (qualifier.isEmpty()) {
        Ref r = findLocal(column, x);
        if (r != null) {
          return local ? r : new Ref(r.roles, r.source, column, false);
        }
        int unknown = 0;
        Source only = null;
        for (Source src : x.sources) {
          if (src.unknown() || (src.derived != null && !src.derived.complete)) {
            unknown++;
            only = src;
          }
        }
        if (unknown == 1 && only.unknown()) {
          return new Ref(only.inherited, only, column, local);
        }
        if (unknown > 0) {
          return new Ref(0, null, column, local);
        }
      } else {
        String q = qualifier.get(qualifier.size() - 1);
        for (Source src : x.sources) {
          if (src.named(q) || (src.table != null && src.alias == null
              && qualifier.size() > 1 && src.name.equals(q))) {
            int roles = src.inherited;
            if (src.table != null) {
              roles = src.table.role(column);
            } else if (src.derived != null) {
              Out o = src.derived.output(column);
              roles = o == null ? 0 : o.roles;
            }
            return new Ref(roles, src, column, local);
          }
        }
        for (Source src : x.sources) {
          if (src.table != null && src.name.equals(q)) {
            return new Ref(src.table.role(column), src, column, local);
          }
        }
      }
      local = false;
    }
    if (column.equals("nextval") || column.equals("currval")) {
      return new Ref(0, null, column, true); // a sequence
    }
    if (!qualifier.isEmpty()) {
      throw new Unresolvable("column " + String.join(".", qualifier) + "." + column
          + " of no source in scope");
    }
    return new Ref(0, null, column, true);
  }

  // ============================================================================== expressions

  /**
   * Scans an expression: the roles of the columns it references (local to the block or from an
   * enclosing one), the aggregates it holds (added to {@code aggs}), and its subqueries, each
   * analysed as a block of its own.
   */
  private Info scan(@Nullable SQLExpr e, Scope s, @Nullable List<Agg> aggs,
      @Nullable Info into) {
    Info info = into == null ? new Info() : into;
    if (e == null) {
      return info;
    }
    Scanner sc = scanner(s, info, aggs, false);
    e.accept(sc);
    spare = sc;
    return info;
  }

  /** A scanner for one scan: the spare one when no other scan holds it, else a new one. */
  private Scanner scanner(Scope s, Info info, @Nullable List<Agg> aggs, boolean inCondition) {
    Scanner sc = spare;
    if (sc == null) {
      return new Scanner(s, info, aggs, inCondition);
    }
    spare = null;
    sc.reset(s, info, aggs, inCondition);
    return sc;
  }

  /** The visitor behind {@link #scan}; knows every dialect's nodes through its defaults. */
  private final class Scanner extends SQLASTVisitorAdapter
      implements MySqlASTVisitor, OracleASTVisitor, PGASTVisitor, SQLServerASTVisitor {
    private Scope s;
    private Info info;
    private @Nullable List<Agg> aggs;
    private int condition;

    Scanner(Scope s, Info info, @Nullable List<Agg> aggs, boolean inCondition) {
      this.s = s;
      this.info = info;
      this.aggs = aggs;
      this.condition = inCondition ? 1 : 0;
    }

    void reset(Scope s, Info info, @Nullable List<Agg> aggs, boolean inCondition) {
      this.s = s;
      this.info = info;
      this.aggs = aggs;
      this.condition = inCondition ? 1 : 0;
    }

    private void ref(List<String> qualifier, String column) {
      Ref r = resolve(qualifier, column, s);
      if (r.source == null && r.roles == 0) {
        return; // no column of any source: a keyword such as SYSDATE or ARRAY
      }
      if (r.local) {
        info.localRefs++;
        info.roles |= r.roles;
      } else {
        info.outerRefs++;
        info.outerRoles |= r.roles;
        info.roles |= r.roles;
      }
      if (condition > 0) {
        info.conditionRoles |= r.roles;
      } else {
        info.shown |= r.roles;
      }
      info.refs.add(r);
    }

    @Override
    public boolean visit(SQLIdentifierExpr x) {
      String n = x.getName();
      if (n != null && !n.equals("*")) {
        ref(Collections.<String>emptyList(), unquote(n));
      }
      return false;
    }

    @Override
    public boolean visit(SQLPropertyExpr x) {
      if ("*".equals(x.getName())) {
        return false;
      }
      List<String> q = new ArrayList<>(2);
      qualifier(x.getOwner(), q);
      if (q.isEmpty()) {
        x.getOwner().accept(this);
        return false;
      }
      ref(q, unquote(x.getName()));
      return false;
    }

    @Override
    public boolean visit(OracleOuterExpr x) {
      info.outerJoin = true;
      return true;
    }

    @Override
    public boolean visit(SQLVariantRefExpr x) {
      return false;
    }

    @Override
    public boolean visit(SQLQueryExpr x) {
      sub(x.getSubQuery());
      return false;
    }

    @Override
    public boolean visit(SQLInSubQueryExpr x) {
      x.getExpr().accept(this);
      sub(x.getSubQuery());
      return false;
    }

    @Override
    public boolean visit(SQLExistsExpr x) {
      sub(x.getSubQuery());
      return false;
    }

    @Override
    public boolean visit(SQLAnyExpr x) {
      sub(x.getSubQuery());
      return false;
    }

    @Override
    public boolean visit(SQLAllExpr x) {
      sub(x.getSubQuery());
      return false;
    }

    @Override
    public boolean visit(SQLSomeExpr x) {
      sub(x.getSubQuery());
      return false;
    }

    @Override
    public boolean visit(SQLSelect x) {
      sub(x);
      return false;
    }

    private void sub(SQLSelect sel) {
      Block b = select(sel, s, s.ctes, false);
      info.subquery = true;
      info.subBlocks.add(b);
      if (Roles.has(b.correlatedRoles, ~0)) {
        info.outerRefs++;
      }
      for (Out o : b.outputs) {
        info.roles |= o.roles;
      }
    }

    @Override
    public boolean visit(SQLCaseExpr x) {
      condition++;
      if (x.getValueExpr() != null) {
        x.getValueExpr().accept(this);
      }
      for (SQLCaseExpr.Item item : x.getItems()) {
        item.getConditionExpr().accept(this);
      }
      condition--;
      for (SQLCaseExpr.Item item : x.getItems()) {
        item.getValueExpr().accept(this);
      }
      if (x.getElseExpr() != null) {
        x.getElseExpr().accept(this);
      }
      return false;
    }

    @Override
    public boolean visit(SQLBinaryOpExpr x) {
      SQLBinaryOperator op = x.getOperator();
      if (op != null && (op.isRelational() || op.isLogical())) {
        condition++;
        x.getLeft().accept(this);
        x.getRight().accept(this);
        condition--;
        return false;
      }
      return true;
    }

    @Override
    public boolean visit(SQLInListExpr x) {
      condition++;
      x.getExpr().accept(this);
      for (SQLExpr t : x.getTargetList()) {
        t.accept(this);
      }
      condition--;
      return false;
    }

    @Override
    public boolean visit(SQLMethodInvokeExpr x) {
      List<String> parts = new ArrayList<>(2);
      if (x.getOwner() != null) {
        qualifier(x.getOwner(), parts);
      }
      parts.add(lower(x.getMethodName()));
      call(parts);
      if (x.getOwner() != null && parts.size() == 1) {
        x.getOwner().accept(this);
      }
      List<SQLExpr> args = x.getArguments();
      if (CONDITION_FUNCTIONS.contains(lower(x.getMethodName())) && !args.isEmpty()) {
        condition++;
        args.get(0).accept(this);
        condition--;
        for (int i = 1; i < args.size(); i++) {
          args.get(i).accept(this);
        }
        return false;
      }
      for (SQLExpr a : args) {
        a.accept(this);
      }
      if (x.getFrom() != null) {
        x.getFrom().accept(this);
      }
      if (x.getFor() != null) {
        x.getFor().accept(this);
      }
      if (x.getUsing() != null) {
        x.getUsing().accept(this);
      }
      return false;
    }

    @Override
    @SuppressWarnings("deprecation") // 1.2.x exposes WITHIN GROUP (LISTAGG …) only this way
    public boolean visit(SQLAggregateExpr x) {
      String fn = lower(x.getMethodName());
      Info args = new Info();
      Scanner inner = scanner(s, args, null, false);
      for (SQLExpr a : x.getArguments()) {
        a.accept(inner);
      }
      spare = inner;
      if (x.getFilter() != null) {
        Scanner f = scanner(s, args, null, true);
        x.getFilter().accept(f);
        spare = f;
      }
      if (x.getWithinGroup() != null) {
        Scanner w = scanner(s, args, null, false);
        x.getWithinGroup().accept(w);
        spare = w;
      }
      int partition = 0;
      SQLOver over = x.getOver();
      if (over != null) {
        Info p = new Info();
        Scanner ps = new Scanner(s, p, null, false);
        for (SQLExpr e : over.getPartitionBy()) {
          e.accept(ps);
        }
        if (over.getOrderBy() != null) {
          over.getOrderBy().accept(new Scanner(s, new Info(), null, false));
        }
        partition = p.roles;
        info.refs.addAll(p.refs);
        info.localRefs += p.localRefs;
      }
      boolean count = COUNT_FUNCTIONS.contains(fn);
      boolean measure = MEASURE_FUNCTIONS.contains(fn) && Roles.has(args.roles, Roles.MEASURE);
      boolean countLike = count || (MEASURE_FUNCTIONS.contains(fn)
          && !Roles.has(args.roles, Roles.MEASURE) && args.conditionRoles != 0);
      if (aggs != null) {
        aggs.add(new Agg(fn, args.roles, args.conditionRoles, partition, measure, countLike,
            fn.toUpperCase(Locale.ROOT) + "(" + origins(args.refs) + ")", args.refs));
      }
      info.localRefs += args.localRefs;
      info.outerRefs += args.outerRefs;
      info.outerRoles |= args.outerRoles;
      info.subquery |= args.subquery;
      info.subBlocks.addAll(args.subBlocks);
      if (!count) {
        info.roles |= args.roles;
        info.refs.addAll(args.refs);
        if (!MEASURE_FUNCTIONS.contains(fn) || fn.equals("max") || fn.equals("min")) {
          info.shown |= args.shown;
        }
      }
      if (condition > 0) {
        info.conditionRoles |= args.roles;
      }
      return false;
    }
  }

  private static String origins(List<Ref> refs) {
    if (refs.isEmpty()) {
      return "*";
    }
    StringBuilder sb = new StringBuilder();
    for (Ref r : refs) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(r.origin());
    }
    return sb.toString();
  }

  // ============================================================================== names

  private static void qualifier(SQLExpr owner, List<String> out) {
    if (owner instanceof SQLIdentifierExpr) {
      out.add(unquote(((SQLIdentifierExpr) owner).getName()));
    } else if (owner instanceof SQLPropertyExpr) {
      SQLPropertyExpr p = (SQLPropertyExpr) owner;
      qualifier(p.getOwner(), out);
      if (!out.isEmpty()) {
        out.add(unquote(p.getName()));
      }
    }
  }

  private static @Nullable String lastPart(@Nullable SQLExpr owner) {
    if (owner == null) {
      return null;
    }
    List<String> q = new ArrayList<>(2);
    qualifier(owner, q);
    return q.isEmpty() ? null : q.get(q.size() - 1);
  }

  private static boolean isStar(SQLExpr e) {
    return e instanceof SQLAllColumnExpr
        || (e instanceof SQLPropertyExpr && star(((SQLPropertyExpr) e).getName()))
        || (e instanceof SQLIdentifierExpr && star(((SQLIdentifierExpr) e).getName()));
  }

  private static boolean star(@Nullable String name) {
    return name != null && name.length() == 1 && name.charAt(0) == '*';
  }

  private static boolean isColumn(SQLExpr e) {
    return e instanceof SQLIdentifierExpr || e instanceof SQLPropertyExpr;
  }

  private static String label(SQLSelectItem item) {
    if (item.getAlias() != null) {
      return unquote(item.getAlias());
    }
    SQLExpr e = item.getExpr();
    if (e instanceof SQLIdentifierExpr) {
      return unquote(((SQLIdentifierExpr) e).getName());
    }
    if (e instanceof SQLPropertyExpr) {
      return unquote(((SQLPropertyExpr) e).getName());
    }
    return e.toString();
  }

  /** A name without its quotes, lower-cased. */
  static String unquote(String name) {
    if (plain(name)) {
      return name; // most names: nothing to trim, unquote or lower
    }
    String n = name.trim();
    if (n.length() >= 2) {
      char a = n.charAt(0);
      char z = n.charAt(n.length() - 1);
      if ((a == '"' && z == '"') || (a == '`' && z == '`') || (a == '[' && z == ']')) {
        n = n.substring(1, n.length() - 1);
      }
    }
    return n.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code name} is non-empty, lower-case ASCII without quotes or outer spaces. */
  private static boolean plain(String name) {
    int n = name.length();
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 128 || (c >= 'A' && c <= 'Z') || c == '"' || c == '`' || c == '[') {
        return false;
      }
    }
    return true;
  }

  static String lower(@Nullable String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }
}
