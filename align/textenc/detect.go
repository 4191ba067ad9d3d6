package textenc

import (
	"math"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
)

// scanLimit is how many bytes after the first byte >= 0x80 the legacy
// detector scores.
const scanLimit = 16 << 10

// charClass is what a byte decodes to under a candidate encoding.
type charClass uint8

const (
	classOther  charClass = iota // ASCII character other than a letter
	classLetter                  // letter of the candidate's script (ASCII letters included)
	classPunct                   // common punctuation or space
	classSymbol                  // rare symbol, box drawing, letter of another script
	classBad                     // undefined byte or C1 control character
)

// charInfo describes the character a byte decodes to.
type charInfo struct {
	class  charClass
	ascii  bool    // an ASCII character
	lower  bool    // a lower-case letter
	upper  bool    // an upper-case letter
	points float32 // frequency points of a letter >= 0x80
	bigram uint8   // 1 + index of a Russian letter in russianLetters, 0 otherwise
}

// candidate is a legacy encoding the detector may choose.
type candidate struct {
	name     string
	cm       *charmap.Charmap
	cyrillic bool // Cyrillic (else Latin) script
	info     [256]charInfo
}

// candidates are the legacy encodings the detector chooses from, in the
// order that breaks ties.
var candidates = []*candidate{
	newCandidate("windows-1252", charmap.Windows1252, false),
	newCandidate("windows-1251", charmap.Windows1251, true),
	newCandidate("koi8-r", charmap.KOI8R, true),
	newCandidate("koi8-u", charmap.KOI8U, true),
	newCandidate("iso-8859-5", charmap.ISO8859_5, true),
}

// russianLetters are the Russian lower-case letters; russianFreq their
// frequency in per cent in Russian text.
const russianLetters = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё"

var russianFreq = [...]float64{
	10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49,
	3.21, 2.98, 2.81, 2.62, 2.01, 1.90, 1.74, 1.70, 1.65, 1.59, 1.44,
	1.21, 0.97, 0.94, 0.73, 0.64, 0.48, 0.36, 0.32, 0.26, 0.04, 0.20,
}

// otherCyrillicFreq gives frequencies for the Cyrillic letters of
// Ukrainian and Belarusian, so that texts in them are not penalised too
// much; the letters of Serbian and Macedonian get the floor.
var otherCyrillicFreq = map[rune]float64{
	'і': 3.0, 'ї': 0.6, 'є': 0.4, 'ґ': 0.1, 'ў': 0.3,
}

// russianBigrams are common Russian letter pairs.
const russianBigrams = "ст но то на ен ов ни ра во ко ал ре пр ет по го ер он ан ли ос ел ор ла ка ро те ва не ол ть ит ри де ат ин тв ес ло от ле ом ие ый ой ег ам ев ия из ак об за ве ми ки да ме ск ль ых их ую ая ое ее ся мо чт ду"

// isRussianBigram[a][b] reports whether the letters russianLetters[a-1],
// russianLetters[b-1] (as charInfo.bigram indexes) form a common bigram.
var isRussianBigram [len(russianFreq) + 1][len(russianFreq) + 1]bool

// latinFreq gives frequency points for the accented letters of Spanish,
// French, Portuguese, German and Italian (lower case); letters not listed
// get -1.
var latinFreq = map[rune]float32{
	'é': 1.5,
	'á': 1, 'í': 1, 'ó': 1, 'ú': 1, 'ñ': 1, 'à': 1, 'è': 1, 'ç': 1, 'ã': 1,
	'ü': 1, 'ö': 1, 'ä': 1, 'ß': 1, 'ê': 1, 'ô': 1, 'â': 1, 'õ': 1,
	'ë': 0.3, 'ï': 0.3, 'î': 0.3, 'û': 0.3, 'ù': 0.3, 'ì': 0.3, 'ò': 0.3,
	'œ': 0.3, 'å': 0.3, 'ø': 0.3, 'æ': 0.3, 'ª': 0.3, 'º': 0.3,
}

// commonPunct is punctuation that text in any of the candidate encodings
// may hold.
const commonPunct = "\u00a0\u00ad«»„“”‘’‚‹›–—…•·№§°©®™±¿¡€"

