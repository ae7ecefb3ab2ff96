package com.steward.notices;

import com.steward.platform.errors.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a bulk-notice CSV: UTF-8 (a BOM is allowed), a header row naming {@code marketplace} and
 * {@code listing_id}, one listing per row. A cell that a spreadsheet would run as a formula is
 * refused by name so that no such value is ever stored or echoed into an export.
 */
final class NoticeCsv {

  private NoticeCsv() {}

  record Parsed(List<Notices.ItemRequest> rows, List<Notices.RowProblem> problems) {}

  static Parsed parse(InputStream in) throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    Reader reader = new InputStreamReader(in, decoder);
    List<Notices.ItemRequest> rows = new ArrayList<>();
    List<Notices.RowProblem> problems = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(reader)) {
      List<String> header = parser.getHeaderNames().stream()
          .map(h -> h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
      int mpCol = header.indexOf("marketplace");
      int idCol = header.indexOf("listing_id");
      if (mpCol < 0 || idCol < 0) {
        throw new InvalidRequestException("file", "the header row must name the columns marketplace and listing_id");
      }
      for (CSVRecord record : parser) {
        int row = (int) record.getRecordNumber() + 1;
        if (record.size() <= Math.max(mpCol, idCol)) {
          problems.add(new Notices.RowProblem(row, "row", "expected at least " + (Math.max(mpCol, idCol) + 1)
              + " columns"));
          rows.add(null);
          continue;
        }
        String mp = record.get(mpCol);
        String id = record.get(idCol);
        if (formula(mp) || formula(id)) {
          problems.add(new Notices.RowProblem(row, formula(mp) ? "marketplace" : "listing_id",
              "looks like a spreadsheet formula (starts with =, +, -, @, tab or CR); refused"));
          rows.add(null);
          continue;
        }
        rows.add(new Notices.ItemRequest(mp, id));
      }
    } catch (java.io.UncheckedIOException e) {
      throw unreadable(e.getCause());
    } catch (CharacterCodingException e) {
      throw unreadable(e);
    } catch (IllegalStateException | IllegalArgumentException e) {
      if (e instanceof InvalidRequestException) {
        throw e;
      }
      throw new InvalidRequestException("file", "not a readable CSV: " + e.getMessage());
    }
    if (rows.isEmpty()) {
      throw new InvalidRequestException("file", "no rows after the header");
    }
    return new Parsed(rows, problems);
  }

  private static InvalidRequestException unreadable(Throwable e) {
    if (e instanceof CharacterCodingException) {
      return new InvalidRequestException("file", "not valid UTF-8");
    }
    return new InvalidRequestException("file", "not a readable CSV");
  }

  static boolean formula(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
  }
}
