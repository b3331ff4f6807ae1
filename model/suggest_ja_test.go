package model_test

import "testing"

// In the Japanese story, the Latin words inside its Japanese text are
// words of the vocabulary (MicrosoftとOpenAI gives microsoft and openai);
// a Japanese word itself gets no suggestion yet.
func TestSuggestOnTheJapaneseStory(t *testing.T) {
	s := japanesePack(t)
	for q, want := range map[string]string{"microsfot": "microsoft", "Azuer": "azure", "独占的ナ": "", "きょうそう": ""} {
		got, ok := s.Suggest(s.ParseQuery(q))
		if got != want || ok != (want != "") {
			t.Errorf("Suggest(%q) = %q, %v; want %q", q, got, ok, want)
		}
	}
}
