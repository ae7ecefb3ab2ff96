/** Statements of reasons (DSA Art. 17) in the EU Transparency Database's vocabulary. */
@NullMarked
package com.steward.core.statements;

import org.jspecify.annotations.NullMarked;
