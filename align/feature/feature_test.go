package feature

import (
	"slices"
	"strings"
	"testing"
)

func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		desc string
		in   string
		want []string
	}{
		{"date in English", "10 August 2021", []string{"10", "2021", "m8"}},
		{"date in Spanish", "10 de agosto de 2021", []string{"10", "2021", "m8"}},
		{"date in Russian", "10 августа 2021 г.", []string{"10", "2021", "m8"}},
		{"date in German", "am 3. März 1956", []string{"1956", "3", "m3"}},
		{"date in French", "le 9 mai 1953", []string{"1953", "9", "m5"}},
		{"numeric date", "31.07.2023", []string{"2023", "31", "7"}},
		{"thousands comma", "1,000", []string{"1000"}},
		{"thousands point", "1.000", []string{"1000"}},
		{"thousands space", "1 000", []string{"1000"}},
		{"thousands no-break space", "1\u00a0000\u00a0000", []string{"1000000"}},
		{"decimal point", "1.5", []string{"1.5"}},
		{"decimal comma", "1,5", []string{"1.5"}},
		{"thousands and decimal", "12,345.67", []string{"12345.67"}},
		{"thousands and decimal comma", "12.345,67", []string{"12345.67"}},
		{"leading zeros", "007 and 0", []string{"0", "7"}},
		{"version", "version 2.0.1", []string{"2.0.1"}},
		{"version with v and leading zeros", "v0.01.117", []string{"0.1.117"}},
		{"date with dots", "31.07.2023", []string{"2023", "31", "7"}},
		{"thousands with dots", "1.000.000", []string{"1000000"}},
		{"hash", "commit 5114f85 and build 21AF26D3", []string{"21af26d3", "5114f85"}},
		{"digits glued to letters once", "mp3, CO2 and 5km", []string{"2", "3", "5"}},
		{"bracket markers left out", "as shown[3] in 1999[^4]", []string{"1999"}},
		{"superscript markers left out", "as shown¹² in 1999", []string{"1999"}},
		{"URLs left out", "see https://example.com/2023/10 on page 7", []string{"7"}},
		{"may as a verb", "You may go.", nil},
		{"may as a month", "on 3 May 2020", []string{"2020", "3", "m5"}},
		{"month alone", "in August", nil},
		{"no numbers", "nothing here", nil},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if have := Numbers(tc.in); !slices.Equal(have, tc.want) {
				t.Errorf("Numbers(%q) = %q, want %q", tc.in, have, tc.want)
			}
		})
	}
}

// TestNumbersAgree checks that the ways of writing one number or date give
// the same keys.
func TestNumbersAgree(t *testing.T) {
	for _, group := range [][]string{
		{"10 August 2021", "10 de agosto de 2021", "10 августа 2021 г.", "le 10 août 2021", "am 10. August 2021"},
		{"1,000", "1.000", "1 000", "1\u202f000", "1000"},
		{"1.5", "1,5"},
		{"3,141.59", "3.141,59", "3 141,59"},
	} {
		want := Numbers(group[0])
		for _, s := range group[1:] {
			if have := Numbers(s); !slices.Equal(have, want) {
				t.Errorf("Numbers(%q) = %q, want %q as for %q", s, have, want, group[0])
			}
		}
	}
}

func TestNameKey(t *testing.T) {
	for _, tc := range []struct {
		desc string
		a, b string
	}{
		{"Lavrov", "Лавров", "Lavrov"},
		{"Kissinger", "Киссинджер", "Kissinger"},
		{"Washington", "Вашингтон", "Washington"},
		{"Zelensky", "Зеленский", "Zelenskyy"},
		{"Putin", "Путин", "Putin"},
		{"accents", "Pröbsting", "Probsting"},
		{"case", "UKRAINE", "Ukraine"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			ka, kb := NameKey(tc.a), NameKey(tc.b)
			if ka != kb {
				t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q, want equal", tc.a, ka, tc.b, kb)
			}
			if len(ka) < 4 || len(ka) > 5 {
				t.Errorf("NameKey(%q) = %q, want 4 or 5 letters", tc.a, ka)
			}
		})
	}
	if NameKey("Lavrov") == NameKey("Kissinger") {
		t.Errorf("different names share a key")
	}
}

func TestNames(t *testing.T) {
	en := Names("Lavrov met Kissinger in Washington, see www.Lavrov.example.")
	ru := Names("Лавров встретился с Киссинджером в Вашингтоне.")
	if want := []string{"kisin", "lavro", "vashi"}; !slices.Equal(en, want) {
		t.Errorf("Names(en) = %q, want %q", en, want)
	}
	if Common(en, ru) != 3 {
		t.Errorf("Names(ru) = %q, want the keys of Names(en) %q", ru, en)
	}
	// Short words, lower-case words shorter than seven letters and links
	// are not names.
	if have := Names("The cat sat on the mat; see https://Example.com/Washington"); len(have) != 0 {
		t.Errorf("Names = %q, want none", have)
	}
}

