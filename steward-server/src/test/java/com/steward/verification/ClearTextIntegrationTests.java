package com.steward.verification;

import static com.steward.verification.VerificationSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.steward.sellers.SellerEvents;
import com.steward.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No identifier a seller gives is stored in clear anywhere: after a whole verification (upload,
 * review, decisions, disclosures, a complaint, a re-verification), every column of every table is
 * searched for the name, email, phone, document number, IBAN and street, and none is found.
 */
class ClearTextIntegrationTests extends IntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Autowired
  ApplicationEventPublisher events;

  @Autowired
  TransactionTemplate tx;

  record Column(String table, String column, String type) {}

  @Test
  void noIdentifierIsStoredInClearInAnyColumnOfAnyTable() {
    var market = fixtures.marketplace();
    var seller = fixtures.seller(market);
    String base = VerificationSteps.base(market, seller);
    String analyst = fixtures.analystKey();
    var steps = new VerificationSteps(api);
    var trader = VerificationSteps.Trader.random();

    String caseId = steps.submitted(seller.key(), base, trader);
    ok(api.get(analyst, "/api/v1/verification/cases/" + caseId), 200);
    String document = ok(api.get(seller.key(), base), 200).str("documents[0].id");
    ok(api.get(analyst, "/api/v1/verification/documents/" + document), 200);
    ok(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/decision",
        Map.of("decision", "REJECT", "reason", "The document is unreadable")), 200);
    var complaint = ok(api.post(seller.key(), base + "/appeal",
        Map.of("explanation", "Here is a better scan of the same passport.")), 201);
    ok(api.post(analyst, "/api/v1/verification/appeals/" + complaint.str("id") + "/decision",
        Map.of("decision", "REVERSE", "reason", "Readable now")), 200);
    ok(api.get(market.key(), base + "/disclosure"), 200);
    ok(api.post(ADMIN_KEY, base + "/authority-disclosure", Map.of("authority", "Customs", "legalBasis",
        "Art. 10 DSA order 2026-0042")), 200);
    tx.executeWithoutResult(t -> events.publishEvent(new SellerEvents.ReverificationTriggered(seller.uuid(),
        "a burst of upheld notices")));
    ok(api.put(seller.key(), base + "/trader-information", VerificationSteps.individual(trader)), 200);

    List<Column> columns = jdbc.sql("""
        SELECT c.table_name, c.column_name, c.data_type
          FROM information_schema.columns c
          JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
         WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
         ORDER BY c.table_name, c.ordinal_position
        """).query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    assertThat(columns).extracting(Column::table).contains("verification_trader_info", "verification_document",
        "audit_log", "audit_inbox", "outbox_event", "statement_of_reasons", "scheduled_tasks");

    List<String> secrets = List.of(trader.givenName(), trader.surname(), trader.email(), trader.phone(),
        trader.documentNumber(), trader.iban(), trader.street());
    assertThat(found(columns, List.of(seller.id()))).as("the search finds what is in clear")
        .contains("seller.external_id");
    assertThat(found(columns, secrets)).isEmpty();
  }

  /** The columns holding any of the values, as text or (for bytea) as UTF-8 bytes. */
  List<String> found(List<Column> columns, List<String> values) {
    var hits = new ArrayList<String>();
    for (Column c : columns) {
      String col = '"' + c.column() + '"';
      var conditions = new ArrayList<String>();
      for (int i = 0; i < values.size(); i++) {
        conditions.add("bytea".equals(c.type())
            ? "position(convert_to(:v" + i + ", 'UTF8') IN " + col + ") > 0"
            : "strpos(lower(" + col + "::text), lower(:v" + i + ")) > 0");
      }
      var query = jdbc.sql("SELECT count(*) FROM \"" + c.table() + "\" WHERE " + String.join(" OR ", conditions));
      for (int i = 0; i < values.size(); i++) {
        query = query.param("v" + i, values.get(i));
      }
      if (query.query(Long.class).single() > 0) {
        hits.add(c.table() + "." + c.column());
      }
    }
    return hits;
  }
}
