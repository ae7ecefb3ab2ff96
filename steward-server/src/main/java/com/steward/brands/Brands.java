package com.steward.brands;

import com.steward.audit.AuditLog;
import com.steward.core.screening.TextNormalizer;
import com.steward.core.screening.rules.BrandProfile;
import com.steward.core.screening.rules.Thresholds;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.rightsholders.RightsHolders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brand knowledge base. Rights holders propose brands and changes for themselves and their
 * principals; each proposal is a revision that an analyst approves or rejects; screening uses the
 * latest approved revision of every brand ({@link #activeProfiles}).
 */
@Service
public class Brands {

  private static final Pattern SELLER_REF = Pattern.compile("[A-Za-z0-9._/-]{1,200}:[A-Za-z0-9._:/-]{1,200}");

  private final JdbcBrandRepository repository;
  private final RightsHolders rightsHolders;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Brands(JdbcBrandRepository repository, RightsHolders rightsHolders, AuditLog audit, ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.rightsHolders = rightsHolders;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /** Published after a revision is approved, so that screening rebuilds its dictionary. */
  public record BrandsChanged(UUID brandId, int revision) {}

  public record Proposed(UUID brandId, int revision, String status) {}

  /** Published after a dictionary import: many brands changed at once, for one rebuild and one sweep. */
  public record BrandsImported(UUID importId, int brands) {}

  /** A brand of the knowledge base as lists show it. */
  public record Summary(UUID id, String name, @Nullable UUID ownerId, @Nullable String ownerName, String source,
      @Nullable String externalId, @Nullable Integer activeRevision, int pendingRevisions) {}

  /** The outcome of an import: brands added, and those left out because their name was taken or invalid. */
  public record ImportResult(UUID importId, int imported, int alreadyKnown, int invalid) {}

  record Imported(UUID id, String key, @Nullable String externalId, BrandProfileForm profile) {}

  /**
   * Adds the brands of a name-suggestion-index CSV ({@link NsiDictionary}) to the knowledge base,
   * approved, without an owner; names already in the knowledge base are left as they are. One audit
   * entry and one rebuild of screening for the whole file. Administrators only.
   */
  @Transactional
  public ImportResult importDictionary(Actor admin, java.io.Reader csv, String source, List<String> categories) {
    if (admin.role() != Role.ADMIN) {
      throw new com.steward.platform.errors.ForbiddenException("only administrators import dictionaries");
    }
    var c = new Check();
    String src = c.text("source", source, 200);
    c.done();
    List<NsiDictionary.Entry> entries;
    try {
      entries = NsiDictionary.read(csv, categories);
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      // the CSV library's own words, not its class names
      Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
      String msg = String.valueOf(cause.getMessage());
      throw new InvalidRequestException("file", msg.startsWith("file: ") ? msg.substring(6) : "not a readable CSV: " + msg);
    }
    java.util.Set<String> known = repository.keys();
    // a brand renamed since it was imported keeps its Wikidata id: the same brand under its old name is not new
    java.util.Set<String> knownIds = repository.externalIds();
    List<Imported> fresh = new ArrayList<>();
    int alreadyKnown = 0;
    int invalid = 0;
    for (NsiDictionary.Entry e : entries) {
      BrandProfileForm clean;
      try {
        clean = validate(e.profile());
      } catch (InvalidRequestException bad) {
        invalid++;
        continue;
      }
      if (e.externalId() != null && !EXTERNAL_ID.matcher(e.externalId()).matches()) {
        invalid++; // a Wikidata id is Q and digits; a NUL or a spreadsheet formula is not one
        continue;
      }
      String key = key(clean.name());
      if ((e.externalId() != null && knownIds.contains(e.externalId())) || !known.add(key)) {
        alreadyKnown++;
        continue;
      }
      fresh.add(new Imported(UUID.randomUUID(), key, e.externalId(), clean));
    }
    UUID importId = UUID.randomUUID();
    repository.importBrands(fresh, admin.label(), "imported from " + src, clock.instant());
    audit.record(admin, "brand.imported", "brand_import", importId, Map.of("source", src, "imported", fresh.size(),
        "alreadyKnown", alreadyKnown, "invalid", invalid, "categories", String.join(",", categories)));
    if (!fresh.isEmpty()) {
      events.publishEvent(new BrandsImported(importId, fresh.size()));
    }
    return new ImportResult(importId, fresh.size(), alreadyKnown, invalid);
  }

  /** A brand by its name as screening reports it: {@code {brandId, ownerId}}, the owner null if none. */
  public java.util.Optional<UUID[]> byName(String name) {
    // the name as registered (case aside) first: two brands whose names came to fold alike (BrandNameKeys)
    // stay apart
    return repository.findByName(name).or(() -> repository.findByKey(key(name)));
  }

  /** The knowledge base, searched by name: staff see every brand, a rights holder those it acts for. */
  public List<Summary> search(Actor actor, @Nullable String q, int limit, int offset) {
    String query = q == null ? "" : key(q.length() > 200 ? q.substring(0, 200) : q);
    java.util.Set<UUID> owners = actor.isStaff() ? null : rightsHolders.actsFor(actor.requireRightsHolder());
    var c = new Check();
    if (limit < 1 || limit > 500) {
      c.add("limit", "from 1 to 500");
    }
    if (offset < 0) {
      c.add("offset", "0 or more");
    }
    c.done();
    return repository.search(query, owners, limit, offset);
  }

  /** A new brand, owned by the rights holder that proposes it (or by {@code ownerId}, one of its principals). */
  @Transactional
  public Proposed create(Actor actor, @Nullable UUID ownerId, BrandProfileForm form) {
    UUID owner = ownerFor(actor, ownerId);
    BrandProfileForm clean = validate(form);
    String key = key(clean.name());
    if (repository.findByKey(key).isPresent()) {
      throw new ConflictException("name", "a brand named " + clean.name() + " already exists");
    }
    UUID id = UUID.randomUUID();
    repository.insertBrand(id, key, clean.name(), owner, clock.instant());
    return propose(actor, id, clean);
  }

  /**
   * A rights holder claims a brand that has no owner (an imported one), for itself or a principal:
   * a revision with the brand's current profile, waiting for an analyst; approval makes the
   * claimant the owner.
   */
  @Transactional
  public Proposed claim(Actor actor, UUID brandId, @Nullable UUID ownerId) {
    if (actor.isStaff()) {
      throw new com.steward.platform.errors.ForbiddenException("a rights holder claims a brand");
    }
    UUID owner = ownerFor(actor, ownerId);
    if (!repository.exists(brandId)) {
      throw new NotFoundException("brand", brandId);
    }
    if (repository.owner(brandId).isPresent()) {
      throw new ConflictException("the brand has an owner; ask the analysts if you believe it is yours");
    }
    BrandRevision current = repository.revisions(brandId).stream().filter(r -> "APPROVED".equals(r.status()))
        .reduce((a, b) -> b).orElseThrow(() -> new NotFoundException("brand", brandId));
    UUID revisionId = repository.insertRevision(brandId, current.profile(), actor.label(), clock.instant());
    repository.markClaim(revisionId, owner);
    int revision = repository.revisions(brandId).getLast().revision();
    audit.record(actor, "brand.claimed", "brand", brandId, Map.of("revision", revision, "for", String.valueOf(owner)));
    return new Proposed(brandId, revision, "PENDING");
  }

  /** A change to a brand: a new revision, waiting for review. */
  @Transactional
  public Proposed revise(Actor actor, UUID brandId, BrandProfileForm form) {
    requireEditable(actor, brandId);
    BrandProfileForm clean = validate(form);
    UUID sameName = repository.findByKey(key(clean.name())).map(r -> r[0]).orElse(null);
    // a name that folds as the brand's own does; never another brand's name as written (two brands whose
    // names came to fold alike, BrandNameKeys, each keep theirs)
    boolean asBefore = repository.displayName(brandId).map(n -> key(n).equals(key(clean.name()))).orElse(false);
    UUID written = repository.findByName(clean.name()).map(r -> r[0]).orElse(null);
    if (!brandId.equals(sameName) && !asBefore || written != null && !written.equals(brandId)) {
      throw new InvalidRequestException("name", "a brand keeps its name; register a new brand for a new name");
    }
    return propose(actor, brandId, clean);
  }

  @Transactional
  public BrandRevision decide(Actor staff, UUID brandId, int revision, @Nullable String decision,
      @Nullable String reason) {
    staff.requireStaff();
    var c = new Check();
    if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
      c.add("decision", "one of APPROVE, REJECT");
    }
    String why = c.text("reason", reason, 2000);
    c.done();
    BrandRevision r = repository.revision(brandId, revision)
        .orElseThrow(() -> new NotFoundException("brand revision", brandId + "/" + revision));
    String status = "APPROVE".equals(decision) ? "APPROVED" : "REJECTED";
    if (!repository.decide(r.id(), status, staff.label(), why, clock.instant())) {
      throw new ConflictException("revision " + revision + " was already " + r.status());
    }
    if ("APPROVED".equals(status) && r.claimedFor() != null) {
      if (!repository.setOwner(brandId, r.claimedFor())) {
        throw new ConflictException("the brand has an owner already; this claim cannot be approved");
      }
      audit.record(staff, "brand.claim_approved", "brand", brandId, Map.of("owner", r.claimedFor().toString()));
    }
    audit.record(staff, "brand.revision_" + status.toLowerCase(), "brand", brandId,
        Map.of("revision", revision, "reason", why));
    if ("APPROVED".equals(status)) {
      events.publishEvent(new BrandsChanged(brandId, revision));
    }
    return repository.revision(brandId, revision).orElseThrow();
  }

  /**
   * The revisions of a brand the actor may see: staff see every one; its owner and the owner's
   * agents see the brand's approved history and their own proposals, not another rights holder's
   * claim that was not approved (who claimed it, and why the claim was refused, are that claimant's
   * business).
   */
  public List<BrandRevision> revisions(Actor actor, UUID brandId) {
    java.util.Set<UUID> mine = requireEditable(actor, brandId);
    List<BrandRevision> all = repository.revisions(brandId);
    return mine == null ? all : all.stream()
        .filter(r -> r.claimedFor() == null || "APPROVED".equals(r.status()) || mine.contains(r.claimedFor()))
        .toList();
  }

  /**
   * The rights holder a revision would make the brand's owner's: the claimant of a claim, else the
   * brand's owner; empty for a brand nobody owns (staff only).
   */
  public Optional<UUID> backer(Actor staff, BrandRevision r) {
    staff.requireStaff();
    return r.claimedFor() != null ? Optional.of(r.claimedFor()) : repository.owner(r.brandId());
  }

  public List<BrandRevision> pending(Actor staff, int limit) {
    staff.requireStaff();
    return repository.pending(Math.clamp(limit, 1, 500));
  }

  /** The latest approved profile of every brand, as screening takes them; a brand with no owner is unclaimed. */
  public List<BrandProfile> activeProfiles() {
    return activeById().values().stream().map(Active::profile).toList();
  }

  /** A brand's profile as screening takes it, and the revision it comes from. */
  public record Active(BrandProfile profile, int revision) {}

  /** {@link #activeProfiles()} by brand id, with their revisions. */
  public Map<UUID, Active> activeById() {
    var out = new java.util.LinkedHashMap<UUID, Active>();
    Set<UUID> unowned = repository.unowned();
    for (BrandRevision r : repository.active()) {
      out.put(r.brandId(), new Active(screeningProfile(r.profile(), !unowned.contains(r.brandId())), r.revision()));
    }
    return out;
  }

  /** One brand's latest approved profile as screening takes it, if one is approved. */
  public Optional<Active> active(UUID brandId) {
    boolean owned = repository.owner(brandId).isPresent();
    return repository.activeOf(brandId).map(r -> new Active(screeningProfile(r.profile(), owned), r.revision()));
  }

  /** A brand's revision approved at {@code decidedAt}. */
  public record Approved(UUID brandId, int revision, java.time.Instant decidedAt) {}

  /** Revisions approved at or after {@code since}. */
  public List<Approved> approvedSince(java.time.Instant since) {
    return repository.approvedSince(since);
  }

  /** When the latest approval was, if there was one. */
  public Optional<java.time.Instant> lastApproval() {
    return repository.lastApproval();
  }

  /**
   * The profile screening reads, of a profile {@link #validate validated} as the API validates it;
   * {@code claimed} when a rights holder stands behind it.
   */
  public static BrandProfile screeningProfile(BrandProfileForm f, boolean claimed) {
    Thresholds t = f.thresholds() == null ? null : new Thresholds(f.thresholds().refer(), f.thresholds().block());
    return new BrandProfile(f.name(), f.aliases(), f.keywords(), Set.copyOf(f.authorizedSellers()), f.priceFloors(),
        t, claimed, f.authorizedStores() == null ? Set.of() : Set.copyOf(f.authorizedStores()), f.priceFloorCurrency(),
        Boolean.TRUE.equals(f.ordinaryWord()));
  }

  private Proposed propose(Actor actor, UUID brandId, BrandProfileForm clean) {
    repository.insertRevision(brandId, clean, actor.label(), clock.instant());
    int revision = repository.revisions(brandId).getLast().revision();
    audit.record(actor, "brand.revision_proposed", "brand", brandId, Map.of("revision", revision, "name", clean.name()));
    return new Proposed(brandId, revision, "PENDING");
  }

  private @Nullable UUID ownerFor(Actor actor, @Nullable UUID ownerId) {
    if (actor.isStaff()) {
      if (ownerId != null && rightsHolders.byId(ownerId).isEmpty()) {
        throw new InvalidRequestException("ownerId", "no rights holder " + ownerId);
      }
      return ownerId;
    }
    UUID self = actor.requireRightsHolder();
    UUID owner = ownerId == null ? self : ownerId;
    if (!rightsHolders.actsFor(self).contains(owner)) {
      throw new InvalidRequestException("ownerId", "you do not act for rights holder " + owner);
    }
    return owner;
  }

  /**
   * A 404 unless the brand exists and the actor is staff or acts for its owner; returns the rights
   * holders the actor acts for (null for staff).
   */
  private java.util.@Nullable Set<UUID> requireEditable(Actor actor, UUID brandId) {
    if (!repository.exists(brandId)) {
      throw new NotFoundException("brand", brandId);
    }
    if (actor.isStaff()) {
      return null;
    }
    UUID owner = repository.owner(brandId).orElse(null);
    java.util.Set<UUID> mine = actor.role() == Role.RIGHTS_HOLDER ? rightsHolders.actsFor(actor.rightsHolderId()) : null;
    if (mine == null || owner == null || !mine.contains(owner)) {
      throw new NotFoundException("brand", brandId);
    }
    return mine;
  }

  private static String key(String name) {
    return nameKey(name);
  }

  /** A brand's name as screening folds it: the key by which the same brand is not registered twice. */
  public static String nameKey(String name) {
    return TextNormalizer.standard().normalize(name).text().strip();
  }

  private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]{0,99}");

  /**
   * The text of an uploaded dictionary: UTF-8, with the byte-order mark that spreadsheets write
   * ("CSV UTF-8") left out; a file in another encoding is refused (its names would otherwise be
   * imported with replacement chars in them, and screened so).
   */
  public static java.io.Reader csvText(java.io.InputStream in) throws java.io.IOException {
    byte[] bytes = in.readAllBytes();
    int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
        ? 3 : 0;
    try {
      return new java.io.StringReader(java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes, from, bytes.length - from)).toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidRequestException("file", "not UTF-8 text: save the file as CSV UTF-8");
    }
  }

  /** How many reference images a brand's profile may name. */
  static final int MAX_REFERENCE_IMAGES = 50;

  /**
   * Checks every field at once and returns the profile with empty lists instead of nulls; the
   * command line's {@code screen} checks its brands file with the same rules.
   */
  public static BrandProfileForm validate(BrandProfileForm f) {
    var c = new Check();
    String name = c.text("name", f.name(), 200);
    List<String> aliases = texts(c, "aliases", f.aliases(), 200);
    List<String> keywords = texts(c, "keywords", f.keywords(), 1000);
    // a name, an alias or a keyword is one line of words: the portal's fields and the matcher
    // read it so (a line break would split an alias in two on the next edit)
    oneLine(c, "name", name);
    List<String> sellers = refs(c, "authorizedSellers", f.authorizedSellers(), "<marketplace>:<sellerId>");
    List<String> stores = refs(c, "authorizedStores", f.authorizedStores(), "<marketplace>:<storeId>");
    Map<String, Double> floors = f.priceFloors() == null ? Map.of() : f.priceFloors();
    var cleanFloors = new LinkedHashMap<String, Double>();
    var seen = new java.util.HashMap<String, String>(); // categories compare without case or spaces around
    floors.forEach((category, floor) -> {
      if (category == null || category.isBlank() || category.length() > 200
          || category.chars().anyMatch(Character::isISOControl)) {
        c.add("priceFloors", "categories of 1-200 characters, without control characters");
      } else if (floor == null || !(floor > 0) || floor > 1e12) {
        c.add("priceFloors." + category, "a positive price");
      } else if (seen.putIfAbsent(BrandProfile.category(category), category) != null) {
        c.add("priceFloors." + category, "the same category as " + seen.get(BrandProfile.category(category))
            + " (case and spaces around do not count)");
      } else {
        cleanFloors.put(category.strip(), floor);
      }
    });
    String floorCurrency = f.priceFloorCurrency() == null || f.priceFloorCurrency().isBlank() ? null
        : f.priceFloorCurrency().strip().toUpperCase(java.util.Locale.ROOT);
    if (floorCurrency != null) {
      try {
        java.util.Currency.getInstance(floorCurrency);
      } catch (IllegalArgumentException e) {
        c.add("priceFloorCurrency", "an ISO 4217 code such as EUR");
      }
    }
    BrandProfileForm.Thresholds t = f.thresholds();
    if (t != null && (t.refer() == null || t.block() == null || !(t.refer() > 0 && t.refer() <= t.block() && t.block() <= 1))) {
      c.add("thresholds", "refer and block with 0 < refer <= block <= 1");
    }
    if (name != null && !TextNormalizer.hasLetterOrDigit(name)) {
      c.add("name", "has no letters or digits");
    }
    List<String> images = new ArrayList<>();
    List<String> givenImages = f.referenceImages() == null ? List.of() : f.referenceImages();
    if (givenImages.size() > MAX_REFERENCE_IMAGES) {
      c.add("referenceImages", "at most " + MAX_REFERENCE_IMAGES);
    } else {
      for (int i = 0; i < givenImages.size(); i++) {
        String given = givenImages.get(i);
        if (given == null || given.isBlank()) {
          c.add("referenceImages[" + i + "]", "must be an http(s) URL");
          continue;
        }
        String url = c.url("referenceImages[" + i + "]", given);
        if (url != null && !images.contains(url)) {
          images.add(url);
        }
      }
    }
    c.done();
    return new BrandProfileForm(name, aliases, keywords, sellers, cleanFloors, t, List.copyOf(images), stores,
        floorCurrency, Boolean.TRUE.equals(f.ordinaryWord()) ? Boolean.TRUE : null);
  }

  private static void oneLine(Check c, String field, @Nullable String value) {
    if (value != null && value.chars().anyMatch(ch -> ch == '\n' || ch == '\r' || ch == '\t')) {
      c.add(field, "one line, without tabs");
    }
  }

  /** Authorised sellers or stores, each {@code <marketplace>:<id>}, at most 10,000. */
  private static List<String> refs(Check c, String field, @Nullable List<String> values, String shape) {
    List<String> in = values == null ? List.of() : values;
    if (in.size() > 10_000) {
      c.add(field, "at most 10000");
      return List.of();
    }
    for (int i = 0; i < in.size(); i++) {
      if (in.get(i) == null || !SELLER_REF.matcher(in.get(i)).matches()) {
        c.add(field + "[" + i + "]", shape);
      }
    }
    return in.stream().filter(java.util.Objects::nonNull).toList();
  }

  private static List<String> texts(Check c, String field, @Nullable List<String> values, int max) {
    List<String> out = new ArrayList<>();
    List<String> in = values == null ? List.of() : values;
    if (in.size() > max) {
      c.add(field, "at most " + max);
      return out;
    }
    for (int i = 0; i < in.size(); i++) {
      String v = c.text(field + "[" + i + "]", in.get(i), 200);
      if (v != null) {
        oneLine(c, field + "[" + i + "]", v);
        if (!TextNormalizer.hasLetterOrDigit(v)) {
          c.add(field + "[" + i + "]", "has no letters or digits");
        }
        out.add(v);
      }
    }
    return out;
  }
}
