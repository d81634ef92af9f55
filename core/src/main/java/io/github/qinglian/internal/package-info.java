/**
 * Not API: code shared by Qinglian's packages. May change in any release without notice.
 */
@NullMarked
package io.github.qinglian.internal;

import org.jspecify.annotations.NullMarked;
