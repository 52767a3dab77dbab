package org.rbmkit.core.iati;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of an activity as read, held only while its activity is mapped. Tracks which children
 * and attributes the mapping used, so that everything else can be listed as skipped.
 *
 * <p>Lean on purpose: an activity may hold hundreds of thousands of elements, so attributes and
 * children are kept in plain arrays created on first use (no map or set per element), and the
 * element path is built only when a problem names it ({@link #path()}), from the parent chain,
 * with the positions among same-named siblings worked out then; building every path eagerly costs
 * depth × name length per element.
 */
final class XmlElement {

  /** The local name for IATI (no-namespace) elements, else {@code prefix:local}. */
  final String name;

  /** Whether the element is in no namespace, as IATI's own elements are. */
  final boolean iati;

  final int line;

  /** The parent, or null for an element directly under the document's root. */
  private final XmlElement parent;

  /** For an element under the root: its whole path; else null. */
  private final String rootPath;

  /** The position among all the parent's children, from 0. */
  private final int position;

  /** The attributes as name, value, name, value … in document order; null when none. */
  private String[] attributes;

  /** Which attributes (by position) the mapping has used: a bit each for the first 64. */
  private long usedAttributes;
  /** The attributes used from the 65th on; null until one is. */
  private boolean[] moreUsedAttributes;

  private XmlElement[] children = NO_CHILDREN;
  private int childCount;

  /** The text when it arrived in one piece, else null ({@code longText}) or no text (both null). */
  private String text;

  /** The text when it arrived in several pieces. */
  private StringBuilder longText;

  boolean used;

  /** Attributes the schema allows here that the model does not carry; null when none. */
  private String[] knownAttributes;

  /**
   * The position of each child among its same-named siblings, from 1, for the first {@code
   * indexed} children; worked out only when a path is built, and extended as children are added.
   */
  private int[] siblingIndexes;

  private int indexed;
  private Map<String, int[]> siblingCounts;

  private static final XmlElement[] NO_CHILDREN = new XmlElement[0];

  private XmlElement(
      String name, boolean iati, int line, XmlElement parent, String rootPath, int position) {
    this.name = name;
    this.iati = iati;
    this.line = line;
    this.parent = parent;
    this.rootPath = rootPath;
    this.position = position;
  }

  /** An element directly under the root, with its path given. */
  static XmlElement top(String name, boolean iati, String path, int line) {
    return new XmlElement(name, iati, line, null, path, 0);
  }

  /** Creates, adds and returns a child. */
  XmlElement addChild(String childName, boolean childIati, int childLine) {
    if (childCount == children.length) {
      children = Arrays.copyOf(children, Math.max(4, 2 * childCount));
    }
    XmlElement c = new XmlElement(childName, childIati, childLine, this, null, childCount);
    children[childCount++] = c;
    return c;
  }

  /** The position of the child at {@code position} among its same-named siblings, from 1. */
  private int siblingIndex(int position) {
    if (position >= indexed) {
      if (siblingCounts == null) {
        siblingCounts = new HashMap<>();
      }
      if (siblingIndexes == null || siblingIndexes.length < childCount) {
        siblingIndexes =
            Arrays.copyOf(siblingIndexes == null ? new int[0] : siblingIndexes, childCount);
      }
      for (; indexed < childCount; indexed++) {
        siblingIndexes[indexed] =
            ++siblingCounts.computeIfAbsent(children[indexed].name, k -> new int[1])[0];
      }
    }
    return siblingIndexes[position];
  }

  /** The number of child elements. */
  int childCount() {
    return childCount;
  }

  /** The child element at {@code i}, in document order. */
  XmlElement child(int i) {
    return children[i];
  }

  /** The element path, such as {@code /iati-activities/iati-activity[1]/budget[2]}. */
  String path() {
    if (rootPath != null) {
      return rootPath;
    }
    List<XmlElement> chain = new ArrayList<>();
    XmlElement e = this;
    while (e.rootPath == null) {
      chain.add(e);
      e = e.parent;
    }
    StringBuilder b = new StringBuilder(e.rootPath);
    for (int i = chain.size() - 1; i >= 0; i--) {
      XmlElement c = chain.get(i);
      int index = c.parent.siblingIndex(c.position);
      b.append('/').append(c.name).append('[').append(index).append(']');
    }
    return b.toString();
  }

  /** The path of the attribute with the given name. */
  String attributePath(String attribute) {
    return path() + "/@" + attribute;
  }

  /** The IATI children with the given name, in document order. */
  List<XmlElement> children(String childName) {
    List<XmlElement> out = null;
    for (int i = 0; i < childCount; i++) {
      XmlElement c = children[i];
      if (c.iati && c.name.equals(childName)) {
        if (out == null) {
          out = new ArrayList<>(4);
        }
        out.add(c);
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * Sets the attributes, as name, value, name, value … in document order; the parser has checked
   * that no name repeats.
   */
  void setAttributes(String[] namesAndValues) {
    attributes = namesAndValues.length == 0 ? null : namesAndValues;
  }

  private int attributeAt(String attribute) {
    if (attributes != null) {
      for (int i = 0; i < attributes.length; i += 2) {
        if (attributes[i].equals(attribute)) {
          return i / 2;
        }
      }
    }
    return -1;
  }

  /** The attribute's value, or null. */
  String attribute(String attribute) {
    int i = attributeAt(attribute);
    return i < 0 ? null : attributes[2 * i + 1];
  }

  /** The number of attributes. */
  int attributeCount() {
    return attributes == null ? 0 : attributes.length / 2;
  }

  /** The name of the attribute at {@code i}, in document order. */
  String attributeName(int i) {
    return attributes[2 * i];
  }

  /** Marks the attribute used (when present), and gives its value, or null. */
  String takeAttribute(String attribute) {
    int i = attributeAt(attribute);
    if (i < 0) {
      return null;
    }
    useAttributeAt(i);
    return attributes[2 * i + 1];
  }

  /** Marks the attribute at {@code i} used; whether it was not used before. */
  boolean useAttributeAt(int i) {
    if (i < 64) {
      long bit = 1L << i;
      boolean before = (usedAttributes & bit) != 0;
      usedAttributes |= bit;
      return !before;
    }
    if (moreUsedAttributes == null) {
      moreUsedAttributes = new boolean[attributeCount() - 64];
    }
    boolean before = moreUsedAttributes[i - 64];
    moreUsedAttributes[i - 64] = true;
    return !before;
  }

  void knowAttributes(String... names) {
    if (names.length == 0) {
      return;
    }
    if (knownAttributes == null) {
      knownAttributes = names;
      return;
    }
    String[] all = Arrays.copyOf(knownAttributes, knownAttributes.length + names.length);
    System.arraycopy(names, 0, all, knownAttributes.length, names.length);
    knownAttributes = all;
  }

  boolean isKnownAttribute(String attribute) {
    if (knownAttributes != null) {
      for (String k : knownAttributes) {
        if (k.equals(attribute)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The text content so far. */
  String text() {
    return longText != null ? longText.toString() : text == null ? "" : text;
  }

  /** The length of the text content so far. */
  int textLength() {
    return longText != null ? longText.length() : text == null ? 0 : text.length();
  }

  /** Adds a piece of text. */
  void appendText(String piece) {
    if (text == null && longText == null) {
      text = piece;
      return;
    }
    if (longText == null) {
      longText = new StringBuilder(text.length() + piece.length()).append(text);
      text = null;
    }
    longText.append(piece);
  }

  /** Whether the text so far is empty or white space only. */
  boolean isTextBlank() {
    if (longText != null) {
      for (int i = 0; i < longText.length(); i++) {
        if (!Character.isWhitespace(longText.charAt(i))) {
          return false;
        }
      }
      return true;
    }
    return text == null || text.isBlank();
  }

  void clearText() {
    text = null;
    longText = null;
  }

  /** Whether a child element has been added, after which blank text is layout only. */
  boolean hasChildren() {
    return childCount > 0;
  }
}
