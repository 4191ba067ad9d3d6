package segment_test

import (
	"fmt"

	"github.com/tralign/tralign/align/segment"
)

func ExampleSentences() {
	text := "Dr. Smith met M. Pröbsting in the U.S. on 31.07.2023. " +
		"They talked about imperialism. [7] He said “Stop. Now” and left. Then it rained."
	for _, s := range segment.Sentences(text, "en") {
		fmt.Printf("%q\n", text[s.Start:s.End])
	}
	// Output:
	// "Dr. Smith met M. Pröbsting in the U.S. on 31.07.2023. "
	// "They talked about imperialism. [7] "
	// "He said “Stop. Now” and left. "
	// "Then it rained."
}

func ExampleSentences_spanish() {
	text := "Hablaron sobre EE. UU. y Rusia, p. ej. Ucrania. ¡Por una Guerra Popular!"
	for _, s := range segment.Sentences(text, "es") {
		fmt.Printf("%q\n", text[s.Start:s.End])
	}
	// Output:
	// "Hablaron sobre EE. UU. y Rusia, p. ej. Ucrania. "
	// "¡Por una Guerra Popular!"
}

func ExampleItems() {
	text := "RCIT: Ukraine War: The Liberation of Western Kherson Oblast, 15 November 2022, https://x.net/a.html; " +
		"Towards a Turning Point in the Ukraine War? (The tasks; the lines), 11 March 2023, https://x.net/b?p=1;q=2"
	for _, s := range segment.Items(text) {
		fmt.Printf("%q\n", text[s.Start:s.End])
	}
	// Output:
	// "RCIT: Ukraine War: The Liberation of Western Kherson Oblast, 15 November 2022, https://x.net/a.html; "
	// "Towards a Turning Point in the Ukraine War? (The tasks; the lines), 11 March 2023, https://x.net/b?p=1;q=2"
}
