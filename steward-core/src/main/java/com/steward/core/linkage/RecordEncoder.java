package com.steward.core.linkage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns clear {@link PersonRecord}s into {@link EncodedRecord}s under a secret key: each value is
 * normalised ({@link PersonNormalizer}); exact-match attributes become a 64-bit HMAC-SHA256;
 * names and addresses become a {@value #BITS}-bit Bloom filter in which each padded character
 * bigram sets {@value #POSITIONS} positions derived from its HMAC. Blocking keys (birth date,
 * postcode, name prefixes, each strong identifier) are hashed the same way. Without the key the
 * encodings cannot be recomputed from guessed values.
 *
 * <p>An encoder remembers what it computed for values that repeat across accounts: the filter
 * words of each bigram, and the hashes of birth dates, postcodes, states, street numbers and the
 * blocking keys other than strong identifiers (at most {@value #CACHE_LIMIT} of each kind; never
 * e-mails, phones, documents, payment accounts or devices). They are kept in memory only, for
 * the encoder's life, in the process that holds those clear values to encode them anyway.
 *
 * <p>Not thread-safe: an encoder keeps working buffers and those caches, so use one encoder a
 * thread. {@link #encodeAll} encodes a batch on several threads, each with its own copy of the
 * encoder (and its own caches, dropped at the end of the batch).
 */
public final class RecordEncoder {

  static final int BITS = 1000;
  static final int POSITIONS = 20;

  private static final int WORDS = (BITS + 63) >>> 6;
  private static final Attribute[] ATTRIBUTES = Attribute.values();
  private static final byte[] BIGRAM = utf8("bigram");
  private static final byte[] BLOCK = utf8("block");
  /** Per ordinal: the domain of a hashed attribute's value, {@code attr:<label>}. */
  private static final byte[][] ATTRIBUTE_DOMAINS = new byte[ATTRIBUTES.length][];
  /** Per ordinal: the bigram domain of a Bloom-encoded attribute; given names and surnames share one. */
  private static final String[] BLOOM_DOMAINS = new String[ATTRIBUTES.length];
  private static final int[] BLOOM_DOMAIN_INDEX = new int[ATTRIBUTES.length];
  private static final int BLOOM_DOMAIN_COUNT;

  static {
    Map<String, Integer> domains = new HashMap<>();
    for (Attribute a : ATTRIBUTES) {
      ATTRIBUTE_DOMAINS[a.ordinal()] = utf8("attr:" + a.label());
      // given names and surnames share positions so that swapped names can be compared
      String d = a == Attribute.GIVEN_NAME || a == Attribute.SURNAME ? "name" : a.label();
      BLOOM_DOMAINS[a.ordinal()] = d;
      BLOOM_DOMAIN_INDEX[a.ordinal()] = domains.computeIfAbsent(d, k -> domains.size());
    }
    BLOOM_DOMAIN_COUNT = domains.size();
  }

  /** Entries a cache of repeated values' hashes holds before it is emptied. */
  private static final int CACHE_LIMIT = 1 << 17;

  private final KeyedHash hash;
  /**
   * The filter words a bigram sets, for bigrams of two chars below 128 per domain by
   * {@code c1 * 128 + c2}; filled on first use.
   */
  private final long[][][] asciiBigrams = new long[BLOOM_DOMAIN_COUNT][][];
  /** The same for other bigrams, by {@code domain:bigram}. */
  private final Map<String, long[]> bigrams = new HashMap<>();
  /** Hashes of the weak attributes' values (birth date, postcode, ...), which repeat across accounts, per ordinal. */
  private final List<Map<String, Long>> attributeHashes = new ArrayList<>();
  /** Hashes of the blocking keys other than strong identifiers, which repeat too. */
  private final Map<String, Long> blockHashes = new HashMap<>();
  private final String[] normalised = new String[ATTRIBUTES.length];

  public RecordEncoder(byte[] key) {
    this(new KeyedHash(key));
  }

  private RecordEncoder(KeyedHash hash) {
    this.hash = hash;
    for (int i = 0; i < ATTRIBUTES.length; i++) {
      attributeHashes.add(new HashMap<>());
    }
  }

  public EncodedRecord encode(PersonRecord record) {
    String[] norm = normalised;
    Arrays.fill(norm, null);
    for (Map.Entry<Attribute, String> e : record.values().entrySet()) {
      String n = PersonNormalizer.normalize(e.getKey(), e.getValue());
      if (!n.isEmpty()) {
        norm[e.getKey().ordinal()] = n;
      }
    }
    long[] hashes = new long[ATTRIBUTES.length];
    int hashMask = 0;
    int blooms = 0;
    for (Attribute a : ATTRIBUTES) {
      String v = norm[a.ordinal()];
      if (v != null) {
        switch (a.encoding()) {
          case HASH -> {
            byte[] domain = ATTRIBUTE_DOMAINS[a.ordinal()];
            hashes[a.ordinal()] = a.strongIdentifier() ? hash.hash(domain, v)
                : cached(attributeHashes.get(a.ordinal()), domain, v);
            hashMask |= 1 << a.ordinal();
          }
          case BLOOM -> blooms++;
        }
      }
    }
    long[] words = new long[blooms * WORDS];
    int[] filterInfo = new int[ATTRIBUTES.length * 3];
    int filterMask = 0;
    int at = 0;
    for (Attribute a : ATTRIBUTES) {
      String v = norm[a.ordinal()];
      if (v != null && a.encoding() == Attribute.Encoding.BLOOM) {
        int o = a.ordinal();
        bloom(o, v, words, at);
        filterInfo[3 * o] = at;
        filterInfo[3 * o + 1] = BITS;
        filterInfo[3 * o + 2] = BloomFilter.cardinality(words, at, WORDS);
        filterMask |= 1 << o;
        at += WORDS;
      }
    }
    return new EncodedRecord(record.id(), hashes, hashMask, words, filterInfo, filterMask, blockingKeys(norm));
  }

  /**
   * Encodes {@code records} on {@code threads} threads (this encoder on the calling thread, a copy
   * with the same key on each other one) and returns the encodings in the same order, as
   * {@link #encode} would one by one. This encoder must not be used elsewhere meanwhile.
   */
  public List<EncodedRecord> encodeAll(List<PersonRecord> records, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: at least 1, got " + threads);
    }
    EncodedRecord[] out = new EncodedRecord[records.size()];
    int chunk = 512;
    int workers = Math.min(threads, Math.max(1, (records.size() + chunk - 1) / chunk));
    AtomicInteger next = new AtomicInteger();
    Parallel.run(workers, w -> {
      RecordEncoder e = w == 0 ? this : new RecordEncoder(hash.copy());
      for (int from = next.getAndAdd(chunk); from < out.length; from = next.getAndAdd(chunk)) {
        for (int i = from; i < Math.min(from + chunk, out.length); i++) {
          out[i] = e.encode(records.get(i));
        }
      }
    });
    return List.of(out);
  }

  /** Sets the positions of {@code value}'s padded bigrams in the {@value #WORDS} words of {@code words} at {@code at}. */
  private void bloom(int ordinal, String value, long[] words, int at) {
    int domain = BLOOM_DOMAIN_INDEX[ordinal];
    long[][] ascii = asciiBigrams[domain];
    if (ascii == null) {
      ascii = asciiBigrams[domain] = new long[128 * 128][];
    }
    int n = value.length() + 2;
    for (int i = 0; i + 1 < n; i++) {
      char c1 = i == 0 ? '_' : value.charAt(i - 1);
      char c2 = i + 1 == n - 1 ? '_' : value.charAt(i);
      long[] m;
      if (c1 < 128 && c2 < 128) {
        m = ascii[c1 * 128 + c2];
        if (m == null) {
          m = ascii[c1 * 128 + c2] = mask(BLOOM_DOMAINS[ordinal] + ":" + c1 + c2);
        }
      } else {
        m = bigrams.computeIfAbsent(BLOOM_DOMAINS[ordinal] + ":" + c1 + c2, this::mask);
      }
      for (int w = 0; w < WORDS; w++) {
        words[at + w] |= m[w];
      }
    }
  }

  /** The filter words with a bigram's {@link #positions} set. */
  private long[] mask(String bigram) {
    long[] m = new long[WORDS];
    for (int q : positions(bigram)) {
      m[q >>> 6] |= 1L << q;
    }
    return m;
  }

  /** The hash of a value that repeats across accounts, from {@code cache} when it was seen before. */
  private long cached(Map<String, Long> cache, byte[] domain, String value) {
    Long h = cache.get(value);
    if (h == null) {
      h = hash.hash(domain, value);
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(value, h);
    }
    return h;
  }

  /** {@value #POSITIONS} positions by double hashing on two words of the bigram's HMAC. */
  private int[] positions(String bigram) {
    byte[] m = hash.mac(BIGRAM, bigram);
    long h1 = KeyedHash.word(m, 0);
    long h2 = KeyedHash.word(m, 8) | 1;
    int[] out = new int[POSITIONS];
    for (int i = 0; i < POSITIONS; i++) {
      out[i] = (int) Math.floorMod(h1 + i * h2, (long) BITS);
    }
    return out;
  }

  /**
   * Each strong identifier, then birth date, postcode, the sorted pair of the given name's and
   * surname's two-letter prefixes, surname prefix and birth year, given-name initial and birth
   * month and day; each key a distinct text, hashed.
   */
  private long[] blockingKeys(String[] v) {
    long[] keys = new long[16];
    int n = 0;
    for (Attribute a : ATTRIBUTES) {
      String s = v[a.ordinal()];
      if (a.strongIdentifier() && s != null) {
        keys = room(keys, n);
        keys[n++] = hash.hash(BLOCK, a.label() + "=" + s);
      }
    }
    String dob = orEmpty(v[Attribute.DATE_OF_BIRTH.ordinal()]);
    String postcode = orEmpty(v[Attribute.POSTCODE.ordinal()]);
    String given = orEmpty(v[Attribute.GIVEN_NAME.ordinal()]);
    String surname = orEmpty(v[Attribute.SURNAME.ordinal()]);
    keys = room(keys, n + 5);
    if (!dob.isEmpty()) {
      keys[n++] = cached(blockHashes, BLOCK, "dob=" + dob);
    }
    if (!postcode.isEmpty()) {
      keys[n++] = cached(blockHashes, BLOCK, "postcode=" + postcode);
    }
    if (!given.isEmpty() && !surname.isEmpty()) {
      String g = prefix(given, 2);
      String s = prefix(surname, 2);
      keys[n++] = cached(blockHashes, BLOCK, "names=" + (g.compareTo(s) <= 0 ? g + "|" + s : s + "|" + g));
    }
    if (!surname.isEmpty() && dob.length() == 8) {
      keys[n++] = cached(blockHashes, BLOCK, "surname-year=" + prefix(surname, 3) + dob.substring(0, 4));
    }
    if (!given.isEmpty() && dob.length() == 8) {
      keys[n++] = cached(blockHashes, BLOCK, "given-month-day=" + prefix(given, 1) + dob.substring(4));
    }
    return Arrays.copyOf(keys, n);
  }

  private static long[] room(long[] keys, int needed) {
    return needed < keys.length ? keys : Arrays.copyOf(keys, Math.max(needed + 1, keys.length * 2));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String prefix(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
