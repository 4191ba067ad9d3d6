package read

import "testing"

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
		{"markdown, the second block too long", "a.md", 20, "a.md:3: a block of 35 bytes of text, more than the 20 bytes a check takes: break it into paragraphs"},
		{"plain, the second block too long", "a.txt", 20, "a.txt:3: a block of 35 bytes of text, more than the 20 bytes a check takes: break it into paragraphs"},
		{"asciidoc, the second block too long", "a.adoc", 20, "a.adoc:3: a block of 35 bytes of text, more than the 20 bytes a check takes: break it into paragraphs"},
		{"every block short enough", "a.md", 35, ""},
	} {
		_, err := File(tc.name, []byte(data), Options{Lang: "en", maxText: tc.max})
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v, want no error", tc.desc, err)
		case tc.want != "" && (err == nil || err.Error() != tc.want):
			t.Errorf("%s: error %v, want %q", tc.desc, err, tc.want)
		}
	}
}
