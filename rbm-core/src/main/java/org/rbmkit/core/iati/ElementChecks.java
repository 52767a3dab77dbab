package org.rbmkit.core.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.Severity;
import org.rbmkit.core.text.Shown;

/**
 * The checks every part of an activity's mapping shares: the schema's order and cardinality,
 * typed attributes, narratives, what is left over (listed as skipped), and the problems found, kept
 * up to a limit and counted beyond it. One instance per activity; not thread-safe.
 */
class ElementChecks {

  static final List<String> NARRATIVES = List.of("narrative");
  static final List<String> EMPTY = List.of();

  final boolean strict;

  /** Whether a missing schema-required element is a warning, and the activity is built without it. */
  final boolean tolerant;

  private final int maxProblems;
  final List<Problem> problems = new ArrayList<>();
  int notListed;
  int errorsNotListed;
  String activityId = "";

  ElementChecks(boolean strict, boolean tolerant, int maxProblems) {
    this.strict = strict;
    this.tolerant = tolerant;
    this.maxProblems = maxProblems;
  }

  /**
   * Checks that the IATI children of {@code e} are among {@code sequence}, in its order, and before
   * any extension element; records the attributes the schema allows that the model does not carry.
   */
  void schema(XmlElement e, List<String> sequence, String... otherAttributes) {
    e.knowAttributes(otherAttributes);
    int highest = -1;
    XmlElement highestElement = null;
    XmlElement extension = null;
    for (int i = 0; i < e.childCount(); i++) {
      XmlElement c = e.child(i);
      if (!c.iati) {
        extension = extension == null ? c : extension;
        continue;
      }
      int at = indexFrom(sequence, c.name, Math.max(highest, 0));
      if (at < 0) {
        c.used = true;
        structure(c, "not-allowed", "element <" + c.name + "> is not allowed in <" + e.name + ">");
      } else if (extension != null) {
        structure(c, "order", "<"
                + c.name
                + "> comes after the extension element <"
                + extension.name
                + ">; extensions come last in <"
                + e.name
                + ">");
      } else if (at < highest) {
        structure(c, "order", "<" + c.name + "> must come before <" + highestElement.name + "> in <" + e.name + ">");
      } else {
        highest = at;
        highestElement = c;
      }
    }
  }

