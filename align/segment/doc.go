// Package segment splits block text into sentences and citation items.
//
// It does not implement Unicode text segmentation (UAX #29): the sentence
// rules of UAX #29 split after every abbreviation followed by a capital, and
// know nothing of footnote markers. The rules here are simple, listed below,
// and the abbreviations they need are kept per language in rules.go.
// Offsets are byte offsets into the text given, starting at 0; spans are
// half-open and tile the text: the first starts at 0, each starts where the
// previous one ended, and the last ends at len(text).
//
// # Sentences
//
// [Sentences] ends a sentence after a run of end punctuation (. ! ? … and
// runs such as "?!" or "...") when
//
//   - closing quotes and brackets, and footnote markers ("[7]", "[^7]",
//     superscript digits), may follow it directly: they belong to the
//     sentence ("…they said so.) Next", "…power.[7] Next", "…power.⁷ Next");
//   - then white space follows, and after it, optionally, footnote markers
//     ("…imperialism. [7] Next": the marker and the space after it stay with
//     the sentence they follow);
//   - then a sentence starts: an upper-case letter, a digit, a letter of a
//     script without case, or one of those after opening quotes, brackets,
//     "¿" or "¡", or after an elision mark "(…)".
//
// Whatever follows, the end punctuation does not end a sentence when
//
//   - it comes right after an opening bracket: "(…)", "[...]", "(?)";
//   - it lies inside a quotation that opens inside a sentence and continues
//     it: one whose closing quote is followed by a lower-case letter, a
//     comma, a semicolon, a colon, or a dash and a lower-case letter (He said
//     “Stop. Now” and left.). A quotation that opens a sentence holds
//     sentences of its own (“We lost. It was a mistake,” he said.). Quotes
//     are told opening from closing by the characters on either side, not by
//     their shape, because translations mix “…”, «…», „…“ and "…".
//     Quotations longer than maxQuoteLen bytes are not considered, so that
//     one unpaired quote cannot glue a paragraph together;
//   - it is a single dot after an abbreviation, according to its class in the
//     tables of the language (see rules.go): "Dr.", "e.g.", "EE. UU.",
//     "т. е.", "z. B.", initials such as "M." and "J. R. R.", list labels
//     such as "1." at the start of a sentence, and German ordinals ("am 3.
//     Oktober").
//
// A dot with no space after it never ends a sentence, so numbers ("2.0.0",
// "3.14", "31.07.2023"), URLs and e-mail addresses are never split inside.
// Line breaks count as white space: a block is expected to be one paragraph.
// Full-width ideographic end punctuation ("。", "！", "？") ends a sentence
// without white space after it.
//
// # Citation items
//
// [Items] splits the text of one footnote definition into the works it
// cites, at semicolons outside brackets, URLs and character references.
//
// Both functions run in time linear in the length of the text, accept any
// byte string (invalid UTF-8 included) and never panic.
package segment
