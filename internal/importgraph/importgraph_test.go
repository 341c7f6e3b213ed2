package importgraph

import (
	"bufio"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const module = "github.com/shegong/shegong"

// designPath is where CI lays the shared design document, beside the
// checkout.
const designPath = "../../../shared/design.md"

// external lists the modules a library package may import besides the
// standard library and our own packages; heavy ones only from subpackages.
var external = []string{"golang.org/x/text", "github.com/shopspring/decimal"}

// testOnly are modules only tests may link: a test file anywhere, or an
// internal package that no library code imports (a test-support package
// such as internal/codectest).
var testOnly = []string{"github.com/stretchr/testify"}

// subpackageOnly are modules only a subpackage (such as report/xlsx) may
// import, so that a program importing the core never links them.
var subpackageOnly = []string{"github.com/xuri/excelize/v2"}

// rules reads the package table: for each of our top-level packages, the
// set of our packages it may import, in table order.
func rules(t *testing.T, text string) (order []string, allowed map[string][]string) {
	t.Helper()
	allowed = map[string][]string{}
	row := regexp.MustCompile("^\\| `([a-z]+)` \\|.*\\| ([^|]+) \\|$")
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		m := row.FindStringSubmatch(strings.TrimSpace(sc.Text()))
		if m == nil {
			continue
		}
		pkg, spec := m[1], strings.TrimSpace(m[2])
		var may []string
		for part := range strings.SplitSeq(spec, ",") {
			part = strings.TrimSpace(part)
			switch {
			case part == "—" || part == "":
			case part == "all of the above":
				may = append(may, order...)
			case strings.HasSuffix(part, " and below"):
				base := strings.TrimSuffix(part, " and below")
				require.Contains(t, allowed, base, "%s: %q names a package not above it", pkg, part)
				may = append(may, base)
				may = append(may, allowed[base]...)
			default:
				require.Contains(t, allowed, part, "%s: %q names a package not above it", pkg, part)
				may = append(may, part)
			}
		}
		slices.Sort(may)
		allowed[pkg] = slices.Compact(may)
		order = append(order, pkg)
	}
	require.NoError(t, sc.Err())
	return order, allowed
}

func TestRulesParse(t *testing.T) {
	order, allowed := rules(t, "| package | holds | may import (of ours) |\n"+
		"| `policy` | x | — |\n| `metrics` | y | policy |\n| `hierarchy` | z | policy, metrics |\n"+
		"| `jurisdiction` | j | all of the above |\n| `report` | r | jurisdiction and below |\n")
	assert.Equal(t, []string{"policy", "metrics", "hierarchy", "jurisdiction", "report"}, order)
	assert.Empty(t, allowed["policy"])
	assert.Equal(t, []string{"metrics", "policy"}, allowed["hierarchy"])
	assert.Equal(t, []string{"hierarchy", "metrics", "policy"}, allowed["jurisdiction"])
	assert.Equal(t, []string{"hierarchy", "jurisdiction", "metrics", "policy"}, allowed["report"])
}

// imports returns, for every directory of the module holding Go files
// (relative, slash-separated), the non-test imports of its files.
func imports(t *testing.T, root string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, filepath.Dir(path))
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(rel)
		for _, imp := range f.Imports {
			out[dir] = append(out[dir], strings.Trim(imp.Path.Value, `"`))
		}
		return nil
	})
	require.NoError(t, err)
	for dir, imps := range out {
		slices.Sort(imps)
		out[dir] = slices.Compact(imps)
	}
	return out
}

func hasPrefix(path string, prefixes []string) bool {
	for _, p := range prefixes {
		if path == p || strings.HasPrefix(path, p+"/") {
			return true
		}
	}
	return false
}

// TestImportGraph checks the module's non-test imports against the
// design's table.
func TestImportGraph(t *testing.T) {
	text, err := os.ReadFile(designPath)
	if os.IsNotExist(err) && os.Getenv("CI") == "" {
		t.Skipf("%s is absent here; CI has it", designPath)
	}
	require.NoError(t, err, "CI lays shared/design.md beside the checkout")
	order, allowed := rules(t, string(text))
	require.Contains(t, order, "policy", "the package table was not found in design.md")
	for _, p := range check(allowed, imports(t, "../..")) {
		t.Error(p)
	}
}

