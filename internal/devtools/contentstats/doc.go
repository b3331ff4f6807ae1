// Command contentstats measures the story's text: how many words each pane
// holds and what share of each story pane's sentences are caveats.
//
//	scripts/devtool contentstats [--content DIR] [--sentences PANE]
//
// Without --content it measures the pack embedded in the binary.
// --sentences PANE also lists that pane's sentences, each marked C when it
// counts as a caveat, so the rule below can be checked by eye.
//
// # Words
//
// A word is a run of letters or digits, with an apostrophe and letters
// attached ("OpenAI's" is one word). Counted: every text field of a file's
// front matter (title, summary, before/after, enables, caveats, what_changed,
// definitions, a digest entry's section and source, …) and the Markdown
// body. Not counted: fields that hold ids or closed words (id, kind,
// provenance, citations, related, notes, terms, blocks, gains, changed,
// subject, group, role, origin, date) and a glossary entry's match phrases.
//
// Panes: story (story.md), timeline, deal, japan, impact, glossary, notes,
// and digest (sources/article and sources/background).
//
// # Caveat sentences
//
// The sentences of an item are its summary, its sentence-like fields
// (what_changed, why_it_matters, before, after, enables, in_this_deal),
// each caveats entry, and its body: headings are left out, each list
// entry and each paragraph is split at a full stop, question mark or
// exclamation mark that is followed by a space and a capital letter or a
// digit. Titles are not sentences, nor are pieces of fewer than three
// words, such as the labels "Before." and "Who gains.".
//
// A sentence is a caveat sentence when it stands in a caveats list, or
// when its point is what the sources do not say or leave unclear. The
// second part is recognised by wording (see caveatPatterns): "does not
// say", "gives no", "no figures", "not stated", "unnamed", "unclear",
// "asserted, not shown", "leave open", "garbled", "rather than events" and
// the like. The share printed is
// caveat sentences / all sentences of the pane.
package main
