package com.steward.platform.secrets;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys that protect personal data, from {@code steward.secrets.*} (or
 * {@code STEWARD_SECRETS_LINKAGEKEY}, ...). Each key is base64 of 32 random bytes.
 *
 * @param linkageKey the HMAC key of identifier hashes and Bloom encodings used for account linkage;
 *     changing it means re-encoding every account (a rescan), so it is rotated rarely
 * @param encryptionKeys AES-256 keys as {@code id:base64}; data is encrypted under the active one
 *     and read under whichever key id it was written with, so a key is rotated by adding a new one,
 *     making it active and re-encrypting (the old one can go once nothing uses it)
 * @param activeEncryptionKey the id of the key new data is encrypted under
 */
@ConfigurationProperties("steward.secrets")
public record SecretsProperties(
    @Nullable String linkageKey,
    @Nullable List<String> encryptionKeys,
    @Nullable String activeEncryptionKey) {}
