package com.steward.demo;

import com.steward.listings.ListingStatus;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.notices.NoticeItem;
import com.steward.notices.NoticeProcess;
import com.steward.notices.NoticeReason;
import com.steward.notices.Notices;
import com.steward.platform.config.StewardProperties;
import com.steward.platform.security.Actor;
import com.steward.platform.security.ApiKeyService;
import com.steward.platform.security.Role;
import com.steward.platform.security.UserAccounts;
import com.steward.rightsholders.IpRight;
import com.steward.rightsholders.IpRightType;
import com.steward.rightsholders.RightsHolder;
import com.steward.rightsholders.RightsHolders;
import com.steward.sellers.Seller;
import com.steward.sellers.Identity;
import com.steward.sellers.Sellers;
import com.steward.brands.BrandProfileForm;
import com.steward.brands.Brands;
import com.steward.platform.scheduling.Deadlines;
import com.steward.screening.Screening;
import com.steward.platform.time.ShiftableClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ./steward demo}: two marketplaces, brands with verified trademarks, an agent, sellers,
 * listings, and a month of notices played through the same services as real traffic, so that
 * every state of the process is there, including those that only a passing deadline reaches.
 * Runs once per data folder; prints the logins every time.
 */
@Component
class DemoData {

  static final String PASSWORD = "steward-demo";

  private final StewardProperties props;
  private final Marketplaces marketplaces;
  private final Sellers sellers;
  private final Listings listings;
  private final RightsHolders rightsHolders;
  private final Notices notices;
  private final NoticeProcess process;
  private final UserAccounts users;
  private final ApiKeyService keys;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Deadlines deadlines;
  private final Brands brands;
  private final Screening screening;
  private final com.steward.linkage.Clusters clusters;
  private final com.steward.ratings.Ratings ratings;
  private final String brandsFile;

  DemoData(StewardProperties props, Marketplaces marketplaces, Sellers sellers, Listings listings,
      RightsHolders rightsHolders, Notices notices, NoticeProcess process, UserAccounts users, ApiKeyService keys,
      TransactionTemplate tx, Clock clock, Deadlines deadlines, Brands brands, Screening screening,
      com.steward.linkage.Clusters clusters, com.steward.ratings.Ratings ratings,
      @org.springframework.beans.factory.annotation.Value("${steward.demo-brands:../shared/data/brands_nsi/nsi_brands.csv}")
      String brandsFile) {
    this.brandsFile = brandsFile;
    this.props = props;
    this.marketplaces = marketplaces;
    this.sellers = sellers;
    this.listings = listings;
    this.rightsHolders = rightsHolders;
    this.notices = notices;
    this.process = process;
    this.users = users;
    this.keys = keys;
    this.tx = tx;
    this.clock = clock;
    this.deadlines = deadlines;
    this.brands = brands;
    this.screening = screening;
    this.clusters = clusters;
    this.ratings = ratings;
  }

  @EventListener(ApplicationReadyEvent.class)
  void load(ApplicationReadyEvent event) throws InterruptedException {
    if (!props.demo()) {
      return;
    }
    if (marketplaces.byCode("bazaar").isEmpty()) {
      tx.executeWithoutResult(s -> populate());
      catchUp();
    }
    String adminKey = "demo_" + UUID.randomUUID().toString().replace("-", "");
    keys.ensureAdminKey(adminKey);
    String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
    System.out.println("""

        Steward demo is running at http://localhost:%s  (password for every login: %s)
          analyst console   analyst
          admin             admin
          rights holders    northwind (Northwind Apparel), fabrikam (Fabrikam Brand Protection, an agent)
          sellers           seller-ana (bazaar), seller-bo (bazaar), seller-cy (tradehub),
                            seller-dee (bazaar: one of three banned storefronts of one person)
          admin API key     %s   (valid while this data folder lives)
          API document      http://localhost:%s/v3/api-docs
        """.formatted(port, PASSWORD, adminKey, port));
  }

  /**
   * Moves the demo's clock {@code days} before the present. The sellers whose penalties changed on
   * the day that ends are rated first, on that day: the month is played in one transaction, and a
   * rating belongs to the day of its event, not to the moment the queue would rate it after commit.
   */
  private void daysAgo(int days) {
    if (org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
      ratings.rateDueInThisTransaction();
    }
    if (clock instanceof ShiftableClock shiftable) {
      shiftable.setOffset(Duration.ofDays(-days));
    }
  }

