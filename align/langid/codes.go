package langid

import (
	"strings"

	"golang.org/x/text/language"
)

// iso639_1 holds the two-letter codes of ISO 639-1.
var iso639_1 = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields(`aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
		da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io
		is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na
		nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss
		st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu`) {
		m[c] = true
	}
	return m
}()

// IsCode reports whether s is a language code as file names, folders,
// hosts and links write them: an ISO 639-1 code, alone or with a region or
// script ("es", "pt-BR", "pt_br", "es-419", "zh-Hans"), in any case.
func IsCode(s string) bool {
	s = strings.ToLower(s)
	lang, rest, found := strings.Cut(strings.ReplaceAll(s, "_", "-"), "-")
	if !iso639_1[lang] {
		return false
	}
	if !found {
		return true
	}
	switch {
	case len(rest) == 2 && isAlpha(rest): // a region: BR, MX
	case len(rest) == 3 && isDigits(rest): // a UN region: 419
	case len(rest) == 4 && isAlpha(rest): // a script: Hans, Latn
	default:
		return false
	}
	return true
}

// Base returns the ISO 639-1 code of a language code: "pt" of "pt-BR".
func Base(s string) string {
	s = strings.ToLower(s)
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	return s
}

func isAlpha(s string) bool {
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Suggest returns the language code s was likely meant to be when s is
// not one: the ISO 639-1 code of a three-letter code ("spa", "ger"), of
// an English language name ("Spanish"), or of a name misspelt by a letter
// or two ("Spansh"); "" when nothing is near.
func Suggest(s string) string {
	if IsCode(s) {
		return ""
	}
	low := strings.ToLower(strings.TrimSpace(s))
	if tag, err := language.Parse(low); err == nil {
		if base, conf := tag.Base(); conf == language.Exact && iso639_1[base.String()] {
			return base.String()
		}
	}
	if len([]rune(low)) < 4 {
		return "" // too short to tell a misspelling from another code
	}
	best, bestD := "", 3 // at most two edits
	for code := range iso639_1 {
		name := strings.ToLower(Name(code))
		if name == "" {
			continue
		}
		d := editDistance(low, name)
		if d < bestD || (d == bestD && code < best) {
			best, bestD = code, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance of a and b, counted in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
