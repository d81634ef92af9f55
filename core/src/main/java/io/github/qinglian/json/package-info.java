/**
 * The JSON wire format: cases, policies, reference data, subjects and verdicts, as the contract
 * {@code wire-format.md} describes them. The only package that knows JSON.
 *
 * <p>Readers map the Jackson tree by hand, so that every problem carries its JSON pointer:
 * configuration ({@link io.github.qinglian.json.PolicyJson}, {@link
 * io.github.qinglian.json.ReferenceJson}) is rejected as a whole with every problem listed; a case
 * ({@link io.github.qinglian.json.CaseJson}) is always evaluated, its problems becoming
 * {@code INPUT.INVALID} findings. Unknown fields are ignored with a warning. Instants must carry
 * an offset; money is read exactly as {@code BigDecimal}. All classes here are thread-safe.
 */
@NullMarked
package io.github.qinglian.json;

import org.jspecify.annotations.NullMarked;