func init() {
	index := map[rune]uint8{}
	for i, r := range []rune(russianLetters) {
		index[r] = uint8(i + 1)
	}
	for _, pair := range strings.Fields(russianBigrams) {
		p := []rune(pair)
		isRussianBigram[index[p[0]]][index[p[1]]] = true
	}
	for _, c := range candidates {
		for b := 0; b < 256; b++ {
			c.info[b] = classify(c.cm.DecodeByte(byte(b)), c.cyrillic, index)
		}
	}
}

// newCandidate returns a candidate; init fills in its table.
func newCandidate(name string, cm *charmap.Charmap, cyrillic bool) *candidate {
	return &candidate{name: name, cm: cm, cyrillic: cyrillic}
}

// classify describes r for a candidate of the given script.
func classify(r rune, cyrillic bool, index map[rune]uint8) charInfo {
	if r < 0x80 {
		x := charInfo{ascii: true, class: classOther}
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			x.class = classLetter
			x.lower, x.upper = unicode.IsLower(r), unicode.IsUpper(r)
		}
		return x
	}
	switch {
	case r == unicode.ReplacementChar || r < 0xA0:
		return charInfo{class: classBad}
	case strings.ContainsRune(commonPunct, r):
		return charInfo{class: classPunct}
	case !unicode.IsLetter(r):
		return charInfo{class: classSymbol}
	}
	x := charInfo{class: classLetter, lower: unicode.IsLower(r), upper: unicode.IsUpper(r)}
	lr := unicode.ToLower(r)
	if cyrillic {
		if !unicode.Is(unicode.Cyrillic, r) {
			return charInfo{class: classSymbol}
		}
		freq := 0.01
		if i, ok := index[lr]; ok {
			freq = russianFreq[i-1]
			x.bigram = i
		} else if f, ok := otherCyrillicFreq[lr]; ok {
			freq = f
		}
		x.points = float32(max(-3, min(1.5, math.Log(freq/3))))
		return x
	}
	if !unicode.Is(unicode.Latin, r) {
		return charInfo{class: classSymbol}
	}
	x.points = -1
	if p, ok := latinFreq[lr]; ok {
		x.points = p
	}
	return x
}

// detectLegacy returns the legacy candidate under which data, which holds
// bytes >= 0x80, reads best.
func detectLegacy(data []byte) *candidate {
	start := 0
	for start < len(data) && data[start] < 0x80 {
		start++
	}
	if start > 0 {
		start-- // keep the left neighbour of the first byte >= 0x80
	}
	data = data[start:min(len(data), start+scanLimit)]
	best, bestScore := candidates[0], float32(math.Inf(-1))
	for _, c := range candidates {
		if s := c.score(data); s > bestScore {
			best, bestScore = c, s
		}
	}
	return best
}

// none is the neighbour of the first and the last byte.
var none = charInfo{ascii: true, class: classOther}

// score adds up the points of the bytes >= 0x80 of data decoded under c.
func (c *candidate) score(data []byte) float32 {
	asciiNext, highNext := float32(1), float32(-0.5)
	if c.cyrillic {
		asciiNext, highNext = -2, 0.5
	}
	var total float32
	for i, b := range data {
		if b < 0x80 {
			continue
		}
		x := &c.info[b]
		switch x.class {
		case classBad:
			total -= 4
			continue
		case classSymbol:
			total -= 1.5
			continue
		case classPunct:
			continue
		}
		l, r := &none, &none
		if i > 0 {
			l = &c.info[data[i-1]]
		}
		if i+1 < len(data) {
			r = &c.info[data[i+1]]
		}
		p := x.points
		if l.class != classLetter && r.class != classLetter {
			p--
		}
		for _, n := range [2]*charInfo{l, r} {
			if n.class == classLetter {
				if n.ascii {
					p += asciiNext
				} else {
					p += highNext
				}
			}
		}
		if l.class == classLetter {
			switch {
			case l.lower && x.lower:
				p += 0.5
			case l.lower && x.upper:
				p -= 2
			case l.upper && x.upper:
				p -= 0.5
			}
			if isRussianBigram[l.bigram][x.bigram] && l.bigram != 0 && x.bigram != 0 {
				p++
			}
		}
		total += p
	}
	return total
}
