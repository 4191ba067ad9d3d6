package segment

import (
	"slices"
	"testing"
)

// itemCase is one test of Items: in is the text with mark at every
// expected boundary.
type itemCase struct {
	desc string
	in   string
}

var itemTests = []itemCase{
	{desc: "one work", in: "Michael McFaul: The Negative Consequences of Track 1.5 Diplomacy to End the War in Ukraine, July 29, 2023,"},
	{desc: "seed footnote 7", in: "See on this in particular RCIT: Ukraine War: The Liberation of Western Kherson Oblast and the Danger of a Great Power Deal, 15 November 2022,;¦ Towards a Turning Point in the Ukraine War? The tasks of socialists in the light of possible lines of development of the war of national defence in combination with the inter-imperialist Great Power rivalry, 11 March 2023,"},
	{desc: "seed footnote 7 with its URLs", in: "See on this in particular RCIT: Ukraine War: The Liberation of Western Kherson Oblast and the Danger of a Great Power Deal, 15 November 2022, https://www.thecommunists.net/worldwide/global/ukraine-war-the-liberation-of-western-kherson-oblast/;¦ Towards a Turning Point in the Ukraine War? …, 11 March 2023, https://www.thecommunists.net/theory/towards-a-turning-point/"},
	{desc: "seed footnote 3", in: "The RCIT has published numerous documents about capitalism in Russia and its rise to an imperialist power. The most important ones are several pamphlets by Michael Pröbsting: The Peculiar Features of Russian Imperialism. A Study of Russia’s Monopolies, Capital Export and Super-Exploitation in the Light of Marxist Theory, 10 August 2021,;¦ by the same author: Lenin’s Theory of Imperialism and the Rise of Russia as a Great Power. On the Understanding and Misunderstanding of Today’s Inter-Imperialist Rivalry in the Light of Lenin’s Theory of Imperialism. Another Reply to Our Critics Who Deny Russia’s Imperialist Character, August 2014,;¦ Russia as a Great Imperialist Power. The formation of Russian Monopoly Capital and its Empire – A Reply to our Critics, 18 March 2014 (this pamphlet contains a document written in 2001 in which we established for the first time our characterisation of Russia as imperialist),;¦ see also the following essays by the same author: 'Empire-ism' vs a Marxist analysis of imperialism: Continuing the debate with Argentinian economist Claudio Katz on Great Power rivalry, Russian imperialism and the Ukraine War, 3 March 2023,;¦ Russia: An Imperialist Power or a “Non-Hegemonic Empire in Gestation”? A reply to the Argentinean economist Claudio Katz, in: New Politics, 11 August 2022, at;¦ Russian Imperialism and Its Monopolies, in: New Politics Vol. XVIII No. 4, Whole Number 72, Winter 2022,;¦ Once Again on Russian Imperialism (Reply to Critics). A rebuttal of a theory which claims that Russia is not an imperialist state but would be rather “comparable to Brazil and Iran”, 30 March 2022, See various other RCIT documents on this issue at a special sub-page on the RCIT’s website:"},
	{desc: "Ukrainian citations in the Russian version", in: "Смотрите об этом, например, RCIT: Інтеграція до НАТО: імперіалістична пастка для українського народу! 19 червня 2023 р.,;¦ Міхаель Пребстінг: Війна в Україні: які результати Вільнюського саміту НАТО? 13 липня 2023 року,;¦ Міхаель Пребстинг: Чи стане Україна \"Ізраїлем\" для НАТО у Східній Європі? 29 травня 2023 року,"},
	{desc: "semicolon inside a URL query", in: "Some Title, 2020, https://example.org/a?x=1;y=2;¦ Other Title, 2021, www.example.org/b;c=3 and more"},
	{desc: "semicolon ending a URL", in: "A, https://example.org/a;¦ B"},
	{desc: "semicolon inside parentheses", in: "A study (see also: X; Y), 2021;¦ Another work (2022)"},
	{desc: "semicolon inside square brackets", in: "PCRE [Perl; PHP and R], 2020;¦ Python"},
	{desc: "unmatched opening parenthesis", in: "El imperialismo ruso y sus monopolios, en: Periodistas Unidos (;¦ Once Again on Russian Imperialism (Reply to Critics). A rebuttal, 30 March 2022"},
	{desc: "character references", in: "Smith &amp; Jones, 2020;¦ Brown &#59; Green &#x3B; Black, 2021"},
	{desc: "semicolon without space", in: "first work;¦second work"},
	{desc: "stray semicolons", in: "first;; ¦second"},
	{desc: "leading semicolon", in: "; first;¦ second"},
	{desc: "trailing semicolon", in: "only one work; "},
	{desc: "only semicolons", in: ";;;"},
}

func TestItems(t *testing.T) {
	for _, tc := range itemTests {
		t.Run(tc.desc, func(t *testing.T) {
			text, want := unmark(tc.in)
			got := Items(text)
			checkTiling(t, text, got)
			if !slices.Equal(got, want) {
				t.Errorf("Items(%q)\n got %q\nwant %q", text, marked(text, got), tc.in)
			}
		})
	}
}

func TestItemsEmpty(t *testing.T) {
	if got := Items(""); got != nil {
		t.Errorf("Items(\"\") = %v, want nil", got)
	}
}
