package read

import (
	"testing"

	"github.com/tralign/tralign/align/read/markdown"
	"github.com/tralign/tralign/align/source"
)

// TestTooLong checks the error for a block longer than a check takes
// (doc.MaxText, lowered here): it names the file and the line where the
// block starts, and says what to do.
func TestTooLong(t *testing.T) {
	const data = "Short.\n\nA longer paragraph,\nover two lines.\n"
	for _, tc := range []struct {
		desc, name string
		max        int
		want       string // "" for no error
	}{
		{"markdown, the second block too long", "a.md", 20, "a.md:3: a block of 35 bytes of text, more than the 20 a check takes: break it into paragraphs"},
		{"plain, the second block too long", "a.txt", 20, "a.txt:3: a block of 35 bytes of text, more than the 20 a check takes: break it into paragraphs"},
		{"every block short enough", "a.md", 35, ""},
	} {
		f := source.NewFile(tc.name, []byte(data))
		var raws []*rawBlock
		if FormatOf(tc.name) == "markdown" {
			blocks, _, _ := markdown.Blocks(f)
			for _, b := range blocks {
				raws = append(raws, &rawBlock{Block: b})
			}
		} else {
			raws = plainBlocks(splitLines(f.Content))
		}
		err := tooLong(f, raws, tc.max)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v, want no error", tc.desc, err)
		case tc.want != "" && (err == nil || err.Error() != tc.want):
			t.Errorf("%s: error %v, want %q", tc.desc, err, tc.want)
		}
	}
}
