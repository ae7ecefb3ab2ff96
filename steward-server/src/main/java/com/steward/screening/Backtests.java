package com.steward.screening;

import com.steward.brands.BrandRevision;
import com.steward.brands.Brands;
import com.steward.core.screening.rules.BrandProfile;
import com.steward.core.screening.rules.Decision;
import com.steward.core.screening.rules.ListingFacts;
import com.steward.core.screening.rules.RuleSet;
import com.steward.core.screening.rules.Screener;
import com.steward.listings.Listing;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dry run of a draft rule set, or of a brand's revision, over the catalogue: what screening in
 * use decides, what it would decide with the draft, how many listings would move from one outcome
 * to another, and samples of them. Nothing is stored and nothing happens to any listing.
 */
@Service
public class Backtests {

  static final int MAX_LISTINGS = 100_000;
  private static final int SAMPLES = 20;

  private final Screening screening;
  private final ScreeningActions actions;
  private final JdbcSweepRepository catalogue;
  private final Listings listings;
  private final Marketplaces marketplaces;
  private final Brands brands;

  Backtests(Screening screening, ScreeningActions actions, JdbcSweepRepository catalogue, Listings listings,
      Marketplaces marketplaces, Brands brands) {
    this.brands = brands;
    this.screening = screening;
    this.actions = actions;
    this.catalogue = catalogue;
    this.listings = listings;
    this.marketplaces = marketplaces;
  }

  /** A draft rule set over the first {@code limit} listings, of one marketplace (a code) if given. */
  @Transactional(readOnly = true)
  public Map<String, Object> run(Actor staff, RuleSet draft, int limit, @Nullable String marketplace) {
    staff.requireStaff();
    checkLimit(limit);
    Screener current = screening.current();
    var out = new LinkedHashMap<String, Object>();
    out.put("currentVersion", current.ruleSet().version());
    out.put("draftVersion", draft.version());
    compare(current, screening.draft(draft), limit, marketplace, out);
    return out;
  }

  /**
   * What approving a brand's revision would change over the catalogue: the screener in use against
   * the same screener with that brand's profile as the revision has it (its old name gone if the
   * revision renames it). Any revision may be tried, pending or not; nothing is approved.
   */
  @Transactional(readOnly = true)
  public Map<String, Object> runBrandRevision(Actor staff, UUID brandId, int revision, int limit,
      @Nullable String marketplace) {
    staff.requireStaff();
    checkLimit(limit);
    BrandRevision r = brands.revisions(staff, brandId).stream().filter(x -> x.revision() == revision).findFirst()
        .orElseThrow(() -> new NotFoundException("revision", revision + " of brand " + brandId));
    // as screening would take it once approved: the stored profile, validated when it was proposed
    BrandProfile proposed = Brands.screeningProfile(r.profile(), brands.backer(staff, r).isPresent());
    Set<String> renamed = brands.active(brandId).map(a -> a.profile().name()).filter(n -> !n.equals(proposed.name()))
        .map(Set::of).orElse(Set.of());
    Screener current = screening.current();
    var out = new LinkedHashMap<String, Object>();
    out.put("currentVersion", current.ruleSet().version());
    out.put("brandId", brandId);
    out.put("brand", proposed.name());
    out.put("revision", revision);
    out.put("status", r.status());
    compare(current, current.withChanges(List.of(proposed), renamed), limit, marketplace, out);
    return out;
  }

  /**
   * Of these listings, those that screening restricts now (REFER or BLOCK) and would allow with
   * {@code changed} in the knowledge base in place of the brand of its name: what a change of a
   * brand would lift, listing by listing, on the listings as they are now. Unknown ids are left out.
   */
  @Transactional(readOnly = true)
  public Set<UUID> lifted(BrandProfile changed, java.util.Collection<UUID> listingIds) {
    Screener current = screening.current();
    Screener drafted = current.withChanges(List.of(changed), Set.of());
    Set<UUID> out = new java.util.HashSet<>();
    List<Listing> found = List.copyOf(listings.byIds(new java.util.LinkedHashSet<>(listingIds)).values());
    List<ListingFacts> facts = actions.facts(found, marketplace(new HashMap<>()), drafted.authorisesStores());
    for (int i = 0; i < found.size(); i++) {
      if (current.screen(facts.get(i)).action() != Decision.Action.ALLOW
          && drafted.screen(facts.get(i)).action() == Decision.Action.ALLOW) {
        out.add(found.get(i).id());
      }
    }
    return out;
  }

