/** Budget documents and their calculators: balance, reserve funds, staff costs, growth, checks. */
module org.rbmkit.budget {
  requires transitive org.rbmkit.core;
}
