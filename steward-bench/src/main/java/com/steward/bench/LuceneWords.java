package com.steward.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene Monitor as a dictionary matcher with steward's word semantics: each normalised term is a
 * stored query (a {@link TermQuery} for a one-token term, else an exact {@link PhraseQuery} of its
 * tokens, whitespace tokens included) over one field tokenised by
 * {@link WordTokenizer}; each title is a one-field document. Query ids are the positions of the
 * terms in the dictionary, as in {@link com.steward.core.screening.WordMatcher}. Monitor's term-filtered
 * presearcher (an index of one chosen token of each query) picks the candidates, which are then run
 * against the title in a one-document in-memory index. A hit is reported once per title and term,
 * not once per occurrence.
 */
final class LuceneWords implements Closeable {

  static final String FIELD = "t";

  /**
   * How the presearcher picks the one token it indexes for a phrase: Monitor's default (longer
   * tokens first), with whitespace tokens last, as nearly every title has a space.
   */
  private static final TermWeightor PRESEARCH_WEIGHTS = TermWeightor.combine(TermWeightor.DEFAULT,
      TermWeightor.termWeightor(0.01, new BytesRef(" ")));

  private final Analyzer analyzer = WordTokenizer.analyzer();
  private final Monitor monitor;
  private final Field field = new TextField(FIELD, "", Field.Store.NO);
  private final Document doc = new Document();

  private LuceneWords(List<String> terms) throws IOException {
    monitor = new Monitor(analyzer, new TermFilteredPresearcher(PRESEARCH_WEIGHTS, List.of(), Set.of()));
    doc.add(field);
    List<MonitorQuery> queries = new ArrayList<>(terms.size());
    for (int id = 0; id < terms.size(); id++) {
      Query q = query(terms.get(id));
      if (q != null) {
        queries.add(new MonitorQuery(Integer.toString(id), q));
      }
    }
    monitor.register(queries);
  }

  /** Terms already normalised with {@link com.steward.core.screening.TextNormalizer}. */
  static LuceneWords build(List<String> normalisedTerms) {
    try {
      return new LuceneWords(normalisedTerms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query query(String term) throws IOException {
    List<Term> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(FIELD, term)) {
      CharTermAttribute text = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(new Term(FIELD, text.toString()));
      }
      ts.end();
    }
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1) {
      return new TermQuery(tokens.getFirst());
    }
    return new PhraseQuery(0, FIELD, tokens.stream().map(Term::bytes).toArray(BytesRef[]::new));
  }

  /**
   * Calls {@code sink} with the id (the term's position in the dictionary, as a string) of every
   * term found in {@code title}; not thread-safe.
   */
  void match(String title, Consumer<String> sink) {
    field.setStringValue(title);
    try {
      for (QueryMatch m : monitor.match(doc, QueryMatch.SIMPLE_MATCHER).getMatches()) {
        sink.accept(m.getQueryId());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    monitor.close();
  }
}
