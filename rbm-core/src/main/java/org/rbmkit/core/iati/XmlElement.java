package org.rbmkit.core.iati;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One element of an activity as read, held only while its activity is mapped. Tracks which children
 * and attributes the mapping used, so that everything else can be listed as skipped.
 *
 * <p>Lean on purpose: an activity may hold hundreds of thousands of elements, so collections are
 * created on first use and the element path is built only when a problem names it ({@link
 * #path()}), from the parent chain; building every path eagerly costs depth × name length per
 * element.
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

  /** The position among same-named siblings, from 1. */
  private final int index;

  private Map<String, String> attributes = Map.of();
  List<XmlElement> children = List.of();
  private StringBuilder text;
  boolean used;
  private Set<String> usedAttributes;

  /** Attributes the schema allows here that the model does not carry. */
  private Set<String> knownAttributes;

  private Map<String, Integer> childCounts;

  private XmlElement(
      String name, boolean iati, int line, XmlElement parent, String rootPath, int index) {
    this.name = name;
    this.iati = iati;
    this.line = line;
    this.parent = parent;
    this.rootPath = rootPath;
    this.index = index;
  }

  /** An element directly under the root, with its path given. */
  static XmlElement top(String name, boolean iati, String path, int line) {
    return new XmlElement(name, iati, line, null, path, 0);
  }

  /** Creates, adds and returns a child, indexed among same-named siblings. */
  XmlElement addChild(String childName, boolean childIati, int childLine) {
    if (childCounts == null) {
      childCounts = new HashMap<>();
      children = new ArrayList<>();
    }
    int n = childCounts.merge(childName, 1, Integer::sum);
    XmlElement c = new XmlElement(childName, childIati, childLine, this, null, n);
    children.add(c);
    return c;
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
      b.append('/').append(c.name).append('[').append(c.index).append(']');
    }
    return b.toString();
  }

  /** The path of the attribute with the given name. */
  String attributePath(String attribute) {
    return path() + "/@" + attribute;
  }

  /** The IATI children with the given name, in document order. */
  List<XmlElement> children(String childName) {
    List<XmlElement> out = new ArrayList<>();
    for (XmlElement c : children) {
      if (c.iati && c.name.equals(childName)) {
        out.add(c);
      }
    }
    return out;
  }

  void putAttribute(String attribute, String value) {
    if (attributes.isEmpty()) {
      attributes = new LinkedHashMap<>();
    }
    attributes.put(attribute, value);
  }

  /** The attribute's value, or null. */
  String attribute(String attribute) {
    return attributes.get(attribute);
  }

  /** The attribute names, in document order. */
  Set<String> attributeNames() {
    return attributes.keySet();
  }

  /** Marks the attribute used; whether it was not used before. */
  boolean useAttribute(String attribute) {
    if (usedAttributes == null) {
      usedAttributes = new HashSet<>();
    }
    return usedAttributes.add(attribute);
  }

  void knowAttributes(List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    if (knownAttributes == null) {
      knownAttributes = new HashSet<>();
    }
    knownAttributes.addAll(names);
  }

  boolean isKnownAttribute(String attribute) {
    return knownAttributes != null && knownAttributes.contains(attribute);
  }

  /** The text content so far. */
  String text() {
    return text == null ? "" : text.toString();
  }

  /** The length of the text content so far. */
  int textLength() {
    return text == null ? 0 : text.length();
  }

  void appendText(String s) {
    if (text == null) {
      text = new StringBuilder(s.length());
    }
    text.append(s);
  }

  void clearText() {
    text = null;
  }

  /** Whether a child element has been added, after which blank text is layout only. */
  boolean hasChildren() {
    return !children.isEmpty();
  }
}
