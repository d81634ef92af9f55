/**
 * The 统方 guard as a filter in Alibaba Druid's connection pool
 * ({@link io.github.qinglian.jdbc.druid.QinglianDruidFilter}), for an HIS that already runs
 * {@code DruidDataSource}.
 */
@NullMarked
package io.github.qinglian.jdbc.druid;

import org.jspecify.annotations.NullMarked;
