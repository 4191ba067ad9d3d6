package asciidoc

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/source"
)

// book returns a generated document of n sections in the shape of a Pro Git
// chapter: a heading, paragraphs with code, links, cross references and
// footnotes, a listing, a table, a list and a note.
func book(n int) []byte {
	var sb strings.Builder
	sb.WriteString("= A Generated Book\n:lang: en\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&sb, "[[_section_%d]]\n=== Section %d\n\n", i, i)
		fmt.Fprintf(&sb, "This section shows `git log --stat` at work on *commit %d*.footnote:[Note %d, see https://example.com/%d[the site].]\n", i, i, i)
		sb.WriteString("It also uses _emphasis_, \"`curved quotes`\" and <<_section_0>>.(((git commands, log)))\n\n")
		sb.WriteString("[source,console]\n----\n$ git log --stat\ncommit ca82a6dff817ec66f44342007202690a93763949\n----\n\n")
		sb.WriteString(".Options\n[cols=\"1,4\",options=\"header\"]\n|===\n| Option | Description\n| `-p` | Show the patch.\n| `--stat` | Show statistics.\n|===\n\n")
		sb.WriteString(". First step.\n. Second step with `code`.\n** A nested item.\n\n")
		sb.WriteString("[NOTE]\n====\nA note with a link to link:https://git-scm.com[Git].\n====\n\n")
	}
	return []byte(sb.String())
}

// BenchmarkBlocks reads generated books of growing size; the time per byte
// stays flat when reading is linear.
func BenchmarkBlocks(b *testing.B) {
	for _, n := range []int{10, 100, 1000} {
		data := book(n)
		b.Run(fmt.Sprintf("sections=%d", n), func(b *testing.B) {
			f := source.NewFile("book.adoc", data)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				Blocks(f)
			}
		})
	}
}
