package com.steward.verification;

import com.steward.platform.secrets.Sealer;
import com.steward.platform.secrets.Secrets;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals and opens what sellers give, each value bound to its row ({@code trader-info:<case>},
 * {@code executive:<id>}, {@code document:<id>}), so a value copied to another row does not open.
 * It does not audit: the services that open a value for someone record that read.
 */
@Component
class TraderVault {

  private static final Map<String, String> CONTEXTS = Map.of("verification_trader_info", "trader-info:",
      "verification_executive", "executive:", "verification_document", "document:");

  private final Sealer sealer;
  private final Secrets secrets;
  private final JsonMapper json;
  private final JdbcTraderDataRepository repository;

  TraderVault(Sealer sealer, Secrets secrets, JsonMapper json, JdbcTraderDataRepository repository) {
    this.sealer = sealer;
    this.secrets = secrets;
    this.json = json;
    this.repository = repository;
  }

  byte[] seal(UUID caseId, TraderInfo info) {
    return sealer.seal(json.writeValueAsBytes(info), "trader-info:" + caseId);
  }

  TraderInfo openInfo(UUID caseId, byte[] sealed) {
    return json.readValue(sealer.open(sealed, "trader-info:" + caseId), TraderInfo.class);
  }

  byte[] seal(UUID executiveId, ExecutiveInfo info) {
    return sealer.seal(json.writeValueAsBytes(info), "executive:" + executiveId);
  }

  ExecutiveInfo openExecutive(UUID executiveId, byte[] sealed) {
    return json.readValue(sealer.open(sealed, "executive:" + executiveId), ExecutiveInfo.class);
  }

  byte[] sealDocument(UUID documentId, byte[] content) {
    return sealer.seal(content, "document:" + documentId);
  }

  byte[] openDocument(UUID documentId) {
    return sealer.open(repository.documentContent(documentId), "document:" + documentId);
  }

  /**
   * Re-encrypts under the active key up to {@code batch} values of each table that another key
   * sealed; returns how many it re-encrypted (0 when nothing is left).
   */
  int reencrypt(int batch) {
    String active = secrets.activeEncryptionKeyId();
    int done = 0;
    for (JdbcTraderDataRepository.Sealed s : repository.notUnder(active, batch)) {
      String context = CONTEXTS.get(s.table()) + s.id();
      byte[] resealed = sealer.seal(sealer.open(s.sealed(), context), context);
      if (repository.reseal(s, resealed, Sealer.keyIdOf(resealed))) {
        done++;
      }
    }
    return done;
  }

  String activeKey() {
    return secrets.activeEncryptionKeyId();
  }
}