  /** Before any screener is built for the run: a wrong limit costs nothing. */
  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LISTINGS) {
      throw new com.steward.platform.errors.InvalidRequestException("limit", "from 1 to " + MAX_LISTINGS);
    }
  }

  /** Marketplaces by id, each read once and kept in {@code known}. */
  private java.util.function.Function<UUID, Marketplace> marketplace(Map<UUID, Marketplace> known) {
    return id -> known.computeIfAbsent(id, k -> marketplaces.byId(k).orElseThrow());
  }

  /** Screens the first {@code limit} listings of the catalogue with both screeners; the counts and samples into {@code out}. */
  private void compare(Screener current, Screener drafted, int limit, @Nullable String marketplace,
      Map<String, Object> out) {
    UUID only = marketplace == null || marketplace.isBlank() ? null : marketplaces.byCode(marketplace)
        .orElseThrow(() -> new NotFoundException("marketplace", marketplace)).id();
    if (only != null) {
      out.put("marketplace", marketplace);
    }
    Map<Decision.Action, Integer> before = new EnumMap<>(Decision.Action.class);
    Map<Decision.Action, Integer> after = new EnumMap<>(Decision.Action.class);
    Map<String, Integer> changes = new TreeMap<>();
    // what publishing would change for buyers: a listing already blocked, removed or inactive is
    // out of sight whatever the draft decides
    Map<String, Integer> changesOnActive = new TreeMap<>();
    List<Map<String, Object>> samples = new ArrayList<>();
    var marketplaceOf = marketplace(new HashMap<>());
    int seen = 0;
    UUID cursor = null;
    while (seen < limit) {
      List<UUID> page = catalogue.nextListings(cursor, Math.min(500, limit - seen), only);
      if (page.isEmpty()) {
        break;
      }
      // the page's listings, sellers, ratings and stores in a query each, not a few a listing
      Map<UUID, Listing> byId = listings.byIds(page);
      List<Listing> pageListings = page.stream().map(byId::get).filter(Objects::nonNull).toList();
      List<ListingFacts> pageFacts = actions.facts(pageListings, marketplaceOf, drafted.authorisesStores());
      for (int i = 0; i < pageListings.size(); i++) {
        Listing listing = pageListings.get(i);
        ListingFacts facts = pageFacts.get(i);
        Marketplace m = marketplaceOf.apply(listing.marketplaceId());
        Decision a = current.screen(facts);
        Decision b = drafted.screen(facts);
        before.merge(a.action(), 1, Integer::sum);
        after.merge(b.action(), 1, Integer::sum);
        if (a.action() != b.action()) {
          changes.merge(a.action() + "->" + b.action(), 1, Integer::sum);
          if (listing.status() == com.steward.listings.ListingStatus.ACTIVE) {
            changesOnActive.merge(a.action() + "->" + b.action(), 1, Integer::sum);
          }
          if (samples.size() < SAMPLES) {
            var sample = new LinkedHashMap<String, Object>();
            sample.put("marketplace", m.code());
            sample.put("listingId", listing.externalId());
            sample.put("title", listing.title());
            sample.put("status", listing.status());
            sample.put("current", DecisionJson.of(a));
            sample.put("draft", DecisionJson.of(b));
            samples.add(sample);
          }
        }
      }
      seen += page.size();
      cursor = page.getLast();
    }
    out.put("listings", seen);
    // whether those were all the listings there are (of the marketplace, if one was given), or the
    // limit stopped the run before the catalogue's end
    out.put("limit", limit);
    out.put("complete", seen < limit || catalogue.nextListings(cursor, 1, only).isEmpty());
    out.put("current", before);
    out.put("draft", after);
    out.put("changes", changes);
    out.put("changesOnActiveListings", changesOnActive);
    out.put("samples", samples);
  }
}