  /** Back to the present: the deadlines that fell due during the demo's month run now. */
  private void catchUp() throws InterruptedException {
    daysAgo(0);
    deadlines.runDue(clock.instant(), Duration.ofSeconds(10));
  }

  /** A month of a small marketplace's notice-and-takedown, played through the real services. */
  private void populate() {
    daysAgo(35);
    Actor system = Actor.system("demo");
    Actor analyst = new Actor(Role.ANALYST, "analyst", null, null, null);
    Marketplace bazaar = marketplaces.put(system, "bazaar", "Bazaar (C2C)", "C2C", null, null).marketplace();
    Marketplace tradehub = marketplaces.put(system, "tradehub", "TradeHub (B2B)", "B2B", null, null).marketplace();
    Seller ana = seller(system, bazaar, "ana", "Ana's Closet", "PRIVATE");
    Seller bo = seller(system, bazaar, "bo", "Bo Sports Outlet", "BUSINESS");
    Seller cy = seller(system, tradehub, "cy", "Cy Wholesale Ltd", "BUSINESS");

    RightsHolder northwind = holder(system, "Northwind Apparel", "OWNER");
    RightsHolder contoso = holder(system, "Contoso Toys", "OWNER");
    RightsHolder fabrikam = holder(system, "Fabrikam Brand Protection", "AGENT");
    rightsHolders.addPrincipal(analyst, fabrikam.id(), contoso.id(), "Power of attorney of 2026-01-15", null);
    IpRight northwindMark = right(analyst, northwind, "NORTHWIND", IpRightType.TRADEMARK, true);
    IpRight contosoMark = right(analyst, contoso, "CONTOSO", IpRightType.TRADEMARK, true);
    right(analyst, northwind, "Northwind wave logo", IpRightType.DESIGN, false);

    String[][] items = {
      {"ana", "Northwind Trail jacket, worn twice", "Northwind", "outdoor", "60.00"},
      {"ana", "NORTHWIND 1:1 replica hiking boots", "Northwind", "shoes", "19.99"},
      {"bo", "Northwind running shorts, new with tags", "Northwind", "sportswear", "35.00"},
      {"bo", "Nortwind style windbreaker AAA quality", "", "outdoor", "12.50"},
      {"bo", "Northwind fleece, mirror quality", "Northwind", "outdoor", "15.00"},
      {"ana", "Northwind beanie (gift, unused)", "Northwind", "accessories", "18.00"},
      {"bo", "Contoso building blocks 1000 pcs", "Contoso", "toys", "9.90"},
      {"ana", "Vintage Contoso robot, boxed", "Contoso", "toys", "75.00"},
      {"bo", "Northwind trail socks 10-pack, factory surplus", "Northwind", "sportswear", "7.00"},
      {"ana", "Northwind down vest, original packaging", "Northwind", "outdoor", "29.00"},
      {"bo", "Northwind cap, top replica", "Northwind", "accessories", "4.99"},
    };
    List<String> bz = new ArrayList<>();
    for (int i = 0; i < items.length; i++) {
      bz.add(listing(system, bazaar, items[i][0].equals("ana") ? ana : bo, "bz-" + (1001 + i), items[i]));
    }
    String hub = listing(system, tradehub, cy, "th-5001",
        new String[] {"cy", "Contoso plush bear, carton of 200", "Contoso", "toys", "300.00"});

    Actor nw = new Actor(Role.RIGHTS_HOLDER, "northwind", northwind.id(), null, null);
    Actor fab = new Actor(Role.RIGHTS_HOLDER, "fabrikam", fabrikam.id(), null, null);
    Actor anaUser = new Actor(Role.SELLER, "seller-ana", null, ana.id(), bazaar.id());
    Actor boUser = new Actor(Role.SELLER, "seller-bo", null, bo.id(), bazaar.id());
    var invoice = List.of(new NoticeProcess.Evidence("Invoice 2026-0113", "https://files.example/bo/invoice-0113.pdf"));

    daysAgo(30); // rejected: a second-hand sale of a genuine product
    NoticeItem rejected = file(nw, northwindMark, NoticeReason.TRADEMARK_MISUSE, "bazaar", bz.get(0));
    process.review(analyst, rejected.noticeId(), rejected.id(), "REJECT",
        "Second-hand sale of a genuine product: the trademark right is exhausted.");

    daysAgo(28); // taken down, no counter-notice: final when the window ends
    NoticeItem quiet = file(nw, northwindMark, NoticeReason.COUNTERFEIT, "bazaar", bz.get(1));
    process.review(analyst, quiet.noticeId(), quiet.id(), "ACCEPT", "Title offers a \"1:1 replica\" at a fifth of retail.");

    daysAgo(26); // counter-noticed, the rights holder never answers: restored when its window ends
    NoticeItem unanswered = file(nw, northwindMark, NoticeReason.COUNTERFEIT, "bazaar", bz.get(2));
    process.review(analyst, unanswered.noticeId(), unanswered.id(), "ACCEPT", "Price and photos match known fakes.");
    daysAgo(25);
    process.counterNotice(boUser, unanswered.noticeId(), unanswered.id(),
        "Bought from Northwind's authorised distributor in Lyon; invoice attached.", invoice, true);

    daysAgo(20); // counter-noticed, upheld with a court filing
    NoticeItem upheld = file(nw, northwindMark, NoticeReason.COUNTERFEIT, "bazaar", bz.get(3));
    process.review(analyst, upheld.noticeId(), upheld.id(), "ACCEPT", "Misspelt brand with an \"AAA quality\" claim.");
    daysAgo(19);
    process.counterNotice(boUser, upheld.noticeId(), upheld.id(),
        "The word is Nortwind, not Northwind; it is my own label.", List.of(), true);
    daysAgo(15);
    process.respond(nw, upheld.noticeId(), upheld.id(), "UPHOLD_WITH_EVIDENCE",
        "We filed an infringement action at the Paris court.",
        List.of(new NoticeProcess.Evidence("Writ of summons", "https://files.example/northwind/writ.pdf")));

    daysAgo(12); // counter-noticed, withdrawn by the rights holder: restored at once
    NoticeItem withdrawn = file(nw, northwindMark, NoticeReason.COUNTERFEIT, "bazaar", bz.get(5));
    process.review(analyst, withdrawn.noticeId(), withdrawn.id(), "ACCEPT", "Looks like a known counterfeit beanie.");
    daysAgo(11);
    process.counterNotice(anaUser, withdrawn.noticeId(), withdrawn.id(),
        "It was a gift bought in the Northwind flagship store; receipt attached.",
        List.of(new NoticeProcess.Evidence("Store receipt", "https://files.example/ana/receipt.jpg")), true);
    daysAgo(10);
    process.respond(nw, withdrawn.noticeId(), withdrawn.id(), "WITHDRAW", "The receipt is genuine; our mistake.",
        List.of());

    daysAgo(4); // counter-noticed, the rights holder's window still open
    NoticeItem disputed = file(nw, northwindMark, NoticeReason.COUNTERFEIT, "bazaar", bz.get(8));
    process.review(analyst, disputed.noticeId(), disputed.id(), "ACCEPT", "Surplus claim, price far below cost.");
    daysAgo(3);
    process.counterNotice(boUser, disputed.noticeId(), disputed.id(),
        "Factory surplus sold with the factory's written permission.", invoice, true);

    daysAgo(2); // an agent's notice for its principal, taken down, the seller's window open
    NoticeItem agentDown = file(fab, contosoMark, NoticeReason.COUNTERFEIT, "bazaar", bz.get(6));
    process.review(analyst, agentDown.noticeId(), agentDown.id(), "ACCEPT", "1000 pieces at 9.90 is not a real price.");
    NoticeItem down = file(nw, northwindMark, NoticeReason.COUNTERFEIT, "bazaar", bz.get(10));
    process.review(analyst, down.noticeId(), down.id(), "ACCEPT", "\"Top replica\" in the title.");

    daysAgo(0); // waiting for review
    file(nw, northwindMark, NoticeReason.COUNTERFEIT, "bazaar", bz.get(4));
    file(fab, contosoMark, NoticeReason.COUNTERFEIT, "tradehub", hub);

    screenNewListings(analyst, nw, fab, contoso, bazaar, ana, bo, system);
    Seller dee = sellerRing(system, analyst, bazaar);

    users.save("admin", PASSWORD, new Actor(Role.ADMIN, "admin", null, null, null));
    users.save("analyst", PASSWORD, analyst);
    users.save("northwind", PASSWORD, nw);
    users.save("fabrikam", PASSWORD, fab);
    users.save("seller-ana", PASSWORD, anaUser);
    users.save("seller-bo", PASSWORD, boUser);
    users.save("seller-cy", PASSWORD, new Actor(Role.SELLER, "seller-cy", null, cy.id(), tradehub.id()));
    users.save("seller-dee", PASSWORD, new Actor(Role.SELLER, "seller-dee", null, dee.id(), bazaar.id()));
  }