// TestCheck shows that each kind of wrong arrow is caught.
func TestCheck(t *testing.T) {
	allowed := map[string][]string{"policy": nil, "metrics": {"policy"}, "report": {"metrics", "policy"}}
	graph := map[string][]string{
		"policy":           {"fmt", module + "/internal/enum"},
		"metrics":          {module + "/policy", module + "/internal/enum", "github.com/shopspring/decimal"},
		"report":           {module + "/metrics", module + "/examples/internal/cli"},
		"report/xlsx":      {module + "/report", "github.com/xuri/excelize/v2"},
		"internal/enum":    {module + "/metrics", "golang.org/x/text/language"},
		"policy/extra":     {"github.com/xuri/excelize/v2", "example.com/other"},
		"newpkg":           {module + "/policy"},
		"internal/testkit": {"github.com/stretchr/testify/assert"},
		"policy/kit":       {"github.com/stretchr/testify/require"},
		"examples/report":  {module + "/report", "os"},
	}
	assert.Equal(t, []string{
		"internal/enum imports " + module + "/metrics, which not every package importing it may",
		"newpkg is not in design.md's package table",
		"policy/extra imports example.com/other, a module the design does not allow there",
		"policy/kit imports github.com/stretchr/testify/require, a module the design does not allow there",
		"report imports " + module + "/examples/internal/cli: nothing outside examples/ may",
	}, check(allowed, graph))
	graph["internal/enum"] = append(graph["internal/enum"], "github.com/stretchr/testify/assert")
	assert.Contains(t, check(allowed, graph), "internal/enum imports github.com/stretchr/testify/assert, a module the design does not allow there",
		"an internal package that library code links may not import a test module")
	graph["policy"] = append(graph["policy"], module+"/metrics")
	graph["metrics"] = append(graph["metrics"], "github.com/xuri/excelize/v2")
	assert.Contains(t, check(allowed, graph), "policy imports "+module+"/metrics; design.md allows []")
	assert.Contains(t, check(allowed, graph), "metrics imports github.com/xuri/excelize/v2, a module the design does not allow there")
}

// check returns every import of graph (directory → imports) that the
// table forbids. A top-level package (and its subpackages) may import the
// packages its row names; an internal package what all of the library
// packages importing it may; examples anything.
func check(allowed map[string][]string, graph map[string][]string) []string {
	ours := func(path string) (string, bool) {
		rest, ok := strings.CutPrefix(path, module+"/")
		return rest, ok
	}
	top := func(dir string) string { return strings.SplitN(dir, "/", 2)[0] }

	internalMay := map[string][]string{}
	internalUsed := map[string]bool{}
	for dir, imps := range graph {
		if top(dir) == "examples" || top(dir) == "internal" {
			continue
		}
		for _, imp := range imps {
			rel, ok := ours(imp)
			if !ok || top(rel) != "internal" {
				continue
			}
			may := append([]string{top(dir)}, allowed[top(dir)]...)
			if !internalUsed[rel] {
				internalUsed[rel], internalMay[rel] = true, may
				continue
			}
			internalMay[rel] = slices.DeleteFunc(internalMay[rel], func(p string) bool { return !slices.Contains(may, p) })
		}
	}

	var problems []string
	for dir, imps := range graph {
		if dir == "." || top(dir) == "examples" {
			continue
		}
		pkg := top(dir)
		if _, known := allowed[pkg]; !known && pkg != "internal" {
			problems = append(problems, pkg+" is not in design.md's package table")
			continue
		}
		for _, imp := range imps {
			rel, isOurs := ours(imp)
			switch {
			case isOurs && top(rel) == "examples":
				problems = append(problems, dir+" imports "+imp+": nothing outside examples/ may")
			case isOurs && top(rel) == "internal":
				// Checked from the internal package's side.
			case isOurs && pkg == "internal":
				if internalUsed[dir] && !slices.Contains(internalMay[dir], top(rel)) {
					problems = append(problems, dir+" imports "+imp+", which not every package importing it may")
				}
			case isOurs:
				if top(rel) != pkg && !slices.Contains(allowed[pkg], top(rel)) {
					problems = append(problems, fmt.Sprintf("%s imports %s; design.md allows %v", dir, imp, allowed[pkg]))
				}
			case !strings.Contains(strings.SplitN(imp, "/", 2)[0], "."):
				// The standard library.
			case hasPrefix(imp, external):
			case hasPrefix(imp, testOnly) && pkg == "internal" && !internalUsed[dir]:
			case hasPrefix(imp, subpackageOnly) && dir != pkg:
			default:
				problems = append(problems, dir+" imports "+imp+", a module the design does not allow there")
			}
		}
	}
	slices.Sort(problems)
	return slices.Compact(problems)
}
