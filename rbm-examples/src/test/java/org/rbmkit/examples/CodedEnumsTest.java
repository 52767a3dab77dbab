package org.rbmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.text.Coded;

/**
 * Every coded enumeration of every module: codes unique, each code found by the enumeration's
 * own {@code fromCode}, an unknown code refused by the one shared rule, and no enumeration with a
 * {@code fromCode} of its own that bypasses {@link Coded}.
 */
class CodedEnumsTest {

  private static List<Class<?>> coded;
  private static List<Class<?>> withFromCode;

  @BeforeAll
  static void importEnums() throws ClassNotFoundException {
    coded = new ArrayList<>();
    withFromCode = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rbmkit")) {
      if (!c.isEnum()) {
        continue;
      }
      Class<?> type = Class.forName(c.getName());
      if (Coded.class.isAssignableFrom(type)) {
        coded.add(type);
      }
      try {
        Method m = type.getMethod("fromCode", String.class);
        if (m.getReturnType() == type) {
          withFromCode.add(type);
        }
      } catch (NoSuchMethodException e) {
        // an enumeration without codes
      }
    }
  }

  @Test
  void everyEnumerationThatLooksUpItsOwnType_isCoded() {
    assertThat(coded).hasSizeGreaterThanOrEqualTo(45);
    assertThat(withFromCode).allMatch(Coded.class::isAssignableFrom);
  }

  @Test
  void codes_areUniqueAndRoundTrip_andUnknownCodesGetTheSharedMessage() throws Exception {
    for (Class<?> type : coded) {
      Set<String> codes = new HashSet<>();
      for (Object constant : type.getEnumConstants()) {
        String code = ((Coded) constant).code();
        assertThat(codes.add(code)).as("%s repeats code %s", type.getName(), code).isTrue();
        if (withFromCode.contains(type)) {
          assertThat(type.getMethod("fromCode", String.class).invoke(null, code))
              .as("%s.fromCode(%s)", type.getName(), code)
              .isSameAs(constant);
        }
      }
      if (withFromCode.contains(type)) {
        Method fromCode = type.getMethod("fromCode", String.class);
        assertThatThrownBy(() -> invoke(fromCode, "no such\ncode"))
            .as(type.getName())
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("\"no such\\u000Acode\" is not ")
            .hasMessageEndingWith(String.join(", ", codes(type)));
      }
    }
  }

  private static List<String> codes(Class<?> type) {
    List<String> codes = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      codes.add(((Coded) constant).code());
    }
    return codes;
  }

  private static void invoke(Method m, String code) throws Throwable {
    try {
      m.invoke(null, code);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
