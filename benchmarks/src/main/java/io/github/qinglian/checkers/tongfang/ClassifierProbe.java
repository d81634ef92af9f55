package io.github.qinglian.checkers.tongfang;

import com.alibaba.druid.DbType;
import io.github.qinglian.model.Dialect;
import io.github.qinglian.model.QueryClass;
import io.github.qinglian.model.SchemaMapping;

/**
 * Reaches the guard's classification step, which is not API, for the benchmarks: the same
 * {@code Classifier} (and its cache) that {@code Qinglian.queries()} builds for a mapping, and
 * the parse as the guard calls it. Lives in the checker's package for that reason alone.
 */
public final class ClassifierProbe {
  private final Classifier classifier;
  private final DbType db;

  /** A classifier over {@code mapping}, parsing in {@code dialect}. */
  public ClassifierProbe(SchemaMapping mapping, Dialect dialect) {
    this.classifier = new Classifier(new SchemaIndex(mapping), "benchmark");
    this.db = Classifier.dbType(dialect);
  }

  /** The class of {@code sql}, through the cache as the guard does. */
  public QueryClass classify(String sql) {
    return classifier.classify(sql, null).cls;
  }

  /** Druid's parse of {@code sql} as the guard calls it; the number of statements. */
  public int parse(String sql) {
    return Classifier.parse(sql, db).size();
  }
}
