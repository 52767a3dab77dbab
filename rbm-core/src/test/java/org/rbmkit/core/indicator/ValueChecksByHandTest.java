package org.rbmkit.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * An indicator checks its values by hand ({@code checkAsPart}) rather than through the
 * validator: this test pins the constraints the hand checks stand for, so that a constraint
 * added to a value document without its hand check fails here.
 */
class ValueChecksByHandTest {

  @Test
  void periodValueConstraints_areExactlyThoseCheckedByHand() {
    // the interpolator the library uses: the default one needs an Expression Language, which the
    // library does not bring
    try (ValidatorFactory f =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      BeanDescriptor d = f.getValidator().getConstraintsForClass(PeriodValueDocument.class);
      Map<String, String> byProperty = new TreeMap<>();
      for (PropertyDescriptor p : d.getConstrainedProperties()) {
        byProperty.put(p.getPropertyName(), names(p.getConstraintDescriptors()));
      }
      // checkAsPart: period, qualifier and dimensions must not be null
      assertThat(byProperty)
          .containsExactly(
              Map.entry("dimensions", "NotNull"),
              Map.entry("period", "NotNull"),
              Map.entry("qualifier", "NotNull"));
      // checkAsPart then runs crossCheck, which @Consistent runs for the validator
      assertThat(names(d.getConstraintDescriptors())).isEqualTo("Consistent");
    }
  }

  private static String names(java.util.Set<ConstraintDescriptor<?>> constraints) {
    return constraints.stream()
        .map(c -> c.getAnnotation().annotationType().getSimpleName())
        .sorted()
        .collect(Collectors.joining(","));
  }
}
