package com.steward.bench;

import com.steward.bench.LinkageQuality.Truthful;
import com.steward.core.linkage.Attribute;
import com.steward.core.linkage.PersonRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seller accounts for linkage at scale, with their truth: people with a given name, surname,
 * birth date, address (number, street, sometimes a unit), suburb, postcode, state, usually an
 * e-mail and a phone, and sometimes a document number, payment account and device. About a fifth
 * of the people hold more than one account; each further account is a copy corrupted the way
 * Febrl corrupts its duplicates (letters swapped, dropped, inserted or replaced; nicknames; given
 * name and surname swapped; missing values; birth date typos; a new e-mail or phone; a move).
 * One account in a thousand starts a dummy-storefront ring: three to eight accounts with unrelated
 * names, birth dates and addresses that share one payment account, device or phone; the ring is
 * one entity in the truth.
 *
 * <p>Names are drawn with a long-tailed frequency (weight {@code 1/(rank + c)}) from pools whose
 * head is the real names of the Febrl originals and whose tail is made of syllables, so that a
 * million accounts do not crowd into a few blocks: 6,000 given names, 50,000 surnames, 6,000
 * localities (Febrl suburbs first, postcode and state fixed per locality, a few postcodes shared)
 * and 4,000 street names. Accounts come out shuffled, so an account's copies are not next to it.
 * Entity names start with {@code person-} or {@code ring-}. Deterministic for a seed.
 */
final class SyntheticAccounts {

