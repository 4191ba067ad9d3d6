package feature

// EditDistance is the Levenshtein distance of a and b, counted in bytes:
// for short strings such as names transliterated to Latin, rule ids and
// option names. It takes time in the product of their lengths.
func EditDistance(a, b string) int {
	// Two rows of the table; on the stack for the short strings it is
	// meant for.
	var rows [2][40]int
	prev, cur := rows[0][:], rows[1][:]
	if len(b)+1 > len(prev) {
		prev, cur = make([]int, len(b)+1), make([]int, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
