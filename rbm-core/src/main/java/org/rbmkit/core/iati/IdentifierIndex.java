package org.rbmkit.core.iati;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The activity identifiers of one document read so far, to find an identifier used twice.
 *
 * <p>Each identifier is kept as a 128-bit fingerprint (the first half of its SHA-256), not as its
 * text, so the index costs about 100 bytes per activity however long the identifiers are; two
 * different identifiers sharing a fingerprint is beyond any practical chance, even for input
 * crafted to cause it. One per read; not thread-safe.
 */
final class IdentifierIndex {

  private final Map<HashCode, Integer> first = new HashMap<>();

  /**
   * The index of the earlier activity with this identifier, or empty (and the identifier is then
   * recorded for activity {@code index}).
   */
  OptionalInt firstWith(String identifier, int index) {
    byte[] sha = Hashing.sha256().hashString(identifier, StandardCharsets.UTF_8).asBytes();
    HashCode key = HashCode.fromBytes(ByteBuffer.allocate(16).put(sha, 0, 16).array());
    Integer earlier = first.putIfAbsent(key, index);
    return earlier == null ? OptionalInt.empty() : OptionalInt.of(earlier);
  }
}
