/**
 * Seller account linkage: person attributes are normalised, then encoded with a secret key
 * (keyed hashes for strong identifiers, keyed Bloom filters of bigrams for names and addresses);
 * the index and the linker compare only encodings.
 */
@NullMarked
package com.steward.core.linkage;

import org.jspecify.annotations.NullMarked;
