/**
 * The 统方 guard: {@link io.github.qinglian.checkers.tongfang.TongfangRules} classifies SQL
 * statements (through Alibaba Druid's parser, in the hospital's dialect) and report requests
 * against the schema mapping, caches the classification by normalized text, and decides with the
 * TF rules. Everything but the checker is package-private.
 */
@NullMarked
package io.github.qinglian.checkers.tongfang;

import org.jspecify.annotations.NullMarked;
