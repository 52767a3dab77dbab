package org.rbmkit.core.iati;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * What one read by an {@link IatiReader} goes by: the reader's mode and limits, as {@code
 * DocumentReader} and {@code ActivityMapper} use them, and the XML parser's configuration, which
 * refuses document types and external resources. Immutable.
 *
 * @param strict whether the first structural error ends the read
 * @param tolerant whether an activity missing schema-required elements is still built
 * @param maxBytes the document size limit, in bytes
 * @param maxDepth the element depth limit
 * @param maxElements the limit on the elements of one activity
 * @param maxTextLength the limit on the characters of one element's text or attribute value
 * @param maxProblems the problems kept per activity and for the document
 */
record ReadSettings(
    boolean strict,
    boolean tolerant,
    long maxBytes,
    int maxDepth,
    int maxElements,
    int maxTextLength,
    int maxProblems) {

  /** These limits in another mode. */
  ReadSettings withMode(boolean newStrict, boolean newTolerant) {
    return new ReadSettings(
        newStrict, newTolerant, maxBytes, maxDepth, maxElements, maxTextLength, maxProblems);
  }

  /** These settings with another document size limit. */
  ReadSettings withMaxBytes(long bytes) {
    return new ReadSettings(
        strict, tolerant, bytes, maxDepth, maxElements, maxTextLength, maxProblems);
  }

  /** These settings with another depth limit. */
  ReadSettings withMaxDepth(int depth) {
    return new ReadSettings(
        strict, tolerant, maxBytes, depth, maxElements, maxTextLength, maxProblems);
  }

  /** These settings with another limit on the elements of one activity. */
  ReadSettings withMaxElements(int elements) {
    return new ReadSettings(
        strict, tolerant, maxBytes, maxDepth, elements, maxTextLength, maxProblems);
  }

  /** These settings with another text length limit. */
  ReadSettings withMaxTextLength(int characters) {
    return new ReadSettings(
        strict, tolerant, maxBytes, maxDepth, maxElements, characters, maxProblems);
  }

  /** These settings with another number of problems kept. */
  ReadSettings withMaxProblems(int problems) {
    return new ReadSettings(
        strict, tolerant, maxBytes, maxDepth, maxElements, maxTextLength, problems);
  }

  /** A new parser factory: namespace aware, not coalescing, no DTD, no external resource. */
  static XMLInputFactory parserFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    // not coalescing: long text arrives in pieces, so that its length is checked as it grows
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource " + systemId + " refused");
        });
    // belt and braces for parsers that honour the JDK's limits
    trySet(f, "jdk.xml.entityExpansionLimit", "100");
    trySet(f, "jdk.xml.totalEntitySizeLimit", "10000");
    trySet(f, "jdk.xml.maxGeneralEntitySizeLimit", "10000");
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, Object value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException e) {
      // the parser does not know the property; the DOCTYPE refusal still protects
    }
  }
}
