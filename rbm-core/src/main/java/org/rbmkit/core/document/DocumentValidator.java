package org.rbmkit.core.document;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a whole document and returns every problem with its path, in document order.
 *
 * <pre>{@code
 * ResultsFrameworkDocument doc = RbmJson.mapper().readValue(json, ResultsFrameworkDocument.class);
 * List<Problem> problems = DocumentValidator.validate(doc);
 * // [roots[2].indicators[0].targets[1].numerator: a percentage indicator does not take a ratio value]
 * ResultsFramework framework = DocumentValidator.requireValid(doc).toModel();
 * }</pre>
 *
 * <p>A {@link CrossChecked} document (every document of the library) is checked by its own
 * rules, the ones its model's constructors run, directly: time grows linearly with the size of
 * the document and the number of problems. Any other bean is checked by Bean Validation (its
 * {@code @NotNull}, {@code @Pattern}, {@code @Valid} …), each violation becoming a {@link
 * Problem} with the code {@code constraint.} and the constraint's name in lower case
 * ({@code constraint.notnull}). Nothing stops at the first problem. Thread-safe; the validator
 * is built once.
 */
public final class DocumentValidator {

  private static final class Holder {
    /**
     * Hibernate Validator announces its version at INFO on first use, which would print a log
     * line on the standard error of every command-line tool reading a document. Held here so
     * that java.util.logging keeps the setting; an application's own logging setup still wins.
     */
    static final Logger VERSION_LOGGER = quietVersionLogger();

    static final ValidatorFactory FACTORY = englishFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  private DocumentValidator() {}

  /**
   * A factory whose messages are in English whatever the default locale, like the library's own
   * messages: a document gives the same report on every machine.
   *
   * <p>Messages are interpolated by Hibernate Validator's {@link ParameterMessageInterpolator},
   * which replaces the constraint's parameters ({@code {min}}, {@code {regexp}}) and needs no
   * Expression Language: the library runs on the class path and on the module path with no EL
   * implementation and no {@code --add-modules}. The constraints the documents use ({@code
   * NotNull}, {@code Pattern}, {@code Size} and {@link Consistent}) have no EL in their messages;
   * {@link ConsistentValidator} escapes the values it quotes.
   */
  private static ValidatorFactory englishFactory() {
    MessageInterpolator parameters = new ParameterMessageInterpolator();
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(
            new MessageInterpolator() {
              @Override
              public String interpolate(String template, Context context) {
                return parameters.interpolate(template, context, Locale.ENGLISH);
              }

              @Override
              public String interpolate(String template, Context context, Locale locale) {
                return parameters.interpolate(template, context, Locale.ENGLISH);
              }
            })
        .buildValidatorFactory();
  }

  private static Logger quietVersionLogger() {
    Logger logger = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (logger.getLevel() == null) {
      logger.setLevel(Level.WARNING);
    }
    return logger;
  }

  /**
   * Every problem of {@code document}, in document order (list indices compared as numbers,
   * {@code actuals[2]} before {@code actuals[10]}); empty when it is valid.
   */
  public static ImmutableList<Problem> validate(Object document) {
    checkNotNull(document, "document");
    if (document instanceof CrossChecked checked) {
      Problems problems = new Problems();
      checked.crossCheck(problems);
      return problems.list();
    }
    Set<ConstraintViolation<Object>> found = Holder.VALIDATOR.validate(document);
    List<Problem> all = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> v : found) {
      Location at = Location.path(pathOf(v.getPropertyPath()));
      String code =
          "constraint."
              + v.getConstraintDescriptor()
                  .getAnnotation()
                  .annotationType()
                  .getSimpleName()
                  .toLowerCase(Locale.ROOT);
      all.add(
          v.getInvalidValue() == null || v.getInvalidValue() instanceof Iterable<?>
              ? Problem.error(at, code, v.getMessage())
              : Problem.error(at, code, String.valueOf(v.getInvalidValue()), v.getMessage()));
    }
    return ImmutableList.sortedCopyOf(all);
  }

  /**
   * The path as {@code roots[2].indicators[0].targets[1].value}: property names joined by dots,
   * list indices and map keys in brackets, and no name for list elements themselves.
   */
  static String pathOf(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable()) {
        sb.append('[').append(n.getIndex() != null ? n.getIndex() : n.getKey()).append(']');
      }
      if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(n.getName());
      }
    }
    return sb.toString();
  }

  /**
   * The document itself if it is valid.
   *
   * @throws InvalidDocumentException listing every problem
   */
  public static <T> T requireValid(T document) {
    ImmutableList<Problem> problems = validate(document);
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(document.getClass().getSimpleName(), problems);
    }
    return document;
  }
}
