package org.rbmkit.kpi.workplan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.rbmkit.core.text.Shown;

/**
 * A strategic priority ("axe stratégique") and the workplan objectives that serve it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code, unique in its workplan: 1–32 letters, digits, '.', '_' or '-'
 * @param title the priority, not blank
 * @param objectives its objectives, possibly none
 */
public record StrategicPriority(String code, String title, List<Objective> objectives) {

  /** Validates and copies the components. */
  public StrategicPriority {
    checkNotNull(code, "code");
    if (!code.matches("[A-Za-z0-9._-]{1,32}")) {
      throw new IllegalArgumentException(
          lenientFormat(
              "priority code \"%s\" must be 1–32 letters, digits, '.', '_' or '-'",
              Shown.value(code)));
    }
    checkNotNull(title, "title of priority %s", code);
    checkArgument(!title.isBlank(), "priority %s has a blank title", code);
    objectives = ImmutableList.copyOf(checkNotNull(objectives, "objectives of priority %s", code));
  }
}
