package com.steward.core.statements;

import java.util.Set;

/** Code lists of the Transparency Database that are plain strings rather than enums. */
public final class TdbCodes {

  /** The 30 EU/EEA country codes accepted in {@code territorial_scope} (Greece is GR). */
  public static final Set<String> TERRITORIES =
      Set.of(
          "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
          "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE",
          "SI", "SK");

  /** The 27 EU member states. */
  public static final Set<String> EU27 =
      Set.of(
          "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
          "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

  /** Upper-case ISO 639-1 codes accepted in {@code content_language}. */
  public static final Set<String> LANGUAGES =
      Set.of(
          "AB", "AA", "AF", "AK", "SQ", "AM", "AR", "AN", "HY", "AS", "AV", "AE", "AY", "AZ",
          "BM", "BA", "EU", "BE", "BN", "BH", "BI", "BS", "BR", "BG", "MY", "CA", "KM", "CH",
          "CE", "NY", "ZH", "CU", "CV", "KW", "CO", "CR", "HR", "CS", "DA", "DV", "NL", "DZ",
          "EN", "EO", "ET", "EE", "FO", "FJ", "FI", "FR", "FF", "GD", "GL", "LG", "KA", "DE",
          "KI", "EL", "KL", "GN", "GU", "HT", "HA", "HE", "HZ", "HI", "HO", "HU", "IS", "IO",
          "IG", "ID", "IA", "IE", "IU", "IK", "GA", "IT", "JA", "JV", "KN", "KR", "KS", "KK",
          "RW", "KV", "KG", "KO", "KJ", "KU", "KY", "LO", "LA", "LV", "LB", "LI", "LN", "LT",
          "LU", "MK", "MG", "MS", "ML", "MT", "GV", "MI", "MR", "MH", "RO", "MN", "NA", "NV",
          "ND", "NG", "NE", "SE", "NO", "NB", "NN", "II", "OC", "OJ", "OR", "OM", "OS", "PI",
          "PA", "PS", "FA", "PL", "PT", "QU", "RM", "RN", "RU", "SM", "SG", "SA", "SC", "SR",
          "SN", "SD", "SI", "SK", "SL", "SO", "ST", "NR", "ES", "SU", "SW", "SS", "SV", "TL",
          "TY", "TG", "TA", "TT", "TE", "TH", "BO", "TI", "TO", "TS", "TN", "TR", "TK", "TW",
          "UG", "UK", "UR", "UZ", "VE", "VI", "VO", "WA", "CY", "FY", "WO", "XH", "YI", "YO",
          "ZA", "ZU");

  private TdbCodes() {}
}
