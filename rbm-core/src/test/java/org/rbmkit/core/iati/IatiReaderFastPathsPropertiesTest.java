package org.rbmkit.core.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader's fast paths give exactly what a plain reference written here gives: dates of the
 * form {@code yyyy-mm-dd} against a regular expression and {@link DateTimeFormatter#ISO_DATE},
 * decimals against a regular expression, the UTF-8 check that skips ASCII bytes eight at a time
 * against a byte-by-byte check, and element paths, whose positions among same-named siblings are
 * worked out only when a path is built, against positions counted as the children are added.
 */
class IatiReaderFastPathsPropertiesTest {

  private static final long SEED = 23_2026L;
  private static final int CASES = 20_000;

  private static final Pattern DATE =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(?:Z|[+-][0-9]{2}:[0-9]{2})?");
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");

  /** The date as the reader read it before its fast path. */
  private static Optional<LocalDate> referenceDate(String text) {
    String s = text.strip();
    if (!DATE.matcher(s).matches() || s.startsWith("0000")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s, DateTimeFormatter.ISO_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<BigDecimal> referenceDecimal(String text) {
    String s = text.strip();
    if (s.length() > 64 || !DECIMAL.matcher(s).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(s.startsWith("+") ? s.substring(1) : s));
  }

  /** A string of {@code length} characters drawn from {@code alphabet}. */
  private static String draw(SplittableRandom random, String alphabet, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void dates_asTheReference() {
    SplittableRandom random = new SplittableRandom(SEED);
    int valid = 0;
    for (int i = 0; i < CASES; i++) {
      String text;
      switch (random.nextInt(4)) {
        case 0 -> {
          // a plausible date, sometimes one that does not exist (month 13, day 31 of April)
          text =
              String.format(
                  "%04d-%02d-%02d",
                  random.nextInt(3) == 0 ? random.nextInt(3) : random.nextInt(10_000),
                  random.nextInt(14),
                  random.nextInt(33));
        }
        case 1 -> text = draw(random, "0123456789-", 10);
        case 2 -> text = draw(random, "0123456789-+:Z \t\u0661x", random.nextInt(17));
        default -> {
          String date =
              String.format(
                  "%04d-%02d-%02d",
                  1 + random.nextInt(9_999),
                  1 + random.nextInt(12),
                  1 + random.nextInt(31));
          String[] around = {"", " ", "Z", "+01:00", "-13:30", "+25:00", "\n", "+0100"};
          text = around[random.nextInt(2)] + date + around[random.nextInt(around.length)];
        }
      }
      Optional<LocalDate> expected = referenceDate(text);
      assertThat(XmlText.date(text)).as("\"%s\"", text).isEqualTo(expected);
      valid += expected.isPresent() ? 1 : 0;
    }
    // both sides of the check are exercised
    assertThat(valid).isBetween(CASES / 10, CASES - CASES / 10);
  }

  @Test
  void decimals_asTheReference() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    int valid = 0;
    for (int i = 0; i < CASES; i++) {
      String text =
          switch (random.nextInt(3)) {
            case 0 -> draw(random, "0123456789.", 1 + random.nextInt(12));
            case 1 ->
                draw(random, "+-", random.nextInt(2))
                    + draw(random, "0123456789", random.nextInt(70))
                    + draw(random, ".", random.nextInt(2))
                    + draw(random, "0123456789", random.nextInt(4));
            default -> draw(random, "0123456789.+-e \u0663", random.nextInt(8));
          };
      Optional<BigDecimal> expected = referenceDecimal(text);
      assertThat(XmlText.decimal(text)).as("\"%s\"", text).isEqualTo(expected);
      assertThat(XmlText.notDecimal(text).isEmpty())
          .as("\"%s\"", text)
          .isEqualTo(expected.isPresent());
      valid += expected.isPresent() ? 1 : 0;
    }
    assertThat(valid).isBetween(CASES / 10, CASES - CASES / 10);
  }

  /** The offset of the first byte that cannot be where it is in UTF-8, byte by byte; or -1. */
  private static long referenceNotUtf8(byte[] bytes) {
    int continuations = 0;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      boolean ok;
      if (continuations > 0) {
        ok = (b & 0xC0) == 0x80;
        continuations--;
      } else if (b < 0x80) {
        ok = true;
      } else if (b >= 0xC2 && b <= 0xDF) {
        ok = true;
        continuations = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        ok = true;
        continuations = 2;
      } else if (b >= 0xF0 && b <= 0xF4) {
        ok = true;
        continuations = 3;
      } else {
        ok = false;
      }
      if (!ok) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void utf8Check_asTheReference() throws IOException {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    byte[][] pieces = {
      "plain ASCII text, long enough to be read eight bytes at a time ".getBytes(),
      "é".getBytes(UTF_8),
      "€".getBytes(UTF_8),
      "𝄞".getBytes(UTF_8),
      {(byte) 0xC3},
      {(byte) 0x80},
      {(byte) 0xFF},
      {(byte) 0xE2, (byte) 0x82},
      {'a', 'b', 'c', 'd', 'e', 'f', 'g'},
    };
    int failing = 0;
    for (int i = 0; i < 3_000; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int n = random.nextInt(40);
      for (int p = 0; p < n; p++) {
        // mostly well-formed pieces, so that a bad byte falls anywhere in a long run
        int k = random.nextInt(20) == 0 ? random.nextInt(pieces.length) : random.nextInt(4);
        out.write(pieces[k]);
      }
      byte[] bytes = out.toByteArray();
      long expected = referenceNotUtf8(bytes);
      CountingInputStream in =
          new CountingInputStream(
              new ByteArrayInputStream(bytes), Long.MAX_VALUE, Long.MAX_VALUE);
      in.checkUtf8 = true;
      byte[] buf = new byte[64];
      try {
        while (true) {
          // reads of random lengths at random offsets, single bytes among them
          int r;
          if (random.nextInt(5) == 0) {
            r = in.read();
            r = r < 0 ? -1 : 1;
          } else {
            int off = random.nextInt(8);
            r = in.read(buf, off, 1 + random.nextInt(buf.length - off));
          }
          if (r < 0) {
            break;
          }
        }
        assertThat(expected).as("bytes %s", HexFormat.of().formatHex(bytes)).isEqualTo(-1L);
      } catch (IOException e) {
        assertThat(in.notUtf8)
            .as("bytes %s", HexFormat.of().formatHex(bytes))
            .isEqualTo(expected);
        failing++;
      }
    }
    assertThat(failing).isBetween(300, 2_700);
  }

  @Test
  void paths_countSameNamedSiblingsAsAdded() {
    SplittableRandom random = new SplittableRandom(SEED + 3);
    String[] names = {"budget", "transaction", "result", "sector", "x:ext", "narrative"};
    for (int t = 0; t < 200; t++) {
      XmlElement top = XmlElement.top("iati-activity", true, "/a/iati-activity[" + t + "]", 1);
      List<XmlElement> all = new ArrayList<>();
      Map<XmlElement, String> expected = new HashMap<>();
      all.add(top);
      expected.put(top, "/a/iati-activity[" + t + "]");
      Map<XmlElement, Map<String, Integer>> counts = new HashMap<>();
      int n = 1 + random.nextInt(300);
      for (int i = 0; i < n; i++) {
        XmlElement parent = all.get(random.nextInt(all.size()));
        String name = names[random.nextInt(names.length)];
        XmlElement child = parent.addChild(name, !name.contains(":"), i);
        int index =
            counts.computeIfAbsent(parent, k -> new HashMap<>()).merge(name, 1, Integer::sum);
        expected.put(child, expected.get(parent) + "/" + name + "[" + index + "]");
        all.add(child);
        if (random.nextInt(10) == 0) {
          // a path asked for while children are still being added, as a limit's message does
          XmlElement some = all.get(random.nextInt(all.size()));
          assertThat(some.path()).isEqualTo(expected.get(some));
        }
      }
      for (XmlElement e : all) {
        assertThat(e.path()).isEqualTo(expected.get(e));
      }
    }
  }
}
