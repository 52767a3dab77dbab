package org.rbmkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The property every module's JSON fuzz tests check: any bytes either read into a value that
 * writes and reads back equal, or fail with a {@link JacksonException} (the documented error,
 * carrying the JSON path). Anything else is a bug.
 *
 * <pre>{@code
 * @FuzzTest(maxDuration = "3m")
 * void indicator(byte[] data) {
 *   JsonRoundTrip.check(RbmJson.mapper(), data, Indicator.class);
 * }
 * }</pre>
 */
public final class JsonRoundTrip {

  private JsonRoundTrip() {}

  /** Reads {@code data} as a {@code type}; when it reads, writes it and reads it back equal. */
  public static <T> void check(JsonMapper json, byte[] data, Class<T> type) {
    T value;
    try {
      value = json.readValue(data, type);
    } catch (JacksonException expected) {
      return;
    }
    if (value != null) {
      assertThat(json.readValue(json.writeValueAsString(value), type)).isEqualTo(value);
    }
  }
}