  /**
   * The brands enter the knowledge base and are approved; the listings pushed after that are
   * screened as they arrive: two blocked, one referred, one nominative use allowed.
   */
  private void screenNewListings(Actor analyst, Actor nw, Actor fab, RightsHolder contoso, Marketplace bazaar,
      Seller ana, Seller bo, Actor system) {
    importBrandDictionary(system);
    var northwind = brands.create(nw, null, new BrandProfileForm("Northwind", List.of("NORTHWIND", "北风"),
        List.of("trail runner"), List.of("bazaar:store-official"), java.util.Map.of("outdoor", 40.0, "shoes", 50.0),
        null));
    brands.decide(analyst, northwind.brandId(), northwind.revision(), "APPROVE", "Trademark verified; profile checked");
    var contosoBrand = brands.create(fab, contoso.id(), new BrandProfileForm("Contoso", List.of("康托索"), List.of(),
        List.of(), java.util.Map.of("toys", 15.0), null));
    brands.decide(analyst, contosoBrand.brandId(), contosoBrand.revision(), "APPROVE", "Agent's mandate on file");
    screening.rebuild();
    listing(system, bazaar, bo, "bz-2001",
        new String[] {"bo", "Northwind style parka, mirror quality", "", "outdoor", "22.00"});
    listing(system, bazaar, bo, "bz-2002",
        new String[] {"bo", "Contoso robot kit AAA copy", "Contoso", "toys", "6.50"});
    listing(system, bazaar, ana, "bz-2003",
        new String[] {"ana", "Northwind rain jacket, new", "Northwind", "outdoor", "15.00"});
    listing(system, bazaar, ana, "bz-2004",
        new String[] {"ana", "Silicone strap for Northwind trail watch", "", "accessories", "8.00"});
  }

