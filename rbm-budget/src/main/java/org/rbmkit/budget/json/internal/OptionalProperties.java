package org.rbmkit.budget.json.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rbmkit.core.json.JsonInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Reads a record whose listed properties may be left out: an absent optional property reaches
 * the record as empty (an empty list for {@code dashes}, {@code footnotes}, {@code itemTables},
 * and a subtotal's {@code categories} and {@code grades}; empty text for a line's {@code fund});
 * every other property stays required, unknown ones stay errors, and an
 * explicit {@code null} stays an error. For claims it also reads the earliest form of a
 * percentage claim ({@code item}, {@code claimedPercent}, {@code decimals}, {@code rounding},
 * {@code to}) as the current form.
 *
 * <p>The object is copied token by token into a buffer (no tree), so the cost stays linear in
 * its size. Thread-safe once built.
 */
final class OptionalProperties extends DelegatingDeserializer {

  private static final long serialVersionUID = 1L;

  /** The properties of the earliest claim form, in the order they are converted. */
  private static final List<String> LEGACY_CLAIM =
      List.of("item", "to", "claimedPercent", "decimals", "rounding");

  private static final Set<String> CURRENT_CLAIM = Set.of("kind", "of", "column", "claimed",
      "rule", "whole", "inflation", "per");

  /** Optional properties that are lists: left out, they are empty. */
  private static final Set<String> LISTS =
      Set.of("dashes", "footnotes", "itemTables", "categories", "grades");

  /** Optional text properties that are empty when left out (a line's {@code fund}). */
  private static final Set<String> EMPTY_TEXT = Set.of("fund");

  private final Set<String> optional;
  private final boolean claim;

  OptionalProperties(ValueDeserializer<?> delegatee, Set<String> optional, boolean claim) {
    super(delegatee);
    this.optional = Set.copyOf(optional);
    this.claim = claim;
  }

  @Override
  protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
    return new OptionalProperties(delegatee, optional, claim);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
    if (!p.hasToken(JsonToken.START_OBJECT)) {
      return _delegatee.deserialize(p, ctxt);
    }
    TokenBuffer buffer = TokenBuffer.forBuffering(p, ctxt);
    buffer.writeStartObject();
    Set<String> seen = new HashSet<>();
    Map<String, Object> legacy = new LinkedHashMap<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      if (optional.contains(name) && p.hasToken(JsonToken.VALUE_NULL)) {
        return JsonInput.reject(ctxt, this, "json.property.null", name,
            "property \"" + name + "\" is null; leave it out when there is none");
      }
      if (claim && LEGACY_CLAIM.contains(name)) {
        legacy.put(name, legacyValue(name, p, ctxt));
        continue;
      }
      seen.add(name);
      buffer.writeName(name);
      buffer.copyCurrentStructure(p);
    }
    if (!legacy.isEmpty()) {
      upgradeClaim(legacy, seen, buffer, ctxt);
    }
    for (String name : optional) {
      if (!seen.contains(name)) {
        buffer.writeName(name);
        if (LISTS.contains(name)) {
          buffer.writeStartArray();
          buffer.writeEndArray();
        } else if (EMPTY_TEXT.contains(name)) {
          buffer.writeString("");
        } else {
          buffer.writeNull();
        }
      }
    }
    buffer.writeEndObject();
    try (JsonParser buffered = buffer.asParserOnFirstToken(ctxt, p)) {
      return _delegatee.deserialize(buffered, ctxt);
    }
  }

  /**
   * A property of the earliest claim form, read through the shared opening: the column
   * ({@code to}) and {@code rounding} as JSON strings, the others as exact JSON numbers.
   */
  private Object legacyValue(String name, JsonParser p, DeserializationContext ctxt)
      throws JacksonException {
    return switch (name) {
      case "to" -> JsonInput.string(p, ctxt, this, "claim column \"to\"");
      case "rounding" -> JsonInput.string(p, ctxt, this, "rounding");
      case "item" -> JsonInput.number(p, ctxt, this, "claim item");
      default -> JsonInput.number(p, ctxt, this, name);
    };
  }

  /** The number as an int in {@code min..max}, or -1 when it is not a whole number there. */
  private static int whole(Object number, int min, int max) {
    BigDecimal n = (BigDecimal) number;
    if (n.scale() > 0 || n.compareTo(BigDecimal.valueOf(min)) < 0
        || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      return -1;
    }
    return n.intValueExact();
  }

  /**
   * The number as written in plain digits ({@code 20.5}, {@code 11}), or in scientific notation
   * when that would take more than 40 digits: {@code 1e999999999} is read exactly and must not
   * become a billion digits in a message.
   */
  private static String shown(Object number) {
    BigDecimal n = (BigDecimal) number;
    return Math.abs((long) n.scale()) + n.precision() <= 40 ? n.toPlainString() : n.toString();
  }

  /** Writes the earliest percentage-claim form as the current one. */
  private void upgradeClaim(Map<String, Object> legacy, Set<String> seen, TokenBuffer buffer,
      DeserializationContext ctxt) throws JacksonException {
    for (String name : LEGACY_CLAIM) {
      if (!legacy.containsKey(name)) {
        JsonInput.reject(ctxt, this, "budget.claim.form.incomplete", name,
            "claim in the percentage form (item, to, claimedPercent, decimals, rounding) lacks \""
                + name + "\"");
      }
    }
    for (String name : seen) {
      if (CURRENT_CLAIM.contains(name)) {
        JsonInput.reject(ctxt, this, "budget.claim.form.mixed", name,
            "claim mixes the percentage form (item, to, claimedPercent, decimals, rounding) with \""
                + name + "\" of the current form");
      }
    }
    int item = whole(legacy.get("item"), 1, Integer.MAX_VALUE);
    String to = (String) legacy.get("to");
    BigDecimal claimed = (BigDecimal) legacy.get("claimedPercent");
    int decimals = whole(legacy.get("decimals"), 0, 10);
    String rounding = (String) legacy.get("rounding");
    if (item < 0) {
      String read = shown(legacy.get("item"));
      JsonInput.reject(ctxt, this, "budget.claim.item", read,
          "claim item " + read + " is not an item number");
    }
    if (decimals < 0) {
      String read = shown(legacy.get("decimals"));
      JsonInput.reject(ctxt, this, "budget.claim.decimals", read,
          "decimals " + read + " is not in 0..10");
    }
    buffer.writeName("kind");
    buffer.writeString("percentage-change");
    buffer.writeName("of");
    buffer.writeString("item-" + item);
    buffer.writeName("column");
    buffer.writeString(to);
    buffer.writeName("claimed");
    buffer.writeNumber(claimed);
    buffer.writeName("rule");
    buffer.writeString("nearest " + BigDecimal.ONE.movePointLeft(decimals)
        .toPlainString() + " " + rounding);
    seen.addAll(List.of("kind", "of", "column", "claimed", "rule"));
  }
}
