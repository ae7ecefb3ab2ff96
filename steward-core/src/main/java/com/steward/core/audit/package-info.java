/** The tamper-evident audit chain. */
@NullMarked
package com.steward.core.audit;

import org.jspecify.annotations.NullMarked;