  /**
   * Dummy storefronts: three stores of one person under three names, linked at registration by a
   * shared bank account and phone, banned together by an analyst; the same person's fourth store,
   * opened with the same passport, refused at once; a look-alike on names alone held for review.
   */
  private Seller sellerRing(Actor system, Actor analyst, Marketplace bazaar) {
    daysAgo(0);
    String iban = "FR76 3000 6000 0112 3456 7890 189";
    Seller dee = ringStore(system, bazaar, "dee", "Dee's Deals", new Identity("Dominique", "Lefèvre", "1985-04-22",
        "12", "rue des Lilas", null, "Lyon", "69003", null, "dee.deals@example.fr", "+33 4 72 00 11 22", "14AB56789",
        iban, "dev-7f3a"));
    ringStore(system, bazaar, "ed", "Ed Outlet", new Identity("Edouard", "Lambert", "1979-09-02", "5",
        "avenue Jean Jaurès", null, "Villeurbanne", "69100", null, "ed.outlet@example.fr", "+33 4 72 00 11 22", null,
        null, null));
    ringStore(system, bazaar, "flo", "Flo Luxe Bags", new Identity("Florence", "Petit", "1990-01-15", "88",
        "cours Gambetta", null, "Lyon", "69007", null, "flo.luxe@example.fr", "+33 6 10 20 30 40", null,
        iban.replace(" ", ""), null));
    listing(system, bazaar, dee, "bz-3001", new String[] {"dee", "Leather tote bag, as new", "", "bags", "45.00"});
    listing(system, bazaar, sellers.get(bazaar, "flo"), "bz-3002",
        new String[] {"flo", "Designer style handbag, brown", "", "bags", "25.00"});
    UUID ring = clusters.clusterOf(dee.id()).orElseThrow();
    clusters.ban(analyst, bazaar, ring, "Three storefronts paid into one bank account and reachable on one phone sold "
        + "counterfeit Northwind bags after the first store's notices were upheld.");
    ringStore(system, bazaar, "gus", "Gus Bags Paradise", new Identity("Dominique", "Lefevre", "1985-04-22", "3",
        "place Bellecour", null, "Lyon", "69002", null, "gus.bags@example.fr", null, "14ab56789", null, null));
    ringStore(system, bazaar, "hal", "Hal Handbags", new Identity("Dominik", "Lefèbvre", "1985-04-22", "12",
        "rue des Lilas", null, "Lyon", "69003", null, "hal.handbags@example.fr", null, null, null, null));
    return dee;
  }

