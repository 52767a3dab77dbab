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
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates a whole document from outside with Bean Validation and returns every problem with
 * its path.
 *
 * <pre>{@code
 * ResultsFrameworkDocument doc = RbmJson.mapper().readValue(json, ResultsFrameworkDocument.class);
 * List<Violation> problems = DocumentValidator.validate(doc);
 * // [roots[2].indicators[0].targets[1].value: a percentage indicator takes a decimal value, …]
 * ResultsFramework framework = DocumentValidator.requireValid(doc).toModel();
 * }</pre>
 *
 * <p>Field constraints ({@code @NotNull}, {@code @Pattern}, {@code @Size}) and cross-field
 * checks ({@link Consistent}) of the document and of everything it contains ({@code @Valid})
 * all run; nothing stops at the first problem. Thread-safe; the validator is built once.
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
   * Every problem of {@code document}, ordered by path with list indices compared as numbers
   * ({@code actuals[2]} before {@code actuals[10]}), so the problems of a list come in the order
   * of its elements; empty when it is valid.
   *
   * <p>Time grows linearly with the number of problems. Bean Validation gathers violations in a
   * hash set, and Hibernate Validator hashes a path built through its node-builder API by its
   * last node without the list index: a thousand problems of one message in one list, each
   * reported as a violation of its own, all shared one hash bucket and every insertion compared
   * against all earlier ones. So a {@link Consistent} document is one violation to the
   * validator (its own path and message, distinct by the document's identity), and its {@link
   * CrossChecked#crossCheck} problems are listed here, each at the document's path followed by
   * its own.
   */
  public static ImmutableList<Violation> validate(Object document) {
    checkNotNull(document, "document");
    Set<ConstraintViolation<Object>> found = Holder.VALIDATOR.validate(document);
    List<Violation> all = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> v : found) {
      String path = pathOf(v.getPropertyPath());
      if (v.getConstraintDescriptor().getAnnotation() instanceof Consistent
          && v.getLeafBean() instanceof CrossChecked checked) {
        Problems problems = new Problems();
        checked.crossCheck(problems);
        for (Problems.Problem p : problems.list()) {
          all.add(new Violation(join(path, p.path()), p.message()));
        }
      } else {
        all.add(new Violation(path, v.getMessage()));
      }
    }
    return all.stream().distinct().sorted().collect(ImmutableList.toImmutableList());
  }

  /** {@code prefix} followed by {@code parts} as {@code actuals[3].period}. */
  private static String join(String prefix, List<Object> parts) {
    StringBuilder sb = new StringBuilder(prefix);
    for (Object part : parts) {
      if (part instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(part);
      }
    }
    return sb.toString();
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
    ImmutableList<Violation> problems = validate(document);
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(document.getClass().getSimpleName(), problems);
    }
    return document;
  }
}
