package org.rbmkit.examples.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.rbmkit.examples.report.chart.Chart;
import org.rbmkit.examples.report.chart.DataTable;

/**
 * One piece of a report's section, in reading order: a paragraph, a list of findings (shown
 * highlighted), a tree of results, a chart with its data table, or a table alone.
 *
 * <pre>{@code
 * List<Block> blocks = List.of(new Block.Paragraph("ILO 2024-25, 54 results"),
 *     new Block.Figure(chart));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Block {

  /** A paragraph of text. */
  record Paragraph(String text) implements Block {
    /** Checks the text. */
    public Paragraph {
      checkNotNull(text, "text");
    }
  }

  /**
   * What a check found, shown highlighted; with no item the heading alone says that nothing was
   * found.
   */
  record Findings(String heading, List<String> items) implements Block {
    /** Checks and copies. */
    public Findings {
      checkNotNull(heading, "heading");
      items = ImmutableList.copyOf(checkNotNull(items, "items"));
    }
  }

  /** A tree of results with their ratings, one node a line, indented by depth. */
  record Tree(String caption, List<TreeNode> nodes) implements Block {
    /** Checks and copies. */
    public Tree {
      checkNotNull(caption, "caption");
      nodes = ImmutableList.copyOf(checkNotNull(nodes, "nodes"));
    }
  }

  /**
   * A node of a {@link Tree}.
   *
   * @param depth 0 for a top-level result
   * @param code the result's code
   * @param level the result's level, in words
   * @param title the result's title
   * @param rating the rating's code, for the traffic light's style
   * @param ratingLabel the rating in words
   * @param counts the indicators of the subtree by rating, in words
   */
  record TreeNode(int depth, String code, String level, String title, String rating,
      String ratingLabel, String counts) {
    /** Checks the components. */
    public TreeNode {
      checkNotNull(code, "code");
      checkNotNull(level, "level");
      checkNotNull(title, "title");
      checkNotNull(rating, "rating");
      checkNotNull(ratingLabel, "ratingLabel");
      checkNotNull(counts, "counts");
    }
  }

  /** A chart, followed by its data table. */
  record Figure(Chart chart) implements Block {
    /** Checks the chart. */
    public Figure {
      checkNotNull(chart, "chart");
    }
  }

  /** A table without a chart. */
  record Table(DataTable table) implements Block {
    /** Checks the table. */
    public Table {
      checkNotNull(table, "table");
    }
  }
}
