package org.rbmkit.core.text;

/** Each enumeration's constants, computed once: {@code getEnumConstants} copies on each call. */
final class Constants {
  static final ClassValue<Object[]> OF =
      new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
          return type.getEnumConstants();
        }
      };

  private Constants() {}
}
