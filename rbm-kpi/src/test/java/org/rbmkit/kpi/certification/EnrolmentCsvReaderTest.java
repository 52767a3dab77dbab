package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.RejectedRow;

class EnrolmentCsvReaderTest {

  static final String HEADER =
      "enrolment_id,participant_id,cohort_id,activity_id,programme,modality,offer,pricing,"
          + "learning_hours,credential,enrolled_on,completed_on,credential_earned_on,"
          + "credential_accessed_on";

  static final String GOOD =
      "E1,P1,C1,A1,ILS,tutor-supported-online,open,paid,80,achievement,"
          + "2022-03-01,2022-05-20,2022-05-27,2022-06-02";

  static String csv(String... rows) {
    return HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  /** The failure of a strict read of {@code rows} under the header; fails if it reads them. */
  static EnrolmentCsvException strictFailure(String rows) {
    return org.junit.jupiter.api.Assertions.assertThrows(
        EnrolmentCsvException.class,
        () -> read(EnrolmentCsvReader.strict(), csv(rows), new ArrayList<>()));
  }

  static EnrolmentCsvReport read(EnrolmentCsvReader reader, String text, List<Enrolment> out) {
    return reader.read(new StringReader(text), out::add);
  }

  @Test
  void headerLine_isDocumented() {
    assertThat(EnrolmentCsvReader.headerLine()).isEqualTo(HEADER);
  }

  @Test
  void goodRow_becomesAnEnrolment() {
    List<Enrolment> out = new ArrayList<>();
    EnrolmentCsvReport r = read(EnrolmentCsvReader.strict(), csv(GOOD), out);
    assertThat(r).isEqualTo(new EnrolmentCsvReport(1, 1, 0, com.google.common.collect.ImmutableList.of()));
    LearningActivity a =
        new LearningActivity(
            "A1", "ILS", Modality.TUTOR_SUPPORTED_ONLINE, Offer.OPEN, Pricing.PAID,
            new BigDecimal("80.0"), CredentialTier.ACHIEVEMENT);
    assertThat(out)
        .containsExactly(
            new Enrolment(
                "E1",
                Participant.of("P1"),
                new Cohort("C1", a),
                LocalDate.of(2022, 3, 1),
                Optional.of(LocalDate.of(2022, 5, 20)),
                Optional.of(LocalDate.of(2022, 5, 27)),
                Optional.of(LocalDate.of(2022, 6, 2))));
    assertThat(out.get(0).status()).isEqualTo(Stage.CREDENTIAL_ACCESSED);
  }

  @Test
  void columns_mayComeInAnyOrder_andValuesBeQuoted() {
    String header =
        "credential_accessed_on,credential_earned_on,completed_on,enrolled_on,credential,"
            + "learning_hours,pricing,offer,modality,programme,activity_id,cohort_id,"
            + "participant_id,enrolment_id";
    String row = ",,,2022-01-03,participation,7.5,free,open,blended,\"ILS, Turin\",A2,C2,P2,E2";
    List<Enrolment> out = new ArrayList<>();
    EnrolmentCsvReader.strict().read(new StringReader(header + "\n" + row + "\n"), out::add);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).activity().programme()).isEqualTo("ILS, Turin");
    assertThat(out.get(0).activity().learningHours()).isEqualTo(new BigDecimal("7.5"));
    assertThat(out.get(0).status()).isEqualTo(Stage.ENROLLED);
  }

  @Test
  void strict_unknownModality_namesLineColumnAndValue() {
    String bad = GOOD.replace("tutor-supported-online", "online").replace("E1", "E2");
    assertThatThrownBy(() -> read(EnrolmentCsvReader.strict(), csv(GOOD, bad), new ArrayList<>()))
        .isInstanceOf(EnrolmentCsvException.class)
        .hasMessage(
            "enrolment CSV has 1 problem: line 3, column 6 (modality): modality \"online\" is not one"
                + " of face-to-face-campus, face-to-face-field, tutor-supported-online,"
                + " self-guided-distance, blended");
  }

  @Test
  void learningHours_theReasonIsGiven() {
    String[][] cases = {
      {"-1", "learning_hours \"-1\" is negative: learning hours are 0 or more"},
      {"99999999999999999999", "learning_hours \"99999999999999999999\" has more digits than"
          + " hours have: at most 9 before the point and 6 after"},
      {"7.1234567", "learning_hours \"7.1234567\" has more digits than hours have: at most 9"
          + " before the point and 6 after"},
      {"+7", "learning_hours \"+7\" is not a plain decimal such as 60 or 7.5"}};
    for (String[] c : cases) {
      String row = GOOD.replace(",paid,80,", ",paid," + c[0] + ",");
      EnrolmentCsvException e = strictFailure(row);
      assertThat(e.problems())
          .extracting(Problem::toString)
          .as(c[0])
          .containsExactly("line 2, column 9 (learning_hours): " + c[1]);
    }
  }

  @Test
  void strict_reportsEveryProblemOfTheRow() {
    String bad = "E1,P1,C1,A1,ILS,,open,gratis,sixty,achievement,2022-03-01,2022-02-01,,";
    EnrolmentCsvException e = strictFailure(bad);
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "line 2, column 6 (modality): modality is missing",
            "line 2, column 8 (pricing): pricing \"gratis\" is not one of paid, free,"
                + " fellowship-funded",
            "line 2, column 9 (learning_hours): learning_hours \"sixty\" is not a plain decimal"
                + " such as 60 or 7.5",
            "line 2, column 12 (completed_on): completedOn 2022-02-01 is before enrolledOn"
                + " 2022-03-01");
    assertThat(e.problems().get(1).value()).contains("gratis");
    assertThat(e.problems())
        .extracting(Problem::code)
        .containsExactly("csv.value.missing", "csv.value.enum", "csv.value.decimal",
            "csv.value.dates");
  }

  @Test
  void accessedButNeverEarned_isRejected() {
    String bad = "E1,P1,C1,A1,ILS,blended,open,paid,80,achievement,2022-03-01,2022-04-01,,2022-04-09";
    assertThatThrownBy(() -> read(EnrolmentCsvReader.strict(), csv(bad), new ArrayList<>()))
        .hasMessage(
            "enrolment CSV has 1 problem: line 2, column 14 (credential_accessed_on):"
                + " credentialAccessedOn 2022-04-09 but the credential was never earned");
  }

  @Test
  void malformedDates_andIds_areRejected() {
    String bad = " E1,P1,C1,A1,ILS,blended,open,paid,80,achievement,01/03/2022,2022-02-30,,";
    EnrolmentCsvException e = strictFailure(bad);
    assertThat(e.problems())
        .extracting(p -> p.location().column())
        .containsExactly(1, 11, 12);
    assertThat(e.problems().get(0).message())
        .isEqualTo("enrolment_id \" E1\" has surrounding spaces");
  }

  @Test
  void controlCharactersInIds_areRejected_escapedInTheMessage() {
    String bad =
        "E1,P1,C1,A1,ILS,blended,open,paid,80,achievement,2022-03-01,,,\n"
            + "\"E\u00002\",\"P\n2\",C1,\"A1\u007F\",ILS,blended,open,paid,80,achievement,"
            + "2022-03-01,,,\n"
            + "\"\tE3\",P3,C1,A1,ILS,blended,open,paid,80,achievement,2022-03-01,,,";
    EnrolmentCsvReader lenient =
        EnrolmentCsvReader.builder().mode(EnrolmentCsvReader.Mode.LENIENT).build();
    List<Enrolment> out = new ArrayList<>();
    EnrolmentCsvReport r = read(lenient, csv(bad), out);
    assertThat(out).extracting(Enrolment::id).containsExactly("E1");
    assertThat(r.rejectedRows())
        .flatExtracting(RejectedRow::problems)
        .extracting(Problem::toString)
        .containsExactly(
            "line 3, column 1 (enrolment_id): enrolment_id \"E\\u00002\" holds the control"
                + " character U+0000 at position 2",
            "line 3, column 2 (participant_id): participant_id \"P\\u000A2\" holds the control"
                + " character U+000A at position 2",
            "line 3, column 4 (activity_id): activity_id \"A1\\u007F\" holds the control"
                + " character U+007F at position 3",
            "line 5, column 1 (enrolment_id): enrolment_id \"\\u0009E3\" holds the control"
                + " character U+0009 at position 1");
    assertThatThrownBy(() -> read(EnrolmentCsvReader.strict(), csv(bad), new ArrayList<>()))
        .isInstanceOf(EnrolmentCsvException.class)
        .hasMessageStartingWith(
            "enrolment CSV has 3 problems: line 3, column 1 (enrolment_id): enrolment_id"
                + " \"E\\u00002\"");
  }

  @Test
  void duplicateId_isRejected_withTheFirstLine() {
    String again = GOOD.replace("P1", "P9");
    assertThatThrownBy(() -> read(EnrolmentCsvReader.strict(), csv(GOOD, again), new ArrayList<>()))
        .hasMessage(
            "enrolment CSV has 1 problem: line 3, column 1 (enrolment_id): duplicate enrolment id"
                + " \"E1\", first on line 2");
  }

  @Test
  void duplicateDetection_canBeTurnedOff() {
    List<Enrolment> out = new ArrayList<>();
    EnrolmentCsvReport r =
        read(
            EnrolmentCsvReader.builder().detectDuplicateIds(false).build(),
            csv(GOOD, GOOD),
            out);
    assertThat(r.rowsAccepted()).isEqualTo(2);
    assertThat(out).hasSize(2);
  }

  @Test
  void lenient_countsAndReportsEveryRejectedRow_neverDropsSilently() {
    String unknown = GOOD.replace("E1", "E2").replace("open", "closed");
    String duplicate = GOOD;
    String shortRow = "E4,P4,C4";
    String fine = GOOD.replace("E1", "E5");
    List<RejectedRow> heard = new ArrayList<>();
    EnrolmentCsvReader reader =
        EnrolmentCsvReader.builder()
            .mode(EnrolmentCsvReader.Mode.LENIENT)
            .keepRejectedRows(2)
            .onRejected(heard::add)
            .build();
    List<Enrolment> out = new ArrayList<>();
    EnrolmentCsvReport r = read(reader, csv(GOOD, unknown, duplicate, shortRow, "", fine), out);
    assertThat(out).extracting(Enrolment::id).containsExactly("E1", "E5");
    assertThat(r.rowsRead()).isEqualTo(6);
    assertThat(r.rowsAccepted()).isEqualTo(2);
    assertThat(r.rowsRejected()).isEqualTo(4);
    assertThat(r.rejectedRows()).extracting(RejectedRow::line).containsExactly(3L, 4L);
    assertThat(r.rejectedRowsTruncated()).isTrue();
    assertThat(heard)
        .extracting(RejectedRow::toString)
        .containsExactly(
            "line 3, column 7 (offer): offer \"closed\" is not one of open, tailor-made",
            "line 4, column 1 (enrolment_id): duplicate enrolment id \"E1\", first on line 2",
            "line 5: 3 values, expected 14 as in the header",
            "line 6: empty line, expected 14 as in the header");
  }

  @Test
  void rowNumbers_countLineBreaksInsideQuotes() {
    String quoted = GOOD.replace("ILS", "\"ILS\nTurin\"");
    String bad = GOOD.replace("E1", "E2").replace("80", "-80");
    // a line break is a control character, so the quoted one is a bad value, on the row's line
    assertThatThrownBy(() -> read(EnrolmentCsvReader.strict(), csv(quoted, bad), new ArrayList<>()))
        .hasMessageStartingWith("enrolment CSV has 1 problem: line 2, column 5 (programme)");
    EnrolmentCsvReader lenient =
        EnrolmentCsvReader.builder().mode(EnrolmentCsvReader.Mode.LENIENT).build();
    EnrolmentCsvReport r = read(lenient, csv(quoted, bad, GOOD.replace("E1", "E3")),
        new ArrayList<>());
    assertThat(r.rejectedRows()).extracting(RejectedRow::line).containsExactly(2L, 4L);
    assertThat(r.rejectedRows().get(1).problems().get(0).location().path())
        .isEqualTo("learning_hours");
    assertThat(r.rowsAccepted()).isEqualTo(1);
  }

  @Test
  void badHeader_failsEvenWhenLenient() {
    String header = HEADER.replace("modality", "mode").replace("offer,", "");
    assertThatThrownBy(
            () ->
                EnrolmentCsvReader.lenient()
                    .read(new StringReader(header + "\n" + GOOD + "\n"), e -> {}))
        .isInstanceOf(EnrolmentCsvException.class)
        .hasMessageContaining("line 1, column 6 (mode): unknown column \"mode\"")
        .hasMessageContaining("line 1: header lacks column modality")
        .hasMessageContaining("line 1: header lacks column offer");
  }

  @Test
  void emptyInput_hasNoHeader() {
    assertThatThrownBy(() -> EnrolmentCsvReader.lenient().read(new StringReader(""), e -> {}))
        .hasMessageContaining("line 1: no header line: expected enrolment_id,");
  }

  @Test
  void headerOnly_readsNothing() {
    EnrolmentCsvReport r =
        EnrolmentCsvReader.strict().read(new StringReader(HEADER + "\n"), e -> {});
    assertThat(r.rowsRead()).isZero();
  }

  @Test
  void unclosedQuote_isMalformedCsv() {
    String bad = GOOD.replace("E1", "\"E1");
    assertThatThrownBy(() -> read(EnrolmentCsvReader.lenient(), csv(bad), new ArrayList<>()))
        .isInstanceOf(EnrolmentCsvException.class)
        .hasMessageContaining("malformed CSV");
  }

  @Test
  void unclosedQuote_isReportedWhereItOpens() {
    String second = GOOD.replace("E1", "E2");
    // the row of E3 starts on line 3; its cohort holds a quoted line break, so its activity
    // starts on line 4, where a quote opens that is never closed
    String spanning = GOOD.replace("E1", "E3").replace(",C1,", ",\"C\n1\",").replace(",A1,", ",\"A1,");
    EnrolmentCsvException e =
        catchThrowableOfType(
            EnrolmentCsvException.class,
            () -> read(EnrolmentCsvReader.lenient(), csv(second, spanning, GOOD, GOOD), new ArrayList<>()));
    assertThat(e.problems()).hasSize(1);
    Problem p = e.problems().get(0);
    assertThat(p.location().line()).isEqualTo(4);
    assertThat(p.location().column()).isEqualTo(4);
    assertThat(p.code()).isEqualTo("csv.malformed");
    assertThat(p.toString())
        .isEqualTo("line 4, column 4 (activity_id): malformed CSV: the quote that opens this value is"
            + " never closed");
  }

  @Test
  void activity_mustBeDescribedConsistently() {
    String otherHours = GOOD.replace("E1", "E2").replace(",80,", ",60,");
    String otherCohort =
        "E3,P3,C1,A7,ILS,tutor-supported-online,open,paid,80,achievement,2022-03-01,,,";
    List<RejectedRow> heard = new ArrayList<>();
    EnrolmentCsvReport r =
        EnrolmentCsvReader.builder()
            .mode(EnrolmentCsvReader.Mode.LENIENT)
            .onRejected(heard::add)
            .build()
            .read(new StringReader(csv(GOOD, otherHours, otherCohort)), e -> {});
    assertThat(r.rowsAccepted()).isEqualTo(1);
    assertThat(heard).hasSize(2);
    assertThat(heard.get(0).problems().get(0).toString())
        .startsWith("line 3, column 4 (activity_id): activity A1 is described differently on line 2");
    assertThat(heard.get(1).toString())
        .isEqualTo("line 4, column 3 (cohort_id): cohort C1 is of activity A1 on line 2");
  }

  @Test
  void callersReader_isNotClosed() {
    boolean[] closed = {false};
    java.io.Reader in =
        new java.io.FilterReader(new StringReader(csv(GOOD))) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    EnrolmentCsvReport r = EnrolmentCsvReader.strict().read(in, e -> {});
    assertThat(r.rowsAccepted()).isEqualTo(1);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void crlfLineEnds_andAByteOrderMark_areAccepted() {
    String bad = GOOD.replace("E1", "E2").replace("paid", "");
    String text = "\uFEFF" + HEADER + "\r\n" + GOOD + "\r\n" + bad + "\r\n";
    List<RejectedRow> heard = new ArrayList<>();
    EnrolmentCsvReport r =
        EnrolmentCsvReader.builder()
            .mode(EnrolmentCsvReader.Mode.LENIENT)
            .onRejected(heard::add)
            .build()
            .read(new StringReader(text), e -> {});
    assertThat(r.rowsAccepted()).isEqualTo(1);
    assertThat(heard).extracting(RejectedRow::toString)
        .containsExactly("line 3, column 8 (pricing): pricing is missing");
  }
}
