/**
 * A small, dependency-free aid for vendors' own tests: builders with sensible defaults
 * ({@link io.github.qinglian.testing.Fixtures}, {@link io.github.qinglian.testing.VisitFixtures}),
 * an engine over them
 * ({@link io.github.qinglian.testing.TestEngine}), a fixed clock
 * ({@link io.github.qinglian.testing.FixedClock}) and assertions on verdicts that fail with the
 * findings in the message ({@link io.github.qinglian.testing.Verdicts}). Works with any test
 * framework: failures are plain {@link java.lang.AssertionError}s.
 *
 * <pre>{@code
 * Qinglian q = TestEngine.newBuilder()
 *     .practitioner(Fixtures.physician("D1").build())
 *     .drug(Fixtures.drug("AMOX").build())
 *     .build();
 * Verdict v = q.prescriptions().check(Fixtures.prescription("D1", Fixtures.item("AMOX").build())
 *     .build());
 * Verdicts.assertAllows(v);
 * }</pre>
 */
@NullMarked
package io.github.qinglian.testing;

import org.jspecify.annotations.NullMarked;
