/**
 * What a decision log needs: pseudonymising patient ids with the hospital's key, so that no
 * audit or log line carries a patient id in clear.
 */
@NullMarked
package io.github.qinglian.audit;

import org.jspecify.annotations.NullMarked;
