// Package asciidoc reads AsciiDoc documents into the blocks of the
// document model (package doc): the subset of AsciiDoc that translated
// books and manuals use, Pro Git and the like. It has no AsciiDoc library
// behind it; it follows the syntax Asciidoctor reads, without evaluating
// attributes, includes or conditionals.
//
// [Blocks] returns the blocks in reading order, the header's attributes
// and the syntax problems found. Every block's text is built with
// [doc.Builder], so each byte of it maps back to the file; a line break
// inside a block becomes one synthetic space.
//
// # Blocks
//
//   - Section titles ("=" to "======", or "#" to "######") are headings
//     whose Level is the number of markers; the document title "= Title"
//     is a level-1 heading. An anchor before the title ("[[id]]", "[#id]")
//     or at its end gives its ID.
//   - Paragraphs are paragraphs; inside a quote block ("____") or styled
//     [quote] or [verse] they are quotes. An admonition paragraph
//     ("NOTE: text") has Info "note" (also "tip", "important", "warning",
//     "caution"), its label left out of the text; an admonition style on
//     a delimited block ("[NOTE]" then "====") gives that Info to the
//     paragraphs and list items inside.
//   - A block title (".Title") is a paragraph of its own with Info
//     "caption", before the block it names. An anchor gives its ID to the
//     first block of the element it stands before: the caption, when the
//     element has one.
//   - Listing ("----"), literal ("....") and fenced ("```") blocks, indented
//     paragraphs and paragraphs styled [source] or [literal] are code
//     blocks: Info is the language of "[source,ruby]" or of the fence (for
//     "[source]" alone, the document's source-language attribute), the text
//     is the lines as written joined with synthetic line breaks.
//   - Passthrough blocks ("++++") are Markup blocks with Info "pass" (or
//     "stem"); comment blocks ("////") and comment lines are dropped.
//     Sidebars ("****"), example blocks ("====") and open blocks ("--") are
//     read for the blocks they hold.
//   - Each table row ("|===", and CSV ",===" or DSV ":===" tables) is a
//     TableRow block whose text is its cells' text joined with a synthetic
//     " | "; the header row has Info "header". The number of columns comes
//     from the cols attribute or the first line of cells; column and row
//     spans are followed, a repeated cell ("3*|") is read once.
//   - List items ("*", "-", ".", "1.", "a.", "i)", callouts "<1>") are
//     ListItem blocks whose Level is their depth, counted by marker style as
//     AsciiDoc does. Number is the ordinal of an ordered item in its list,
//     or the number as written ("3.", "c." is 3) when the marker has one, so
//     that a misnumbered item shows; 0 for unordered items. A list
//     continuation ("+") attaches the next block to the item; that block is
//     read as a block of its own.
//   - A description list item ("term:: description") is one ListItem whose
//     text is the term, a synthetic ": " (a space if the term ends in
//     punctuation) and the description. A term alone on its line takes the
//     paragraph below as its description.
//   - Block macros are Markup blocks named after the macro whose text is the
//     target: "include::a.adoc[]" has Info "include" and text "a.adoc";
//     "image::a.png[Alt]" has Info "image" and an image link to its target.
//     Conditional lines ("ifdef::", "endif::") are dropped: both branches
//     are read.
//   - Attribute entries (":name: value") are not blocks; those before the
//     first body block, with the title, make up meta. Block attribute lines
//     ("[source,ruby]"), page breaks and thematic breaks are not blocks
//     either.
//
// # Inline markup
//
// Bold, italic, highlight, superscript and subscript markup is dropped and
// its text kept. Code ("`x`", "+x+", "pass:[x]", "kbd:[x]") is kept in the
// text and recorded as an [doc.Inline] of kind code whose Value is the
// code. A link ("https://x[text]", "link:x[text]", "mailto:a@b[text]")
// keeps only its text; a bare URL or e-mail address is its own text. An
// inline image is a link with Image set and no text. A cross reference
// with a text ("<<id,text>>", "xref:id[text]") is a link to "#id" whose
// text is prose; one without ("<<id>>") keeps the id as an inline macro.
// An attribute reference ("{name}") is an inline macro. Concealed index
// terms ("(((a, b)))") and inline anchors are dropped; visible index terms
// ("((term))") keep their text. Curved quotes ("`text`") keep their quote
// marks and drop the backticks.
//
// # Footnotes
//
// A footnote ("footnote:[text]", "footnote:name[text]",
// "footnoteref:[name,text]") is dropped from the text and a [doc.Marker]
// stands in its place. Footnotes are numbered in the order of their first
// reference across the document, from 1; a later reference to a name
// ("footnote:name[]") gets the same number. Each footnote's text is a
// FootnoteDef block, after all body blocks, whose Label is its number, or
// its name for a named footnote.
//
// # Not read
//
// Two-line (setext) section titles, Markdown block quotes ("> text") and
// the quotes of legacy AsciiDoc.py (two backticks before the text, two
// apostrophes after it) are read as plain paragraphs and text. Attribute references are not replaced by their values, includes
// are not followed and conditionals are not evaluated. Table cell styles
// ("a|", "l|") are not applied: every cell is read as text. Typographic
// replacements ("--", "(C)") are left as written.
//
// # Problems
//
// A delimited block with no closing line runs to the end of the block
// around it, and a footnote whose bracket is not closed stays in the text
// as written; each gives a [doc.Problem] that says what to add.
package asciidoc