  private Seller ringStore(Actor by, Marketplace m, String id, String name, Identity identity) {
    return sellers.upsert(by, m, id, name, "PRIVATE", "FR", List.of(new Sellers.StoreInput("store-" + id, name)),
        identity).seller();
  }

  /**
   * A real dictionary to start with: the shop brands of the name-suggestion index, from the data
   * folder beside the project if it is there, otherwise the sample that ships with Steward.
   */
  private void importBrandDictionary(Actor system) {
    java.nio.file.Path file = java.nio.file.Path.of(brandsFile);
    try (java.io.Reader in = java.nio.file.Files.isReadable(file)
        ? java.nio.file.Files.newBufferedReader(file)
        : new java.io.InputStreamReader(
            java.util.Objects.requireNonNull(DemoData.class.getResourceAsStream("/demo/nsi-brands-sample.csv")),
            java.nio.charset.StandardCharsets.UTF_8)) {
      String source = java.nio.file.Files.isReadable(file) ? file.getFileName().toString() : "nsi-brands-sample.csv";
      var result = brands.importDictionary(system, in, source, List.of("shop/"));
      System.out.printf("Demo: %d brands imported from %s%n", result.imported(), source);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Seller seller(Actor by, Marketplace m, String id, String name, String type) {
    return sellers.upsert(by, m, id, name, type, "FR", List.of(new Sellers.StoreInput("store-" + id, name)))
        .seller();
  }

  private RightsHolder holder(Actor by, String name, String kind) {
    return rightsHolders.register(by, new RightsHolders.Registration(name, kind, "FR", "IP Counsel",
        "ip@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example"));
  }

  private IpRight right(Actor analyst, RightsHolder owner, String name, IpRightType type, boolean verify) {
    IpRight r = rightsHolders.addRight(Actor.system("demo"), owner.id(), new RightsHolders.NewRight(type, name,
        "0187" + Math.abs(name.hashCode() % 100000), "EUIPO", "EU", List.of("25", "28"), null, null,
        List.of(new IpRight.Evidence("Registration certificate", "https://euipo.example/" + name.replace(' ', '-')))));
    return verify ? rightsHolders.verifyRight(analyst, r.id(), "VERIFIED", "Checked against the EUIPO register") : r;
  }

  private String listing(Actor by, Marketplace m, Seller s, String id, String[] item) {
    listings.upsert(by, m, id, new Listings.ListingInput(s.externalId(), "store-" + s.externalId(), null, item[1],
        "Ships within two days.", item[2].isEmpty() ? null : item[2], item[3], new BigDecimal(item[4]), "EUR",
        List.of("https://img.example/" + id + ".jpg"), "FR", "Lyon", ListingStatus.ACTIVE));
    return id;
  }

  private NoticeItem file(Actor notifier, IpRight right, NoticeReason reason, String marketplace, String listingId) {
    Notices.Filed filed = notices.file(notifier, new Notices.NoticeRequest(right.id(), reason,
        "The listing uses our registered mark on goods we did not make or authorise.", true,
        List.of(new Notices.ItemRequest(marketplace, listingId))), "PORTAL");
    return filed.items().getFirst();
  }
}
