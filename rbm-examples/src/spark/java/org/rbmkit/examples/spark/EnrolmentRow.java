package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.Enrolment;

/**
 * What the certification breakdown reads of one enrolment, as a Spark-friendly bean: its value
 * along every {@link Dimension}, its participant and its furthest stage.
 *
 * <pre>{@code
 * EnrolmentRow row = EnrolmentRow.of(enrolment);
 * row.getValues().get("modality");   // "tutor-supported-online"
 * row.getStage();                    // "credential-earned"
 * }</pre>
 *
 * <p>A mutable bean because Spark's bean encoder needs a no-argument constructor and setters;
 * rows made by {@link #of} are complete and valid. Not thread-safe; equality by value.
 */
public final class EnrolmentRow implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private Map<String, String> values = new LinkedHashMap<>();
  private String participant = "";
  private String stage = "";

  /** An empty row, for Spark's encoder. */
  public EnrolmentRow() {}

  /** The row of an enrolment: every dimension's value by code, participant and stage code. */
  public static EnrolmentRow of(Enrolment enrolment) {
    checkNotNull(enrolment, "enrolment");
    EnrolmentRow row = new EnrolmentRow();
    for (Dimension d : Dimension.values()) {
      row.values.put(d.code(), d.valueOf(enrolment));
    }
    row.participant = enrolment.participant().registrationNumber();
    row.stage = enrolment.status().code();
    return row;
  }

  /** The value along each dimension, by dimension code. */
  public Map<String, String> getValues() {
    return values;
  }

  /** Sets the values by dimension code. */
  public void setValues(Map<String, String> values) {
    this.values = checkNotNull(values, "values");
  }

  /** The participant's registration number. */
  public String getParticipant() {
    return participant;
  }

  /** Sets the participant's registration number. */
  public void setParticipant(String participant) {
    this.participant = checkNotNull(participant, "participant");
  }

  /** The code of the furthest stage reached, a {@code Stage} code. */
  public String getStage() {
    return stage;
  }

  /** Sets the furthest stage's code. */
  public void setStage(String stage) {
    this.stage = checkNotNull(stage, "stage");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EnrolmentRow r
        && r.values.equals(values)
        && r.participant.equals(participant)
        && r.stage.equals(stage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, participant, stage);
  }

  @Override
  public String toString() {
    return "EnrolmentRow" + values + " participant " + participant + " stage " + stage;
  }
}
