package langid_test

import (
	"fmt"

	"github.com/tralign/tralign/align/langid"
)

func ExampleIdentify() {
	blocks := []string{
		"Los niños jugaban en el jardín mientras su madre preparaba la cena.",
		"Діти гралися в саду, поки їхня мати готувала вечерю.",
		"Дети играли в саду, пока их мать готовила ужин.",
		"設定ファイルの場所を変更してください。",
		"请在开始之前阅读这份说明。",
		"## Artículo 1",
		"31 July 2023,",
		"RCIT",
	}
	for _, b := range blocks {
		r := langid.Identify(b, nil)
		if r.Lang == "" {
			fmt.Println("no evidence")
			continue
		}
		fmt.Println(r.Lang, langid.Name(r.Lang))
	}

	// Restricting the candidates to the languages of the document.
	r := langid.Identify("Ella no quiere ir al cine con nosotros esta noche.", []string{"en", "es", "ru"})
	fmt.Println(r.Lang, r.Confidence > 0.5, r.Scores[0].Lang)
	// Output:
	// es Spanish
	// uk Ukrainian
	// ru Russian
	// ja Japanese
	// zh Chinese
	// es Spanish
	// no evidence
	// no evidence
	// es true es
}
