package org.rbmkit.core.iati;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One element of an activity as read, held only while its activity is mapped. Tracks which children
 * and attributes the mapping used, so that everything else can be listed as skipped.
 */
final class XmlElement {

  /** The local name for IATI (no-namespace) elements, else {@code prefix:local}. */
  final String name;

  /** Whether the element is in no namespace, as IATI's own elements are. */
  final boolean iati;

  final String path;
  final int line;

  /** Attribute name ({@code value}, {@code xml:lang}, {@code prefix:local}) to value. */
  final Map<String, String> attributes = new LinkedHashMap<>();

  final List<XmlElement> children = new ArrayList<>();
  final StringBuilder text = new StringBuilder();
  boolean used;
  final Set<String> usedAttributes = new HashSet<>();

  /** Attributes the schema allows here that the model does not carry. */
  final Set<String> knownAttributes = new HashSet<>();

  private final Map<String, Integer> childCounts = new LinkedHashMap<>();

  XmlElement(String name, boolean iati, String path, int line) {
    this.name = name;
    this.iati = iati;
    this.path = path;
    this.line = line;
  }

  /** Creates, adds and returns a child, with its path indexed among same-named siblings. */
  XmlElement addChild(String childName, boolean childIati, int childLine) {
    int n = childCounts.merge(childName, 1, Integer::sum);
    XmlElement c =
        new XmlElement(childName, childIati, path + "/" + childName + "[" + n + "]", childLine);
    children.add(c);
    return c;
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

  /** The path of the attribute with the given name. */
  String attributePath(String attribute) {
    return path + "/@" + attribute;
  }
}
