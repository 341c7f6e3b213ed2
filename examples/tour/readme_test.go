package tour_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// snippet is an Example's code and output, as the README shows them.
type snippet struct{ code, output string }

// examples returns the Example functions of tour_test.go by name, their
// bodies unindented and split at "// Output:".
func examples(t *testing.T) map[string]snippet {
	src, err := os.ReadFile("tour_test.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "tour_test.go", src, parser.ParseComments)
	require.NoError(t, err)
	out := map[string]snippet{}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || !strings.HasPrefix(fn.Name.Name, "Example") {
			continue
		}
		body := string(src[fset.Position(fn.Body.Lbrace).Offset+1 : fset.Position(fn.Body.Rbrace).Offset])
		lines := strings.Split(strings.Trim(body, "\n"), "\n")
		var code, output []string
		inOutput := false
		for _, l := range lines {
			l = strings.TrimPrefix(l, "\t")
			switch {
			case l == "// Output:":
				inOutput = true
			case inOutput:
				output = append(output, strings.TrimPrefix(strings.TrimPrefix(l, "//"), " "))
			default:
				code = append(code, l)
			}
		}
		out[fn.Name.Name] = snippet{strings.Join(code, "\n"), strings.Join(output, "\n")}
	}
	return out
}

var tourBlock = regexp.MustCompile("(?s)<!-- tour: (\\w+) -->\n```go\n(.*?)\n```\n\n```text\n(.*?)\n```")

// The README's tour shows every Example of this package, exactly, with its
// output, and nothing else under a tour marker.
func TestReadme(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	want := examples(t)
	require.NotEmpty(t, want)
	found := tourBlock.FindAllStringSubmatch(string(readme), -1)
	assert.Equal(t, strings.Count(string(readme), "<!-- tour: "), len(found), "every tour marker is followed by a go block and its output")
	seen := map[string]bool{}
	for _, m := range found {
		name, code, output := m[1], m[2], m[3]
		ex, ok := want[name]
		if !assert.True(t, ok, "README shows %s, which tour_test.go does not have", name) {
			continue
		}
		seen[name] = true
		assert.Equal(t, ex.code, code, "README's %s differs from tour_test.go", name)
		assert.Equal(t, ex.output, output, "README's output of %s differs from tour_test.go", name)
	}
	for name := range want {
		assert.True(t, seen[name], "README does not show %s", name)
	}
}
