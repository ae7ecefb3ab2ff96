/** Notice-and-takedown: the item lifecycle and its windows. */
@NullMarked
package com.steward.core.notices;

import org.jspecify.annotations.NullMarked;
