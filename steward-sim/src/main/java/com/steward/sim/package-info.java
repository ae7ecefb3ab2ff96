/**
 * The marketplace simulator (issue 6): a seeded world of brands, sellers, counterfeiters, rights
 * holders and buyers that talks to Steward only through its public API and measures how well
 * governance works against the truth it keeps to itself.
 */
@NullMarked
package com.steward.sim;

import org.jspecify.annotations.NullMarked;
