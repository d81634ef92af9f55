/** JMH benchmarks of the checkers; see {@code docs/performance.md} for figures and commands. */
package io.github.qinglian.benchmarks;