  /**
   * The position of {@code name} in {@code sequence}, whose names are distinct, or -1: as {@link
   * List#indexOf}, searching from {@code from} first, where the next child of an element in
   * order is found.
   */
  private static int indexFrom(List<String> sequence, String name, int from) {
    for (int i = from; i < sequence.size(); i++) {
      if (sequence.get(i).equals(name)) {
        return i;
      }
    }
    for (int i = 0; i < from && i < sequence.size(); i++) {
      if (sequence.get(i).equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Checks that {@code e}, which holds only text, has no child element. */
  void simple(XmlElement e) {
    for (int i = 0; i < e.childCount(); i++) {
      XmlElement c = e.child(i);
      c.used = true;
      structure(c, "not-allowed", "<" + e.name + "> holds only text, not the element <" + c.name + ">");
    }
  }

  /** The single child {@code name}; an error if it repeats, or is missing when required. */
  Optional<XmlElement> one(XmlElement parent, String name, boolean required) {
    XmlElement first = null;
    XmlElement second = null;
    int found = 0;
    for (int i = 0; i < parent.childCount(); i++) {
      XmlElement c = parent.child(i);
      if (c.iati && c.name.equals(name)) {
        c.used = true;
        found++;
        if (first == null) {
          first = c;
        } else if (second == null) {
          second = c;
        }
      }
    }
    if (found > 1) {
      structure(second, "repeated", "<"
              + name
              + "> appears "
              + found
              + " times in <"
              + parent.name
              + ">, where at most one is allowed");
    }
    if (first == null) {
      if (required) {
        missing(parent, name);
      }
      return Optional.empty();
    }
    return Optional.of(first);
  }

  /** The children {@code name}; an error if fewer than {@code min}. */
  List<XmlElement> many(XmlElement parent, String name, int min) {
    List<XmlElement> found = parent.children(name);
    for (int i = 0; i < found.size(); i++) {
      found.get(i).used = true;
    }
    if (found.size() < min) {
      missing(parent, name);
    }
    return found;
  }

  Optional<String> attr(XmlElement e, String name, boolean required) {
    String v = e.takeAttribute(name);
    if (v == null && required) {
      structure(e, "missing", "missing required attribute @" + name + " of <" + e.name + ">");
    }
    return Optional.ofNullable(v);
  }

  Optional<LocalDate> date(XmlElement e, String name, boolean required) {
    String raw = e.attribute(name);
    Optional<LocalDate> d =
        typed(
            e,
            name,
            required,
            XmlText::date,
            raw != null && raw.strip().startsWith("0000")
                ? "a date: XML Schema's xsd:date has no year 0000"
                : "an ISO date (xsd:date) such as 2014-01-31");
    if (d.isPresent()) {
      if (XmlText.hasZone(raw)) {
        skippedAt(e, name, "time zone of \"" + raw + "\" not carried");
      }
    }
    return d;
  }

  /**
   * The attribute {@code name} read by {@code parse}; a value it cannot read is a structural
   * error saying what was {@code expected}, and gives empty.
   */
  <T> Optional<T> typed(
      XmlElement e,
      String name,
      boolean required,
      Function<String, Optional<T>> parse,
      String expected) {
    Optional<String> text = attr(e, name, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<T> value = parse.apply(text.get());
    if (value.isEmpty()) {
      structureAt(e, name, "value", "@"
              + name
              + " \""
              + Shown.value(text.get())
              + "\" of <"
              + e.name
              + "> is not "
              + expected);
    }
    return value;
  }

  /** The {@code iso-date} of the child element {@code name}, which allows no text. */
  Optional<LocalDate> dateElement(XmlElement parent, String name, boolean required) {
    return one(parent, name, required)
        .flatMap(
            e -> {
              schema(e, EMPTY);
              Optional<LocalDate> d = date(e, "iso-date", true);
              finish(e, false);
              return d;
            });
  }

  Optional<Boolean> bool(XmlElement e, String name) {
    return typed(e, name, false, XmlText::bool, "a boolean (true, false, 1 or 0)");
  }

  Optional<Integer> positiveInteger(XmlElement e, String name) {
    return typed(
        e, name, true, XmlText::positiveInteger, "a positive integer (xsd:positiveInteger)");
  }

  /** The {@code narrative} children; an error if none when {@code required}. */
  ImmutableList<Narrative> narratives(XmlElement parent, boolean required) {
    ImmutableList.Builder<Narrative> out = ImmutableList.builder();
    schema(parent, NARRATIVES);
    for (XmlElement n : many(parent, "narrative", required ? 1 : 0)) {
      simple(n);
      Optional<String> lang = attr(n, "xml:lang", false);
      finish(n, true);
      if (lang.isPresent() && lang.get().isBlank()) {
        skippedAt(n, "xml:lang", "blank xml:lang not carried");
        lang = Optional.empty();
      }
      out.add(new Narrative(lang, n.text()));
    }
    finish(parent, false);
    return out.build();
  }

  /**
   * Lists the element's unused children and attributes as skipped, and rejects text in an element
   * that allows only elements.
   */
  void finish(XmlElement e, boolean textAllowed) {
    if (!textAllowed && !e.isTextBlank()) {
      structure(e, "text", "<"
              + e.name
              + "> contains text \""
              + Shown.value(e.text().strip())
              + "\" but allows only elements");
      e.clearText();
    }
    for (int i = 0; i < e.attributeCount(); i++) {
      if (e.useAttributeAt(i)) {
        String attribute = e.attributeName(i);
        boolean iati = attribute.indexOf(':') < 0 && !attribute.startsWith("{");
        if (iati && !e.isKnownAttribute(attribute)) {
          structureAt(e, attribute, "not-allowed", "attribute @" + attribute + " is not allowed on <" + e.name + ">");
        } else {
          skippedAt(e, attribute, "attribute @" + attribute + " of <" + e.name + "> not carried");
        }
      }
    }
    for (int i = 0; i < e.childCount(); i++) {
      XmlElement c = e.child(i);
      if (!c.used) {
        c.used = true;
        skipped(c, "element <" + c.name + "> not carried");
      }
    }
  }

  /**
   * A schema-required element is missing: a structural error, or in tolerant reading a warning
   * (rule {@code required}) naming the element and the path of its parent.
   */
  void missing(XmlElement parent, String name) {
    String message = "missing required element <" + name + "> in <" + parent.name + ">";
    if (tolerant) {
      rule(Severity.WARNING, "required", parent, message + "; read on without it (tolerant)");
    } else {
      structure(parent, "missing", message);
    }
  }

  /** The decimal attribute {@code name}, such as a percentage. */
  Optional<BigDecimal> decimal(XmlElement e, String name, boolean required) {
    return typed(e, name, required, XmlText::decimal, "a decimal (xsd:decimal)");
  }

  void notRead(XmlElement e) {
    skipped(e, "<" + e.name + "> not read because of the error(s) above");
  }

  void codelist(XmlElement e, String attribute, String value, String codelist) {
    add(
        "iati.rule.codelist",
        Severity.ERROR,
        e, attribute,
        "@"
            + attribute
            + " \""
            + Shown.value(value)
            + "\" is not in the "
            + codelist
            + " codelist");
  }

  void rule(Severity severity, String rule, XmlElement e, String message) {
    add("iati.rule." + rule, severity, e, null, message);
  }

  /** A structural error: {@code kind} ends its code, {@code iati.structure.<kind>}. */
  void structure(XmlElement e, String kind, String message) {
    add(STRUCTURE + kind, Severity.ERROR, e, null, message);
  }

  void structureAt(XmlElement e, String attribute, String kind, String message) {
    add(STRUCTURE + kind, Severity.ERROR, e, attribute, message);
  }

  void skipped(XmlElement e, String message) {
    add(SKIPPED, Severity.INFO, e, null, message);
  }

  void skippedAt(XmlElement e, String attribute, String message) {
    add(SKIPPED, Severity.INFO, e, attribute, message);
  }

  /** The start of a structural error's code. */
  static final String STRUCTURE = "iati.structure.";

  /** The code of content the model does not carry. */
  static final String SKIPPED = "iati.skipped";

  /** Whether the problem is a structural error, which strict reading stops at. */
  static boolean isStructural(Problem p) {
    return p.code().startsWith(STRUCTURE);
  }

  /**
   * Records a problem of {@code e}, or of its {@code attribute} when not null. Past the limit of
   * problems kept, the problem is only counted, and its path is never built.
   */
  void add(String code, Severity severity, XmlElement e, String attribute, String message) {
    boolean structural = code.startsWith(STRUCTURE);
    boolean keep = problems.size() < maxProblems;
    if (!keep && !(strict && structural)) {
      notListed++;
      errorsNotListed += structural ? 1 : 0;
      return;
    }
    String path = attribute == null ? e.path() : e.attributePath(attribute);
    Problem p =
        new Problem(Location.element(path, e.line), severity, code, Optional.empty(), message);
    if (strict && structural) {
      throw new IatiReadException(activityId, p);
    }
    problems.add(p);
  }
}
