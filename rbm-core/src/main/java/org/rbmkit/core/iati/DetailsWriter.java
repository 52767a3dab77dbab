package org.rbmkit.core.iati;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes what classifies an activity or a transaction, other identifiers, document links and
 * transaction organisations, in the schema's order, through the {@link XmlOut} serialiser of an
 * {@link IatiWriter}.
 */
final class DetailsWriter {

  private DetailsWriter() {}

  static void otherIdentifiers(XmlOut w, List<IatiOtherIdentifier> ids) throws IOException {
    for (IatiOtherIdentifier o : ids) {
      w.start("other-identifier");
      w.attribute("ref", o.ref());
      w.optional("type", o.type());
      if (o.hasOwner()) {
        w.start("owner-org");
        w.optional("ref", o.ownerRef());
        w.narratives(o.ownerName());
        w.end();
      }
      w.end();
    }
  }

  /** From {@code recipient-country} to {@code default-tied-status}, between dates and budgets. */
  static void activityClassifications(XmlOut w, IatiClassifications c) throws IOException {
    codes(w, "recipient-country", c.recipientCountries());
    codes(w, "recipient-region", c.recipientRegions());
    codes(w, "sector", c.sectors());
    codes(w, "tag", c.tags());
    for (IatiPolicyMarker m : c.policyMarkers()) {
      w.start("policy-marker");
      w.optional("vocabulary", m.vocabulary());
      w.optional("vocabulary-uri", m.vocabularyUri());
      w.attribute("code", m.code());
      w.optional("significance", m.significance());
      w.narratives(m.narratives());
      w.end();
    }
    code(w, "collaboration-type", c.collaborationType());
    code(w, "default-flow-type", c.flowType());
    code(w, "default-finance-type", c.financeType());
    codes(w, "default-aid-type", c.aidTypes());
    code(w, "default-tied-status", c.tiedStatus());
  }

  /** From {@code provider-org} to {@code tied-status}, after the transaction's value. */
  static void transactionDetails(XmlOut w, IatiTransaction t) throws IOException {
    organisation(w, "provider-org", "provider-activity-id", t.providerOrg());
    organisation(w, "receiver-org", "receiver-activity-id", t.receiverOrg());
    IatiClassifications c = t.classifications();
    codes(w, "sector", c.sectors());
    codes(w, "recipient-country", c.recipientCountries());
    codes(w, "recipient-region", c.recipientRegions());
    code(w, "flow-type", c.flowType());
    code(w, "finance-type", c.financeType());
    codes(w, "aid-type", c.aidTypes());
    code(w, "tied-status", c.tiedStatus());
  }

  static void documentLinks(XmlOut w, List<IatiDocumentLink> links) throws IOException {
    for (IatiDocumentLink d : links) {
      w.start("document-link");
      w.attribute("url", d.url());
      w.optional("format", d.format());
      w.narrativesIn("title", d.title());
      if (!d.description().isEmpty()) {
        w.narrativesIn("description", d.description());
      }
      for (String k : d.categories()) {
        code(w, "category", Optional.of(k));
      }
      for (String l : d.languages()) {
        code(w, "language", Optional.of(l));
      }
      if (d.documentDate().isPresent()) {
        w.dateElement("document-date", d.documentDate().get());
      }
      w.end();
    }
  }

  private static void organisation(
      XmlOut w, String name, String activityAttribute, Optional<IatiTransactionOrg> org)
      throws IOException {
    if (org.isEmpty()) {
      return;
    }
    IatiTransactionOrg o = org.get();
    w.start(name);
    w.optional("ref", o.ref());
    w.optional(activityAttribute, o.activityId());
    w.optional("type", o.type());
    w.narratives(o.name());
    w.end();
  }

  private static void codes(XmlOut w, String name, List<IatiClassification> items)
      throws IOException {
    for (IatiClassification i : items) {
      w.start(name);
      w.attribute("code", i.code());
      w.optional("vocabulary", i.vocabulary());
      w.optional("vocabulary-uri", i.vocabularyUri());
      w.optional("percentage", i.percentage().map(p -> p.toPlainString()));
      w.narratives(i.narratives());
      w.end();
    }
  }

  private static void code(XmlOut w, String name, Optional<String> code) throws IOException {
    if (code.isPresent()) {
      w.start(name);
      w.attribute("code", code.get());
      w.end();
    }
  }
}