  private static final String[] ONSETS = {"b", "br", "c", "ch", "cl", "d", "dr", "f", "fr", "g", "gr", "h", "j", "k",
      "kr", "l", "m", "n", "p", "pr", "r", "s", "sh", "sl", "st", "t", "th", "tr", "v", "w", "y", "z"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "io", "ou", "y"};
  private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "th", "nd", "rt", "ck", "ll", "ss"};
  private static final String[] SURNAME_ENDS = {"", "", "", "son", "ton", "ley", "man", "er", "s", "well", "ford",
      "ski", "ez", "ini", "berg"};
  private static final String[] PLACE_ENDS = {"", " park", " heights", " hill", "ville", "field", "ton", " creek",
      " beach", " valley", " north", " south", " east", " west", "wood", " vale"};
  private static final String[] STREET_TYPES = {"street", "road", "avenue", "crescent", "place", "court", "drive",
      "lane", "circuit", "close", "parade", "way", "terrace"};
  private static final String[] UNITS = {"unit ", "flat ", "apartment ", "suite ", "level "};
  private static final String[] STATES = {"nsw", "nsw", "nsw", "vic", "vic", "vic", "qld", "qld", "wa", "sa", "tas",
      "act", "nt"};
  private static final String[] MAIL_DOMAINS = {"gmail.com", "gmail.com", "gmail.com", "gmail.com", "yahoo.com",
      "hotmail.com", "hotmail.com", "outlook.com", "icloud.com", "bigpond.com", "optusnet.com.au", "gmx.net",
      "mail.com", "proton.me", "live.com"};
  private static final String KEYBOARD = "qwertyuiopasdfghjklzxcvbnm";

  /** Full given names and the short forms people also sign up with. */
  private static final Map<String, List<String>> NICKNAMES = Map.ofEntries(
      Map.entry("william", List.of("bill", "will", "liam")), Map.entry("robert", List.of("bob", "rob", "robbie")),
      Map.entry("richard", List.of("rick", "richie")), Map.entry("elizabeth", List.of("liz", "beth", "eliza")),
      Map.entry("katherine", List.of("kate", "kathy")), Map.entry("catherine", List.of("cathy", "kate")),
      Map.entry("margaret", List.of("maggie", "meg")), Map.entry("james", List.of("jim", "jimmy", "jamie")),
      Map.entry("john", List.of("jack", "johnny")), Map.entry("michael", List.of("mike", "mick")),
      Map.entry("thomas", List.of("tom", "tommy")), Map.entry("christopher", List.of("chris")),
      Map.entry("jennifer", List.of("jen", "jenny")), Map.entry("patricia", List.of("pat", "trish")),
      Map.entry("alexander", List.of("alex", "xander")), Map.entry("benjamin", List.of("ben", "benji")),
      Map.entry("daniel", List.of("dan", "danny")), Map.entry("matthew", List.of("matt")),
      Map.entry("nicholas", List.of("nick", "nicky")), Map.entry("samuel", List.of("sam", "sammy")),
      Map.entry("joseph", List.of("joe", "joey")), Map.entry("anthony", List.of("tony")),
      Map.entry("edward", List.of("ed", "eddie", "ted")), Map.entry("charles", List.of("charlie", "chas")),
      Map.entry("andrew", List.of("andy", "drew")), Map.entry("stephen", List.of("steve")),
      Map.entry("jessica", List.of("jess", "jessie")), Map.entry("rebecca", List.of("becky", "bec")),
      Map.entry("victoria", List.of("vicky", "tori")), Map.entry("alexandra", List.of("alex", "sandra")),
      Map.entry("samantha", List.of("sam", "sammie")), Map.entry("christine", List.of("chris", "tina")),
      Map.entry("susan", List.of("sue", "susie")), Map.entry("deborah", List.of("deb", "debbie")),
      Map.entry("jacqueline", List.of("jackie")), Map.entry("joshua", List.of("josh")),
      Map.entry("nathan", List.of("nate")), Map.entry("timothy", List.of("tim", "timmy")),
      Map.entry("zachary", List.of("zach")), Map.entry("abigail", List.of("abby")),
      Map.entry("isabella", List.of("bella", "izzy")), Map.entry("gabriel", List.of("gabe")),
      Map.entry("madeleine", List.of("maddie")), Map.entry("jonathan", List.of("jon", "jono")),
      Map.entry("lachlan", List.of("lachie")), Map.entry("mitchell", List.of("mitch")),
      Map.entry("kimberley", List.of("kim")), Map.entry("jacob", List.of("jake")),
      Map.entry("frederick", List.of("fred", "freddie")), Map.entry("dominic", List.of("dom")));

  private record Locality(String suburb, String postcode, String state) {}

  /** A person's or a ring member's clear attributes, mutable while a copy is being corrupted. */
  private static final class Persona {
    final Map<Attribute, String> v = new EnumMap<>(Attribute.class);

    Persona copy() {
      Persona p = new Persona();
      p.v.putAll(v);
      return p;
    }
  }

  private final Random random;
  private final Pool givenNames;
  private final Pool surnames;
  private final Pool streets;
  private final List<Locality> localityList;
  private final Pool localities;
  private final List<String> addressTwo;
  private final Set<String> used = new HashSet<>();

  private SyntheticAccounts(long seed) {
    random = new Random(seed);
    List<Truthful> febrl = new ArrayList<>();
    for (String f : List.of("febrl/dataset4a.csv", "febrl/dataset1.csv", "febrl/dataset2.csv")) {
      // originals only: Febrl's duplicates carry typos
      LinkageQuality.febrl(f).stream().filter(t -> t.record().id().endsWith("-org")).forEach(febrl::add);
    }
    givenNames = new Pool(names(febrl, Attribute.GIVEN_NAME, 6_000, false), 5);
    surnames = new Pool(names(febrl, Attribute.SURNAME, 50_000, true), 10);
    List<String> streetNames = real(febrl, Attribute.ADDRESS_1);
    while (streetNames.size() < 4_000) {
      String s = syllables(2, false) + " " + pick(STREET_TYPES);
      if (!streetNames.contains(s)) {
        streetNames.add(s);
      }
    }
    streets = new Pool(streetNames, 50);
    addressTwo = real(febrl, Attribute.ADDRESS_2);
    List<String> suburbs = real(febrl, Attribute.SUBURB);
    Set<String> seen = new HashSet<>(suburbs);
    while (suburbs.size() < 6_000) {
      String s = syllables(1 + random.nextInt(2), false) + pick(PLACE_ENDS);
      if (seen.add(s)) {
        suburbs.add(s);
      }
    }
    localityList = new ArrayList<>();
    Set<String> postcodes = new HashSet<>();
    for (String suburb : suburbs) {
      String postcode;
      if (!localityList.isEmpty() && random.nextInt(10) == 0) {
        postcode = localityList.get(random.nextInt(localityList.size())).postcode(); // a shared postcode
      } else {
        do {
          postcode = Integer.toString(1000 + random.nextInt(9000));
        } while (!postcodes.add(postcode));
      }
      localityList.add(new Locality(suburb, postcode, pick(STATES)));
    }
    localities = new Pool(localityList.stream().map(Locality::suburb).toList(), 20);
  }

  /** {@code size} accounts, shuffled, with the entity each belongs to. */
  static List<Truthful> generate(int size, long seed) {
    return new SyntheticAccounts(seed).accounts(size);
  }

  /** Whether an entity of the truth is a dummy-storefront ring, not a person. */
  static boolean ring(String entity) {
    return entity.startsWith("ring-");
  }

  /** Whether an entity of the truth comes from this generator. */
  static boolean synthetic(String entity) {
    return entity.startsWith("person-") || ring(entity);
  }

  private List<Truthful> accounts(int size) {
    List<Truthful> out = new ArrayList<>(size);
    int people = 0;
    int rings = 0;
    while (out.size() < size) {
      if (random.nextInt(1000) == 0) {
        String entity = "ring-" + rings++;
        Attribute shared = random.nextInt(10) < 5 ? Attribute.PAYMENT_ACCOUNT
            : random.nextInt(5) < 3 ? Attribute.DEVICE : Attribute.PHONE;
        String value = switch (shared) {
          case PAYMENT_ACCOUNT -> paymentAccount();
          case DEVICE -> device();
          default -> phone();
        };
        int members = 3 + random.nextInt(6);
        for (int i = 0; i < members && out.size() < size; i++) {
          Persona p = person();
          p.v.put(shared, value);
          out.add(new Truthful(new PersonRecord("x", p.v), entity));
        }
        continue;
      }
      String entity = "person-" + people++;
      Persona p = person();
      out.add(new Truthful(new PersonRecord("x", p.v), entity));
      int r = random.nextInt(100);
      int copies = r < 78 ? 0 : r < 92 ? 1 : r < 97 ? 2 : r < 99 ? 3 : 4;
      for (int i = 0; i < copies && out.size() < size; i++) {
        out.add(new Truthful(new PersonRecord("x", corrupt(p.copy()).v), entity));
      }
    }
    Collections.shuffle(out, random);
    List<Truthful> named = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Truthful t = out.get(i);
      named.add(new Truthful(new PersonRecord(String.format(Locale.ROOT, "acct-%07d", i), t.record().values()),
          t.entity()));
    }
    return named;
  }

  private Persona person() {
    Persona p = new Persona();
    String given = givenNames.draw(random);
    String surname = surnames.draw(random);
    p.v.put(Attribute.GIVEN_NAME, given);
    p.v.put(Attribute.SURNAME, surname);
    LocalDate dob = LocalDate.of(1946, 1, 1).plusDays(random.nextInt(62 * 365));
    p.v.put(Attribute.DATE_OF_BIRTH, date(dob));
    address(p);
    if (random.nextInt(100) < 85) {
      p.v.put(Attribute.EMAIL, email(given, surname));
    }
    if (random.nextInt(100) < 75) {
      p.v.put(Attribute.PHONE, phone());
    }
    if (random.nextInt(100) < 30) {
      p.v.put(Attribute.DOCUMENT_NUMBER, unique(() -> (char) ('a' + random.nextInt(26))
          + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000))).toUpperCase(Locale.ROOT));
    }
    if (random.nextInt(100) < 40) {
      p.v.put(Attribute.PAYMENT_ACCOUNT, paymentAccount());
    }
    if (random.nextInt(100) < 30) {
      p.v.put(Attribute.DEVICE, device());
    }
    return p;
  }

  private void address(Persona p) {
    Locality l = localityList.get(localities.drawIndex(random));
    p.v.put(Attribute.STREET_NUMBER, Integer.toString(1 + random.nextInt(random.nextInt(10) == 0 ? 2000 : 120)));
    p.v.put(Attribute.ADDRESS_1, streets.draw(random));
    if (random.nextInt(5) == 0) {
      p.v.put(Attribute.ADDRESS_2, random.nextBoolean() ? pick(addressTwo) : pick(UNITS) + (1 + random.nextInt(40)));
    } else {
      p.v.remove(Attribute.ADDRESS_2);
    }
    p.v.put(Attribute.SUBURB, l.suburb());
    p.v.put(Attribute.POSTCODE, l.postcode());
    p.v.put(Attribute.STATE, l.state());
  }

  /** One to three changes, as Febrl makes its duplicates, plus the ways sellers open another account. */
  private Persona corrupt(Persona p) {
    int changes = 1 + random.nextInt(3);
    for (int i = 0; i < changes; i++) {
      switch (random.nextInt(14)) {
        case 0, 1 -> typo(p, Attribute.GIVEN_NAME);
        case 2, 3 -> typo(p, Attribute.SURNAME);
        case 4 -> {
          List<String> nick = NICKNAMES.get(p.v.getOrDefault(Attribute.GIVEN_NAME, ""));
          if (nick != null) {
            p.v.put(Attribute.GIVEN_NAME, nick.get(random.nextInt(nick.size())));
          } else {
            typo(p, Attribute.GIVEN_NAME);
          }
        }
        case 5 -> {
          String g = p.v.get(Attribute.GIVEN_NAME);
          String s = p.v.get(Attribute.SURNAME);
          if (g != null && s != null) {
            p.v.put(Attribute.GIVEN_NAME, s);
            p.v.put(Attribute.SURNAME, g);
          }
        }
        case 6 -> typo(p, random.nextBoolean() ? Attribute.ADDRESS_1 : Attribute.SUBURB);
        case 7 -> p.v.remove(pick(new Attribute[] {Attribute.EMAIL, Attribute.PHONE, Attribute.ADDRESS_1,
            Attribute.ADDRESS_2, Attribute.STREET_NUMBER, Attribute.DATE_OF_BIRTH, Attribute.POSTCODE,
            Attribute.SUBURB, Attribute.GIVEN_NAME}));
        case 8 -> p.v.put(Attribute.EMAIL, email(p.v.getOrDefault(Attribute.GIVEN_NAME, "shop"),
            p.v.getOrDefault(Attribute.SURNAME, "seller")));
        case 9 -> p.v.put(Attribute.PHONE, phone());
        case 10 -> dateTypo(p);
        case 11 -> address(p);
        case 12 -> typo(p, Attribute.POSTCODE);
        default -> p.v.put(Attribute.GIVEN_NAME, p.v.getOrDefault(Attribute.GIVEN_NAME, "").toUpperCase(Locale.ROOT));
      }
    }
    // a new account does not always carry the same documents, payment account and device
    for (Attribute a : new Attribute[] {Attribute.DOCUMENT_NUMBER, Attribute.PAYMENT_ACCOUNT, Attribute.DEVICE}) {
      if (random.nextBoolean()) {
        p.v.remove(a);
      }
    }
    String dob = p.v.get(Attribute.DATE_OF_BIRTH);
    if (dob != null && dob.length() == 10 && random.nextInt(4) == 0) {
      p.v.put(Attribute.DATE_OF_BIRTH, dob.replace("-", "")); // written another way, same date
    }
    return p;
  }

  /** A letter swapped with the next, dropped, doubled or replaced by a neighbour on the keyboard. */
  private void typo(Persona p, Attribute a) {
    String s = p.v.get(a);
    if (s == null || s.length() < 3) {
      return;
    }
    int at = 1 + random.nextInt(s.length() - 2);
    String t = switch (random.nextInt(4)) {
      case 0 -> s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2);
      case 1 -> s.substring(0, at) + s.substring(at + 1);
      case 2 -> s.substring(0, at) + s.charAt(at) + s.substring(at);
      default -> s.substring(0, at) + neighbour(s.charAt(at)) + s.substring(at + 1);
    };
    p.v.put(a, t);
  }

  private char neighbour(char c) {
    int i = KEYBOARD.indexOf(c);
    if (i < 0) {
      return c;
    }
    return KEYBOARD.charAt(i == 0 ? 1 : i == KEYBOARD.length() - 1 ? i - 1 : i + (random.nextBoolean() ? 1 : -1));
  }

  private void dateTypo(Persona p) {
    String d = p.v.get(Attribute.DATE_OF_BIRTH);
    if (d == null) {
      return;
    }
    String digits = d.replace("-", "").replace("/", "");
    LocalDate date;
    if (d.contains("/")) {
      String[] dmy = d.split("/");
      date = LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0]));
    } else {
      date = LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6)));
    }
    LocalDate typo = random.nextBoolean() && date.getDayOfMonth() <= 12
        ? LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue())
        : date.plusDays(random.nextBoolean() ? 1 + random.nextInt(9) : -1 - random.nextInt(9));
    p.v.put(Attribute.DATE_OF_BIRTH, date(typo));
  }

  private String date(LocalDate d) {
    int r = random.nextInt(10);
    return r < 6 ? d.toString()
        : r < 9 ? String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth())
        : d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
  }

  private String email(String given, String surname) {
    String g = given.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    String s = surname.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    String domain = pick(MAIL_DOMAINS);
    String local = switch (random.nextInt(5)) {
      case 0 -> g + "." + s;
      case 1 -> g + "_" + s;
      case 2 -> (g.isEmpty() ? "x" : g.substring(0, 1)) + s;
      case 3 -> s + (g.isEmpty() ? "" : g.substring(0, 1));
      default -> g + s.length() + (random.nextBoolean() ? "shop" : "store");
    };
    String first = local + (random.nextInt(3) == 0 ? Integer.toString(random.nextInt(100)) : "") + "@" + domain;
    if (used.add(first)) {
      return first;
    }
    return unique(() -> local + random.nextInt(10_000) + "@" + domain);
  }

  private String phone() {
    String digits = unique(() -> "04" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)));
    return switch (random.nextInt(3)) {
      case 0 -> digits;
      case 1 -> digits.substring(0, 4) + " " + digits.substring(4, 7) + " " + digits.substring(7);
      default -> digits.substring(0, 4) + "-" + digits.substring(4, 7) + "-" + digits.substring(7);
    };
  }

  private String paymentAccount() {
    return unique(() -> "AU" + String.format(Locale.ROOT, "%02d%09d%09d", random.nextInt(100),
        random.nextInt(1_000_000_000), random.nextInt(1_000_000_000)));
  }

  private String device() {
    return unique(() -> String.format(Locale.ROOT, "%016x", random.nextLong()));
  }

  private String unique(java.util.function.Supplier<String> next) {
    while (true) {
      String s = next.get();
      if (used.add(s)) {
        return s;
      }
    }
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private String syllables(int count, boolean surname) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(pick(ONSETS)).append(pick(VOWELS)).append(pick(CODAS));
    }
    if (surname) {
      b.append(pick(SURNAME_ENDS));
    }
    return b.toString();
  }

  /** The real values first, in a random order, then made-up ones up to {@code size}. */
  private List<String> names(List<Truthful> febrl, Attribute a, int size, boolean surname) {
    List<String> out = real(febrl, a);
    Set<String> seen = new HashSet<>(out);
    while (out.size() < size) {
      String s = syllables(surname ? 1 + random.nextInt(2) : 2, surname);
      if (s.length() >= 3 && seen.add(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private List<String> real(List<Truthful> febrl, Attribute a) {
    Set<String> values = new LinkedHashSet<>();
    for (Truthful t : febrl) {
      String v = t.record().get(a);
      if (v.length() >= 2) {
        values.add(v);
      }
    }
    List<String> out = new ArrayList<>(values);
    Collections.shuffle(out, random);
    return out;
  }

  /** Values drawn with weight {@code 1/(rank + offset)}: a long tail, the head not too heavy. */
  private static final class Pool {
    private final List<String> values;
    private final double[] cumulative;

    Pool(List<String> values, int offset) {
      this.values = List.copyOf(values);
      this.cumulative = new double[values.size()];
      double sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum += 1.0 / (i + 1 + offset);
        cumulative[i] = sum;
      }
    }

    int drawIndex(Random random) {
      double x = random.nextDouble() * cumulative[cumulative.length - 1];
      int i = java.util.Arrays.binarySearch(cumulative, x);
      return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
    }

    String draw(Random random) {
      return values.get(drawIndex(random));
    }
  }
}