func TestURLs(t *testing.T) {
	for _, tc := range []struct {
		desc string
		in   string
		want []string
		raw  []string
	}{
		{"scheme, www and trailing slash", "see https://www.Example.COM/Path/ now", []string{"example.com/Path"}, []string{"https://www.Example.COM/Path/"}},
		{"trailing punctuation", "at http://example.com.", []string{"example.com"}, []string{"http://example.com"}},
		{"in brackets", "(www.example.com/a?b=1)", []string{"example.com/a?b=1"}, []string{"www.example.com/a?b=1"}},
		{"e-mail", "mail Joe.Bloggs@Example.org, please", []string{"joe.bloggs@example.org"}, []string{"Joe.Bloggs@Example.org"}},
		{"sorted", "b.example.com http://a.example.com", []string{"a.example.com"}, []string{"http://a.example.com"}},
		{"none", "no links here", nil, nil},
		{"Korean particle after it", "주소 http://localhost:5000과 같은", []string{"localhost:5000"}, []string{"http://localhost:5000"}},
		{"Japanese after it", "https://example.jp/docsを参照", []string{"example.jp/docs"}, []string{"https://example.jp/docs"}},
		{"Korean in its path", "https://ko.wikipedia.org/wiki/한국어 문서", []string{"ko.wikipedia.org/wiki/한국어"}, []string{"https://ko.wikipedia.org/wiki/한국어"}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if have := URLs(tc.in); !slices.Equal(have, tc.want) {
				t.Errorf("URLs(%q) = %q, want %q", tc.in, have, tc.want)
			}
			if have := RawURLs(tc.in); !slices.Equal(have, tc.raw) {
				t.Errorf("RawURLs(%q) = %q, want %q", tc.in, have, tc.raw)
			}
		})
	}
	if a, b := URLs("https://example.com/x"), URLs("http://www.EXAMPLE.com/x/"); !slices.Equal(a, b) {
		t.Errorf("one link written two ways: %q and %q", a, b)
	}
}

func TestSameWork(t *testing.T) {
	for _, tc := range []struct {
		desc string
		a, b string
		want bool
	}{
		{"identical", "Smith, J. The Book. London: Verso, 2020.", "Smith, J. The Book. London: Verso, 2020.", true},
		{"punctuation and case", "Smith, J. The Book. London: Verso, 2020.", "smith j the book london verso 2020", true},
		{"a typo", "Pröbsting, Michael: Secret Negotiations between U.S. and Russia Have Started, 2023", "Pröbsting, Michael: Secret Negotiations between U.S. and Russia have started 2023", true},
		{"different works", "Smith, J. The Book. London: Verso, 2020.", "Jones, K. Another Book. Paris: Seuil, 2019.", false},
		{"same author, other year", "Smith, J. The Book, volume one. London: Verso, 2020.", "Smith, J. The Book, volume two. London: Verso, 2021.", false},
		{"too short", "Ibid.", "Ibid.", false},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if have := SameWork(tc.a, tc.b); have != tc.want {
				t.Errorf("SameWork(%q, %q) = %v, want %v", tc.a, tc.b, have, tc.want)
			}
		})
	}
}

func TestDuplicates(t *testing.T) {
	items := []string{
		"Smith, The Book, London 2020",
		"Jones, Another Work, Paris 2019",
		"Smith, The Book, London 2020.",
		"Ibid.",
		"Ibid.",
		"jones, another work, paris 2019",
	}
	want := []int{-1, -1, 0, -1, -1, 1}
	if have := Duplicates(items); !slices.Equal(have, want) {
		t.Errorf("Duplicates = %v, want %v", have, want)
	}
	if have := Duplicates(nil); len(have) != 0 {
		t.Errorf("Duplicates(nil) = %v", have)
	}
}

func TestSpelledNumbers(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"The twelve-factor app", []string{"12"}},
		{"Приложение двенадцати факторов", []string{"12"}},
		{"Aplikacja dwunastu czynników, dwadzieścia razy", []string{"12", "20"}},
		{"doce factores y tres mil", []string{"1000", "12", "3"}},
		{"un, una, one: articles and pronouns", nil},
		{"сотрудник и сорока", nil},
		{"12 facteurs", nil},
	} {
		if have := SpelledNumbers(tc.in); !slices.Equal(have, tc.want) {
			t.Errorf("SpelledNumbers(%q) = %q, want %q", tc.in, have, tc.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "ab", 2}, {"kitten", "sitting", 3},
		{"footnote-numbered", "footnote-misnumbered", 3}, {"probsting", "prebsting", 1},
		// Longer than the rows kept on the stack, on either side.
		{strings.Repeat("ab", 30), strings.Repeat("ab", 29) + "ba", 2},
		{strings.Repeat("x", 39), strings.Repeat("x", 40), 1},
		{strings.Repeat("x", 40), strings.Repeat("x", 39), 1},
		{strings.Repeat("x", 41), "", 41}, {"", strings.Repeat("x", 41), 41},
	} {
		if have := EditDistance(tc.a, tc.b); have != tc.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tc.a, tc.b, have, tc.want)
		}
	}
}
