/**
 * The 统方 guard in MyBatis-Plus: {@link io.github.qinglian.examples.mybatis.QinglianInnerInterceptor}
 * checks every mapped statement with the JDBC layer's
 * {@link io.github.qinglian.jdbc.StatementGuard} before MyBatis prepares it.
 *
 * <p>Everything in this package is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.qinglian.examples.mybatis;

import org.jspecify.annotations.NullMarked;
